import type { StopReason } from "./minimizeBfgs";

/** The purchase models this engine fits: BG/NBD, MBG/NBD and Pareto/NBD. */
export type PurchaseModelName = "bgnbd" | "mbgnbd" | "paretonbd";

/** The models this engine fits: a purchase model or the Gamma-Gamma spend model. */
export type ModelName = PurchaseModelName | "gammaGamma";

/** A parameter of one of the models: r, α, a, b (BG/NBD, MBG/NBD), r, α, s, β (Pareto/NBD), p, q, v (Gamma-Gamma). */
export type ModelParameterName = "r" | "alpha" | "a" | "b" | "s" | "beta" | "p" | "q" | "v";

/**
 * Why a model could not be fitted, as a code with its numbers (no English text), so that each user interface can
 * say it in the user's language (en/da/sv) — e.g. `tooFewRepeatBuyers` with `{ repeatBuyers: 4, minimum: 10 }`
 * reads "Only 4 customers bought more than once; at least 10 are needed to estimate how often customers return."
 * - `noCustomers`: the history is empty.
 * - `withoutPurchaseModel`: the spend model is not fitted because the simple formula values the customers (the
 *   purchase model could not be used), with each customer's own amounts.
 * - `noFirstPurchaseDates`: the data is a per-customer table without first purchase dates, so there is no history
 *   to fit (recency and T are unknown); the simple CLV is used.
 * - `tooFewCustomers`: fewer customers than `minimum` (a single customer, a handful).
 * - `allOneTimeBuyers`: nobody bought twice, so return rates and dropout cannot be estimated.
 * - `tooFewRepeatBuyers`: some repeat buyers, but fewer than `minimum`.
 * - `tooFewRepeatBuyersWithSpend`: fewer than `minimum` repeat buyers with a spend above 0 (spend model only).
 * - `notConverged`: the likelihood maximization stopped without converging (`stopReason` says why).
 * - `spendMeanUnbounded`: the spend model's q went to 1 or below, where the average spend is infinite (very
 *   heavy-tailed spend); `q` is the value reached.
 * - `smallBase`: the purchase model converged, but on fewer repeat buyers than `minimum` (purchaseModelTrust: below
 *   20 most fits are degenerate, docs/smallBaseStudy.md); the simple method is used instead.
 * - `degenerateFit`: the purchase model converged, but the data do not determine `parameter`, whose estimate
 *   estimate ran to an `extreme` (e.g. a → 0: nobody ever leaves); the simple method is used instead.
 */
export type ModelUnavailableReason =
  | { code: "noCustomers"; model: ModelName }
  | { code: "noFirstPurchaseDates"; model: ModelName }
  | { code: "withoutPurchaseModel"; model: ModelName }
  | { code: "tooFewCustomers"; model: ModelName; customers: number; minimum: number }
  | { code: "allOneTimeBuyers"; model: ModelName; customers: number }
  | { code: "tooFewRepeatBuyers"; model: ModelName; repeatBuyers: number; minimum: number }
  | { code: "tooFewRepeatBuyersWithSpend"; model: ModelName; repeatBuyersWithSpend: number; minimum: number }
  | { code: "notConverged"; model: ModelName; stopReason: StopReason; iterations: number; gradientNorm: number }
  | { code: "spendMeanUnbounded"; model: ModelName; q: number }
  | { code: "smallBase"; model: ModelName; customers: number; repeatBuyers: number; minimum: number }
  | { code: "degenerateFit"; model: ModelName; customers: number; parameter: ModelParameterName; extreme: DegenerateExtreme };

/** Where an estimate the data do not determine ended: near 0, very large, or anywhere between. */
export type DegenerateExtreme = "nearZero" | "veryLarge" | "undetermined";

/** How a maximum-likelihood fit ended: the numbers to show beside the parameters. */
export interface FitConvergence {
  converged: boolean;
  /** BFGS iterations (over all stages, when a subsample warm start was used). */
  iterations: number;
  /** Log-likelihood evaluations (each with its gradient). */
  evaluations: number;
  /** max |∂(−LL/N)/∂θ_i| over the log-parameters θ at the end: the mean log-likelihood's gradient. */
  gradientNorm: number;
  logLikelihood: number;
  stopReason: StopReason;
}

/**
 * A fit or the reason there is none.
 */
export type FitOutcome<Fit> = { ok: true; fit: Fit } | { ok: false; reason: ModelUnavailableReason };

/**
 * The reason a fit is unavailable when its likelihood maximization did not converge.
 * @example notConvergedReason("bgnbd", fit.convergence) // { code: "notConverged", model: "bgnbd", stopReason: "maxIterations", … }
 */
export function notConvergedReason(model: ModelName, convergence: FitConvergence): ModelUnavailableReason {
  const { stopReason, iterations, gradientNorm } = convergence;
  return { code: "notConverged", model, stopReason, iterations, gradientNorm };
}
