import { InputError } from "../inputError";
import { prepareGammaGammaData } from "./gammaGammaData";
import { gammaGammaLogLikelihoodWithGradient } from "./gammaGammaLikelihood";
import { gammaGammaLogParameters, gammaGammaParametersFromLog, type GammaGammaParameters } from "./gammaGammaParameters";
import { maximizeLikelihood } from "./maximumLikelihood";
import { notConvergedReason, type FitConvergence, type FitOutcome } from "./modelUnavailable";
import { isFiniteNumber } from "../hotGlobals";

/** Fewest repeat buyers with spend (x > 0, m̄ > 0) for a Gamma-Gamma fit. */
export const GAMMA_GAMMA_MINIMUM_REPEAT_BUYERS = 10;
/** A fitted q − 1 below this is treated as q ≤ 1: the average spend is unbounded and the model unusable. */
const Q_BOUNDARY = 1e-4;
const WARM_START_CUSTOMERS = 25_000;

/** A fitted Gamma-Gamma spend model (v in the data's currency). */
export interface GammaGammaFit {
  parameters: GammaGammaParameters;
  logLikelihood: number;
  /** Customers the model was fitted on (x > 0 and m̄ > 0). */
  customers: number;
  /** Asymptotic covariance of θ̂ = (ln p, ln(q−1), ln v), 3 × 3 row-major; null if not positive definite. */
  logCovariance: Float64Array | null;
  /** Standard errors of p, q, v by the delta method; null with logCovariance. */
  standardErrors: GammaGammaParameters | null;
  convergence: FitConvergence;
}

/** Options of fitGammaGamma. */
export interface GammaGammaFitOptions {
  minimumRepeatBuyers?: number;
  /** Starting values; default p = 1, q = 2, v = mean m̄ (so the model's mean spend starts at the observed mean). */
  start?: GammaGammaParameters;
  gradientTolerance?: number;
  /** How many customers each row stands for (a grouped summary); absent = one each. */
  customersInRow?: Float64Array;
}

/**
 * Fits the Gamma-Gamma spend model by maximum likelihood on the customers with x > 0 and m̄ > 0 (Fader & Hardie
 * 2013; Fader, Hardie & Lee 2005, JMR 42(4)), with q = 1 + e^θ so that q > 1 always holds, BFGS with analytic
 * gradients, and the same subsample warm start as the BG/NBD above 25 000 repeat buyers.
 * Returns a reason instead of a fit with fewer than 10 such customers, without convergence, or when q
 * ends at its boundary 1 (average spend unbounded).
 * @example fitGammaGamma(cdnowFrequency, cdnowMonetary) // { ok: true, fit: { parameters: { p: 6.2488, q: 3.7446, v: 15.4477 }, logLikelihood: −4055.92, … } }
 */
export function fitGammaGamma(frequency: Float64Array, monetary: Float64Array, options: GammaGammaFitOptions = {}): FitOutcome<GammaGammaFit> {
  const { customersInRow } = options;
  checkSpendColumns(frequency, monetary, customersInRow);
  const minimum = options.minimumRepeatBuyers ?? GAMMA_GAMMA_MINIMUM_REPEAT_BUYERS;
  const data = prepareGammaGammaData(frequency, monetary, customersInRow);
  if (data.customers < minimum) {
    const reason = { code: "tooFewRepeatBuyersWithSpend", model: "gammaGamma", repeatBuyersWithSpend: data.customers, minimum } as const;
    return { ok: false, reason };
  }
  const start = gammaGammaLogParameters(options.start ?? { p: 1, q: 2, v: data.sumMonetary / data.customers });
  const warmStart =
    data.rows > 2 * WARM_START_CUSTOMERS
      ? prepareGammaGammaData(frequency, monetary, customersInRow, Math.ceil(data.rows / WARM_START_CUSTOMERS))
      : undefined;
  const result = maximizeLikelihood(gammaGammaLogLikelihoodWithGradient, start, {
    data,
    customers: data.customers,
    warmStart: warmStart && { data: warmStart, customers: warmStart.customers },
    gradientTolerance: options.gradientTolerance,
  });
  const parameters = gammaGammaParametersFromLog(result.logParameters);
  const { convergence } = result;
  if (parameters.q - 1 < Q_BOUNDARY) return { ok: false, reason: { code: "spendMeanUnbounded", model: "gammaGamma", q: parameters.q } };
  if (!convergence.converged) return { ok: false, reason: notConvergedReason("gammaGamma", convergence) };
  const covariance = result.logCovariance;
  const logScaleError = (index: number): number => Math.sqrt(covariance?.[index * 3 + index] ?? Number.NaN);
  return {
    ok: true,
    fit: {
      parameters,
      logLikelihood: result.logLikelihood,
      customers: data.customers,
      logCovariance: covariance,
      standardErrors: covariance && {
        p: parameters.p * logScaleError(0),
        q: (parameters.q - 1) * logScaleError(1),
        v: parameters.v * logScaleError(2),
      },
      convergence,
    },
  };
}

function checkSpendColumns(frequency: Float64Array, monetary: Float64Array, customersInRow: Float64Array | undefined): void {
  if (frequency.length !== monetary.length || (customersInRow && customersInRow.length !== frequency.length)) {
    throw new RangeError("frequency, monetary and customersInRow must have one entry per row");
  }
  for (let row = 0; row < frequency.length; row += 1) {
    checkCell(frequency[row], "frequency", row);
    checkCell(monetary[row], "monetary", row);
    if (customersInRow) checkCell(customersInRow[row], "customers", row);
  }
}

function checkCell(value: number, column: string, row: number): void {
  if (!isFiniteNumber(value)) throw new InputError("cellNotANumber", column, { value: String(value), row: row + 1, column: 1 });
  if (value < 0) throw new InputError("mustBeNonNegative", column, { value });
}
