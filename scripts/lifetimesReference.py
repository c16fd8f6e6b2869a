#!/usr/bin/env python3
"""Writes the reference outputs of the Python package lifetimes 0.11.3 to test/fixtures/lifetimes/.

Run by hand, never by the tests; the tests read only the files it writes. test/fixtures/lifetimes/README.md
describes every output and its layout.

Versions used for the committed files:
    lifetimes 0.11.3  - tag v0.11.3 (commit bd3ae6e13bc82b46fca7ce93130b2cfce4e8d7cf) of CamDavidsonPilon/lifetimes
    autograd          - commit bff107b8d71a444a1160deade3e1cbd0b92f4fa6 of HIPS/autograd
    Python 3.11.2, numpy 1.24.2, scipy 1.10.1, pandas 1.5.3, dill 0.3.6 (Debian 12 packages)

How to run it (from the repository root; neither package is pip-installed, both come from git). It takes about two
minutes and writes the same bytes every time (all random draws are seeded):
    mkdir -p /tmp/pyref/lifetimes /tmp/pyref/autograd
    git -C <lifetimes mirror> archive refs/tags/v0.11.3 | tar -x -C /tmp/pyref/lifetimes
    git -C <autograd mirror> archive bff107b8d71a444a1160deade3e1cbd0b92f4fa6 | tar -x -C /tmp/pyref/autograd
    PYTHONPATH=/tmp/pyref/lifetimes:/tmp/pyref/autograd /usr/bin/python3 scripts/lifetimesReference.py

No compatibility shim is needed with these versions. What the script adds around lifetimes' own code:
  - log-likelihoods are re-evaluated in the data's own time unit with lifetimes' likelihood functions (the fitters
    optimise on time rescaled so that max(T) = 1, which shifts the log-likelihood by a constant, not the optimum);
  - the "tight" optimum: lifetimes' fit from several starts, then Newton steps on lifetimes' own likelihood
    (autograd derivatives; for the Pareto/NBD, whose likelihood calls scipy's hyp2f1, Nelder-Mead restarts and
    central-difference derivatives);
  - while simulating, numpy.unique inside lifetimes.generate_data is wrapped to count the repeat purchases the
    generators merge (they count distinct whole time units); it returns numpy's own result, so the data are unchanged.
"""

import contextlib
import io
import json
import os
import sys

import autograd
import numpy as np
import pandas as pd

import lifetimes
from lifetimes import BetaGeoFitter, GammaGammaFitter, ModifiedBetaGeoFitter, ParetoNBDFitter
from lifetimes.generate_data import beta_geometric_nbd_model, modified_beta_geometric_nbd_model, pareto_nbd_model
from lifetimes.utils import ConvergenceError

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CDNOW = os.path.join(REPO, "test", "fixtures", "cdnow_customers_summary_with_transactions.csv")
OUT = os.path.join(REPO, "test", "fixtures", "lifetimes")

PARETO_DEFAULT_SEED = 20240501
START_SEED = 7
TIGHT_TOL = 1e-10

PURCHASE_MODELS = {
    "bgnbd": (BetaGeoFitter, ["r", "alpha", "a", "b"]),
    "mbgnbd": (ModifiedBetaGeoFitter, ["r", "alpha", "a", "b"]),
    "paretonbd": (ParetoNBDFitter, ["r", "alpha", "s", "beta"]),
}

SIMULATIONS = [
    {
        "name": "bgnbdHighDropout",
        "generator": "beta_geometric_nbd_model",
        "seed": 101,
        "customers": 2500,
        "params": {"r": 0.6, "alpha": 5.0, "a": 0.6, "b": 0.8},
    },
    {
        "name": "mbgnbdLowDropout",
        "generator": "modified_beta_geometric_nbd_model",
        "seed": 202,
        "customers": 2500,
        "params": {"r": 1.5, "alpha": 12.0, "a": 0.4, "b": 6.0},
    },
    {
        "name": "paretonbdModerateDropout",
        "generator": "pareto_nbd_model",
        "seed": 303,
        "customers": 2500,
        "params": {"r": 0.9, "alpha": 8.0, "s": 0.5, "beta": 20.0},
    },
]
GENERATORS = {
    "beta_geometric_nbd_model": beta_geometric_nbd_model,
    "modified_beta_geometric_nbd_model": modified_beta_geometric_nbd_model,
    "pareto_nbd_model": pareto_nbd_model,
}


def floats(values):
    return [float(v) for v in np.asarray(values, dtype=float)]


def as_arrays(x, tx, T):
    """The arrays lifetimes' fit passes to its likelihood: integer frequency, float recency and T."""
    return np.asarray(x).astype(int), np.asarray(tx, dtype=float), np.asarray(T, dtype=float)


def log_likelihood(model, params, x, tx, T):
    """Total log-likelihood of lifetimes' model at params (original time unit) for the data."""
    fitter_class, _ = PURCHASE_MODELS[model]
    x, tx, T = as_arrays(x, tx, T)
    weights = np.ones(len(x))
    if model == "paretonbd":
        return -float(fitter_class._negative_log_likelihood(np.asarray(params), x, tx, T, weights, 0.0))
    return -float(fitter_class._negative_log_likelihood(np.log(params), x, tx, T, weights, 0.0)) * len(x)


def log_gradient(model, params, x, tx, T, step=1e-4):
    """Central-difference gradient of the total log-likelihood with respect to log(params)."""
    logs = np.log(params)
    gradient = []
    for i in range(len(logs)):
        up, down = logs.copy(), logs.copy()
        up[i] += step
        down[i] -= step
        gradient.append(
            (log_likelihood(model, np.exp(up), x, tx, T) - log_likelihood(model, np.exp(down), x, tx, T)) / (2 * step)
        )
    return np.array(gradient)


def quiet(call):
    """Runs call with lifetimes' prints (a failed fit prints scipy's result) silenced."""
    with contextlib.redirect_stdout(io.StringIO()):
        return call()


def start_points(model, count):
    """Initial values for the optimiser, in the parameterisation each fitter expects (rescaled time)."""
    rng = np.random.RandomState(START_SEED)
    if model == "paretonbd":
        return [np.exp(rng.normal(0.0, 1.0, size=4)) for _ in range(count)]
    return [None] + [rng.normal(0.0, 1.0, size=4) for _ in range(count - 1)]


def newton_polish(model, params, x, tx, T):
    """Newton steps on the total negative log-likelihood in log(params), original time unit, with autograd."""
    fitter_class, _ = PURCHASE_MODELS[model]
    x, tx, T = as_arrays(x, tx, T)
    weights = np.ones(len(x))

    def objective(log_params):
        return fitter_class._negative_log_likelihood(log_params, x, tx, T, weights, 0.0) * len(x)

    gradient, hessian = autograd.grad(objective), autograd.hessian(objective)
    logs = np.log(np.asarray(params, dtype=float))
    for _ in range(50):
        g = gradient(logs)
        if np.max(np.abs(g)) < 1e-11:
            break
        step = np.linalg.solve(hessian(logs), g)
        candidate = logs - step
        if objective(candidate) > objective(logs) + 1e-9:
            break
        logs = candidate
    return np.exp(logs), float(np.max(np.abs(gradient(logs))))


def log_hessian(model, params, x, tx, T, step=1e-3):
    """Central-difference Hessian of the total log-likelihood with respect to log(params)."""
    logs = np.log(params)
    size = len(logs)
    hessian = np.zeros((size, size))
    for i in range(size):
        for j in range(size):
            corners = []
            for si, sj in ((1, 1), (1, -1), (-1, 1), (-1, -1)):
                shifted = logs.copy()
                shifted[i] += si * step
                shifted[j] += sj * step
                corners.append(log_likelihood(model, np.exp(shifted), x, tx, T))
            hessian[i, j] = (corners[0] - corners[1] - corners[2] + corners[3]) / (4 * step * step)
    return hessian


def finite_difference_newton(model, params, x, tx, T):
    """Newton steps with central-difference derivatives, kept while they shrink the gradient."""
    best = np.asarray(params, dtype=float)
    best_gradient = np.max(np.abs(log_gradient(model, best, x, tx, T)))
    for _ in range(5):
        if best_gradient < 1e-7:
            break
        step = np.linalg.solve(log_hessian(model, best, x, tx, T), log_gradient(model, best, x, tx, T))
        candidate = best * np.exp(-step)
        candidate_gradient = np.max(np.abs(log_gradient(model, candidate, x, tx, T)))
        if candidate_gradient >= best_gradient:
            break
        best, best_gradient = candidate, candidate_gradient
    return best, float(best_gradient)


def nelder_mead_polish(params, x, tx, T, rounds=20):
    """Restarts lifetimes' Pareto/NBD Nelder-Mead from the best point until the log-likelihood stops improving."""
    best = np.asarray(params, dtype=float)
    best_ll = log_likelihood("paretonbd", best, x, tx, T)
    scale = 1.0 / np.max(T)
    for _ in range(rounds):
        start = best * np.array([1.0, scale, 1.0, scale])
        fitter = ParetoNBDFitter().fit(x, tx, T, initial_params=start, tol=1e-12, maxiter=20000)
        candidate = fitter.params_.values.astype(float)
        candidate_ll = log_likelihood("paretonbd", candidate, x, tx, T)
        if candidate_ll <= best_ll + 1e-12:
            break
        best, best_ll = candidate, candidate_ll
    return best


def lifetimes_fit(model, x, tx, T, start):
    """Lifetimes' own fit from start with the tightest tolerance at which its optimiser reports success."""
    fitter_class, _ = PURCHASE_MODELS[model]
    if model == "paretonbd":
        return fitter_class().fit(x, tx, T, initial_params=start, tol=TIGHT_TOL, maxiter=100000), TIGHT_TOL
    for tolerance in (TIGHT_TOL, 1e-8, 1e-7):
        try:
            return quiet(lambda: fitter_class().fit(x, tx, T, initial_params=start, tol=tolerance, maxiter=10000)), tolerance
        except (ConvergenceError, np.linalg.LinAlgError):
            continue
    return None


def fit_tight(model, x, tx, T, starts=8):
    """Best of several lifetimes fits with tight tolerances, polished to the exact optimum of lifetimes' likelihood."""
    fitter_class, names = PURCHASE_MODELS[model]
    print(f"fitting {model} on {len(x)} customers", file=sys.stderr, flush=True)
    results = []
    tolerances_used = []
    for start in start_points(model, starts):
        fitted = lifetimes_fit(model, x, tx, T, start)
        if fitted is None:
            continue
        fitter, tolerance = fitted
        tolerances_used.append(tolerance)
        params = fitter.params_[names].values.astype(float)
        ll = log_likelihood(model, params, x, tx, T)
        if np.isfinite(ll):
            results.append((ll, params, fitter))
    if not results:
        raise RuntimeError(f"no start converged for {model}")
    best_ll, best_params, fitter = max(results, key=lambda item: item[0])
    spread = max(item[0] for item in results) - min(item[0] for item in results)
    if model == "paretonbd":
        restarted = quiet(lambda: nelder_mead_polish(best_params, x, tx, T))
        polished, gradient_norm = finite_difference_newton(model, restarted, x, tx, T)
        method = (
            "Nelder-Mead (lifetimes' ParetoNBDFitter, tol 1e-10) from each start, restarted from the best with"
            " tol 1e-12, then Newton steps with central-difference derivatives in log(params)"
        )
    else:
        polished, gradient_norm = newton_polish(model, best_params, x, tx, T)
        method = (
            "BFGS (lifetimes' default) from each start with tol 1e-10, else 1e-8, else 1e-7 where scipy stops on"
            " precision loss, then Newton steps with autograd derivatives from the best"
        )
    fitter.params_ = pd.Series(polished, index=names)
    return fitter, {
        "params": dict(zip(names, floats(polished))),
        "logLikelihood": log_likelihood(model, polished, x, tx, T),
        "maxAbsGradientLogParams": gradient_norm,
        "startsConverged": len(results),
        "tolerancePerConvergedStart": tolerances_used,
        "startsTried": starts,
        "logLikelihoodSpreadAcrossStarts": float(spread),
        "method": method,
    }


def fit_default(model, x, tx, T):
    fitter_class, names = PURCHASE_MODELS[model]
    if model == "paretonbd":
        np.random.seed(PARETO_DEFAULT_SEED)
    fitter = fitter_class().fit(x, tx, T)
    params = fitter.params_[names].values.astype(float)
    call = f"{fitter_class.__name__}().fit(x, t_x, T)"
    if model == "paretonbd":
        call = f"numpy.random.seed({PARETO_DEFAULT_SEED}); " + call
    return {"params": dict(zip(names, floats(params))), "logLikelihood": log_likelihood(model, params, x, tx, T), "call": call}


def gamma_gamma_log_likelihood(params, x, m):
    weights = np.ones(len(x))
    return -float(GammaGammaFitter._negative_log_likelihood(np.log(params), x, m, weights, 0.0)) * len(x)


def fit_gamma_gamma(x, m):
    names = ["p", "q", "v"]
    default = GammaGammaFitter().fit(x, m)
    default_params = default.params_[names].values.astype(float)
    tight = GammaGammaFitter()
    weights = np.ones(len(x))

    def objective(log_params):
        return GammaGammaFitter._negative_log_likelihood(log_params, x, m, weights, 0.0) * len(x)

    logs = np.log(default_params)
    for _ in range(50):
        g = autograd.grad(objective)(logs)
        if np.max(np.abs(g)) < 1e-11:
            break
        logs = logs - np.linalg.solve(autograd.hessian(objective)(logs), g)
    tight.params_ = pd.Series(np.exp(logs), index=names)
    return tight, {
        "default": {
            "params": dict(zip(names, floats(default_params))),
            "logLikelihood": gamma_gamma_log_likelihood(default_params, x, m),
            "call": "GammaGammaFitter().fit(x, zbar) on the rows with x > 0",
        },
        "tight": {
            "params": dict(zip(names, floats(np.exp(logs)))),
            "logLikelihood": gamma_gamma_log_likelihood(np.exp(logs), x, m),
            "maxAbsGradientLogParams": float(np.max(np.abs(autograd.grad(objective)(logs)))),
            "method": "Newton steps with autograd derivatives from the default fit (BFGS with tol 1e-10 stops on precision loss)",
        },
    }


def cdnow_reference():
    data = pd.read_csv(CDNOW)
    x, tx, T, zbar = data["x"], data["t_x"], data["T"], data["zbar"]
    models = {}
    tight_fitters = {}
    for model, (fitter_class, names) in PURCHASE_MODELS.items():
        default = fit_default(model, x, tx, T)
        fitter, tight = fit_tight(model, x, tx, T)
        tight_fitters[model] = fitter
        alive = np.asarray(fitter.conditional_probability_alive(x, tx, T), dtype=float)
        models[model] = {
            "lifetimesClass": fitter_class.__name__,
            "parameterNames": names,
            "default": default,
            "tight": tight,
            "atTightParams": {
                "expectedPurchasesUpToTime": {
                    str(t): float(np.asarray(fitter.expected_number_of_purchases_up_to_time(t))) for t in (13, 39, 78)
                },
                "meanProbabilityAliveOfZeroRepeatCustomers": float(alive[x.values == 0].mean()),
                "zeroRepeatCustomers": int((x.values == 0).sum()),
                "probabilityAlive": floats(alive),
                "conditionalExpectedPurchases39": floats(fitter.conditional_expected_number_of_purchases_up_to_time(39, x, tx, T)),
                "conditionalExpectedPurchases13": floats(fitter.conditional_expected_number_of_purchases_up_to_time(13, x, tx, T)),
            },
        }
    repeat = x.values > 0
    gamma_gamma, gamma_gamma_fits = fit_gamma_gamma(x[repeat].values, zbar[repeat].values)
    first = data.iloc[:50]
    clv = {}
    for model, fitter in tight_fitters.items():
        values = gamma_gamma.customer_lifetime_value(
            fitter, first["x"], first["t_x"], first["T"], first["zbar"], time=12, discount_rate=0.01, freq="W"
        )
        clv[model] = floats(values)
    return {
        "input": {
            "file": "test/fixtures/cdnow_customers_summary_with_transactions.csv",
            "customers": int(len(data)),
            "timeUnit": "week",
            "columns": {"frequency": "x", "recency": "t_x", "T": "T", "monetaryValue": "zbar"},
        },
        "purchaseModels": models,
        "gammaGamma": {
            "customers": int(repeat.sum()),
            "rows": "the rows with x > 0, in file order; frequency x, monetary value zbar",
            **gamma_gamma_fits,
            "customerLifetimeValue": {
                "customers": "the first 50 rows of the file (IDs 1-50), zero-repeat customers included",
                "call": "GammaGammaFitter.customer_lifetime_value(model, x, t_x, T, zbar, time=12, discount_rate=0.01, freq='W')",
                "gammaGammaParams": "tight",
                "purchaseModelParams": "tight",
                **clv,
            },
        },
    }


@contextlib.contextmanager
def counting_merged_purchases(counts):
    """Counts the repeat purchases lifetimes' generators merge (frequency = distinct whole time units); same output."""
    unique = np.unique

    def counting_unique(values, *args, **kwargs):
        result = unique(values, *args, **kwargs)
        if len(values) > len(result):
            counts["customers"] += 1
            counts["purchases"] += len(values) - len(result)
        return result

    lifetimes.generate_data.np.unique = counting_unique
    try:
        yield counts
    finally:
        lifetimes.generate_data.np.unique = unique


def simulate(spec):
    np.random.seed(spec["seed"])
    T = np.random.uniform(30.0, 60.0, size=spec["customers"])
    with counting_merged_purchases({"customers": 0, "purchases": 0}) as merged:
        generated = GENERATORS[spec["generator"]](T, *spec["params"].values(), size=spec["customers"])
    summary = pd.DataFrame(
        {
            "frequency": generated["frequency"].astype(int),
            "recency": generated["recency"].round(4),
            "T": generated["T"].round(4),
        }
    )
    path = os.path.join(OUT, f"simulated_{spec['name']}.csv")
    summary.to_csv(path, index=False, float_format="%.4f", lineterminator="\n")
    return pd.read_csv(path), int(generated["alive"].sum()), merged


def simulated_reference():
    datasets = {}
    for spec in SIMULATIONS:
        summary, alive_at_T, merged = simulate(spec)
        x, tx, T = summary["frequency"], summary["recency"], summary["T"]
        fits = {}
        for model in PURCHASE_MODELS:
            fitter, tight = fit_tight(model, x, tx, T)
            head_x, head_tx, head_T = as_arrays(x[:200], tx[:200], T[:200])
            fits[model] = {
                **tight,
                "first200": {
                    "probabilityAlive": floats(fitter.conditional_probability_alive(head_x, head_tx, head_T)),
                    "conditionalExpectedPurchases20": floats(
                        fitter.conditional_expected_number_of_purchases_up_to_time(20, head_x, head_tx, head_T)
                    ),
                },
            }
        datasets[spec["name"]] = {
            "file": f"test/fixtures/lifetimes/simulated_{spec['name']}.csv",
            "generator": f"lifetimes.generate_data.{spec['generator']}",
            "call": (
                f"numpy.random.seed({spec['seed']}); T = numpy.random.uniform(30, 60, size={spec['customers']}); "
                f"{spec['generator']}(T, {', '.join(f'{k}={v}' for k, v in spec['params'].items())}, size={spec['customers']})"
            ),
            "trueParams": spec["params"],
            "customers": spec["customers"],
            "aliveAtTInSimulation": alive_at_T,
            "repeatPurchasesMergedByGenerator": merged,
            "zeroRepeatCustomers": int((x == 0).sum()),
            "meanFrequency": float(x.mean()),
            "fits": fits,
        }
    return datasets


def versions():
    import scipy

    return {
        "lifetimes": lifetimes.__version__ + " (git tag v0.11.3, commit bd3ae6e13bc82b46fca7ce93130b2cfce4e8d7cf)",
        "autograd": "git commit bff107b8d71a444a1160deade3e1cbd0b92f4fa6",
        "python": sys.version.split()[0],
        "numpy": np.__version__,
        "scipy": scipy.__version__,
        "pandas": pd.__version__,
    }


def to_json(value, depth=0):
    """JSON with one key per line and every list on a single line."""
    if isinstance(value, dict):
        inner = "  " * (depth + 1)
        items = [f"{inner}{json.dumps(key)}: {to_json(item, depth + 1)}" for key, item in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + "  " * depth + "}"
    return json.dumps(value, allow_nan=False, separators=(",", ":") if isinstance(value, list) else None)


def write_json(name, content):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as handle:
        handle.write(to_json(content) + "\n")


def main():
    if lifetimes.__version__ != "0.11.3":
        sys.exit(f"expected lifetimes 0.11.3, found {lifetimes.__version__}")
    np.seterr(all="ignore")
    os.makedirs(OUT, exist_ok=True)
    source = {"script": "scripts/lifetimesReference.py", "versions": versions()}
    write_json("reference.json", {"source": source, **cdnow_reference()})
    write_json("simulated.json", {"source": source, "datasets": simulated_reference()})


if __name__ == "__main__":
    main()
