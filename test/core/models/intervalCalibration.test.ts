import { clvSchedule } from "../../../src/core/models/clvSettings";
import { simpleInputsOf } from "./simpleInputs";
import { analyzeCustomerValue } from "../../../src/core/models/customerValue";
import type { CustomerEquityForecast } from "../../../src/core/models/customerEquityForecast";
import { expectedSpendColumn } from "../../../src/core/models/expectedSpend";
import { bgnbdLogParameters, bgnbdParametersFromLog } from "../../../src/core/models/bgnbdParameters";
import { gammaGammaLogParameters, gammaGammaParametersFromLog } from "../../../src/core/models/gammaGammaParameters";
import { drawLogParameters } from "../../../src/core/models/parameterDraws";
import { predictClv } from "../../../src/core/models/predictiveClv";
import type { SpendHistory } from "../../../src/core/models/purchaseHistory";
import { RandomStream } from "../../../src/core/random/randomStream";
import { simulateCustomers, type SimulatedCustomers } from "../../../src/core/simulate/simulateCustomers";

// Calibration of the 80 % CLV intervals on held-out simulated data (docs/ARCHITECTURE.md, "Models"): simulate a
// calibration period and the following 24 months from known parameters, fit on the calibration period only,
// compute each customer's interval, then realize the future. Per quantile: P(Y ≤ high) ≈ 0.9, P(Y < low) ≤ 0.1.
// Sharpness: the interval score of Gneiting & Raftery (2007), JASA 102(477) eq. 43,
//   S = (u − l) + (2/α)(l − y)·1{y < l} + (2/α)(y − u)·1{y > u},  α = 0.2 (lower is better).
const truth = { bgnbd: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, gammaGamma: { p: 6.25, q: 3.74, v: 15.44 } };
const settings = { horizonMonths: 24, annualDiscountRate: 0.1, grossMargin: 0.3, timeUnit: "week" as const };
const schedule = clvSchedule(settings);
const horizonWeeks = schedule.monthEnds[schedule.monthEnds.length - 1];

/** The realized discounted margin of each customer's future purchases, month i discounted by 1/(1+d_month)^i. */
function realizedValues(simulated: SimulatedCustomers): Float64Array {
  const monthLength = schedule.monthEnds[0];
  const values = new Float64Array(simulated.calibration.frequency.length);
  const { offsets, times, amounts } = simulated.future;
  for (let i = 0; i < values.length; i += 1) {
    for (let k = offsets[i]; k < offsets[i + 1]; k += 1) {
      const month = Math.max(1, Math.ceil(times[k] / monthLength));
      values[i] += settings.grossMargin * amounts[k] * schedule.discountFactors[month - 1];
    }
  }
  return values;
}

function intervalScore(low: number, high: number, outcome: number): number {
  return high - low + 10 * Math.max(0, low - outcome) + 10 * Math.max(0, outcome - high);
}

describe("CLV interval calibration on held-out simulated data", () => {
  const simulated = simulateCustomers(truth, { customers: 20_000, seed: 77, minimumAge: 20, maximumAge: 52, futureLength: horizonWeeks });
  const history = simulated.calibration;
  // The data come from the BG/NBD itself, so its intervals are checked without a model error (a miss of 0 as if measured
  // on a holdout); the model error is checked by test/scripts/equityCoverageStudy.test.ts.
  const analysis = analyzeCustomerValue(history, { ...settings, seed: 5, purchaseModel: "bgnbd", holdoutMisses: { bgnbd: 0 } }, simpleInputsOf(history, settings));
  const realized = realizedValues(simulated);
  const low = analysis.customers.clvLow ?? new Float64Array(0);
  const high = analysis.customers.clvHigh ?? new Float64Array(0);

  it("puts the outcome at or below the upper end about 90 % of the time, below the lower end at most 10 %", () => {
    let atMostHigh = 0;
    let belowLow = 0;
    let inside = 0;
    for (let i = 0; i < realized.length; i += 1) {
      if (realized[i] <= high[i]) atMostHigh += 1;
      if (realized[i] < low[i]) belowLow += 1;
      if (realized[i] >= low[i] && realized[i] <= high[i]) inside += 1;
    }
    const n = realized.length;
    expect(atMostHigh / n).toBeGreaterThan(0.87);
    expect(atMostHigh / n).toBeLessThan(0.93);
    expect(belowLow / n).toBeLessThanOrEqual(0.1);
    expect(inside / n).toBeGreaterThanOrEqual(0.8);
  });

  it("is calibrated within each group of calibration purchases (0, 1, 2–3, 4–7, 8+)", () => {
    for (const [from, to] of [[0, 0], [1, 1], [2, 3], [4, 7], [8, Infinity]]) {
      let customers = 0;
      let atMostHigh = 0;
      let belowLow = 0;
      for (let i = 0; i < realized.length; i += 1) {
        if (history.frequency[i] < from || history.frequency[i] > to) continue;
        customers += 1;
        if (realized[i] <= high[i]) atMostHigh += 1;
        if (realized[i] < low[i]) belowLow += 1;
      }
      expect(customers).toBeGreaterThan(400);
      expect(atMostHigh / customers).toBeGreaterThan(0.85);
      expect(atMostHigh / customers).toBeLessThan(0.95);
      expect(belowLow / customers).toBeLessThanOrEqual(0.12);
    }
  });

  it("scores far better than an interval from parameter uncertainty alone, which is too narrow", () => {
    // The parameter-only interval: 10th–90th percentile of the CLV (an expected value) over 100 parameter draws
    // from the fits' asymptotic normal, on every 10th customer.
    const bgnbd = analysis.purchase.ok && analysis.purchase.fit.name === "bgnbd" ? analysis.purchase.fit : null;
    const gammaGamma = analysis.gammaGamma.ok ? analysis.gammaGamma.fit : null;
    if (!bgnbd || !gammaGamma) throw new Error("fits failed");
    const stride = 10;
    const sample: SpendHistory = {
      frequency: history.frequency.filter((_, i) => i % stride === 0),
      recency: history.recency.filter((_, i) => i % stride === 0),
      T: history.T.filter((_, i) => i % stride === 0),
      monetary: history.monetary.filter((_, i) => i % stride === 0),
    };
    const draws = 100;
    const random = new RandomStream(9);
    const bgnbdDraws = drawLogParameters(bgnbdLogParameters(bgnbd.parameters), bgnbd.logCovariance, draws, random);
    const spendDraws = drawLogParameters(gammaGammaLogParameters(gammaGamma.parameters), gammaGamma.logCovariance, draws, random);
    const values: Float64Array[] = [];
    for (let d = 0; d < draws; d += 1) {
      const spend = expectedSpendColumn(gammaGammaParametersFromLog(spendDraws.subarray(3 * d, 3 * d + 3)), sample.frequency, sample.monetary);
      values.push(predictClv(bgnbdParametersFromLog(bgnbdDraws.subarray(4 * d, 4 * d + 4)), spend, sample, schedule).clv);
    }
    let predictiveScore = 0;
    let parameterOnlyScore = 0;
    let parameterOnlyInside = 0;
    const count = sample.frequency.length;
    for (let k = 0; k < count; k += 1) {
      const i = k * stride;
      const sorted = values.map((column) => column[k]).sort((x, y) => x - y);
      const parameterLow = sorted[9];
      const parameterHigh = sorted[89];
      if (realized[i] >= parameterLow && realized[i] <= parameterHigh) parameterOnlyInside += 1;
      parameterOnlyScore += intervalScore(parameterLow, parameterHigh, realized[i]);
      predictiveScore += intervalScore(low[i], high[i], realized[i]);
    }
    expect(parameterOnlyInside / count).toBeLessThan(0.2);
    expect(predictiveScore / count).toBeLessThan(0.75 * (parameterOnlyScore / count));
  });

  it("gives customer equity an interval that holds the realized total and is much narrower relative to its mean", () => {
    const equity = analysis.customerEquity as CustomerEquityForecast;
    const realizedTotal = realized.reduce((sum, value) => sum + value, 0);
    expect(equity.low).toBeLessThan(equity.value);
    expect(equity.high).toBeGreaterThan(equity.value);
    expect((equity.high - equity.low) / equity.value).toBeLessThan(0.2);
    const customerWidth = high.reduce((sum, value, i) => sum + value - low[i], 0) / high.reduce((sum, value) => sum + value, 1e-9);
    expect((equity.high - equity.low) / equity.value).toBeLessThan(customerWidth / 10);
    expect(Math.abs(realizedTotal - equity.value)).toBeLessThan(3 * equity.standardDeviation);
  });
});
