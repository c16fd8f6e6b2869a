import { clvSchedule } from "../../../src/core/models/clvSettings";
import { simpleInputsOf } from "./simpleInputs";
import { analyzeCustomerValue } from "../../../src/core/models/customerValue";
import type { CustomerEquityForecast } from "../../../src/core/models/customerEquityForecast";
import { populationMeanSpend } from "../../../src/core/models/gammaGammaParameters";
import { discountedPurchasesGivenAlive, predictClv } from "../../../src/core/models/predictiveClv";
import { cdnowSummary } from "./cdnowSummary";

// Customer equity = Σ CLV of current customers + new customers × CLV of a new customer (docs/ARCHITECTURE.md), the new
// customer being x = 0, t_x = 0, T = 0 with the population mean spend v·p/(q − 1).
const settings = { horizonMonths: 36, annualDiscountRate: 0.1, grossMargin: 0.3, timeUnit: "week" as const };

describe("customer equity on CDNOW", () => {
  const history = cdnowSummary();
  const analysis = analyzeCustomerValue(history, { ...settings, newCustomers: 500 }, simpleInputsOf(history, settings));
  const equity = analysis.customerEquity as CustomerEquityForecast;
  if (!analysis.purchase.ok || analysis.purchase.fit.name !== "bgnbd" || !analysis.gammaGamma.ok) throw new Error("fits failed");
  const bgnbd = analysis.purchase.fit.parameters;
  const spend = analysis.gammaGamma.fit.parameters;

  it("adds Σ CLV of the customers and 500 × the CLV of a new customer", () => {
    const total = analysis.customers.clv.reduce((sum, value) => sum + value, 0);
    expect(equity.existingCustomersValue).toBeCloseTo(total, 6);
    const schedule = clvSchedule(settings);
    const newCustomerClv = 0.3 * populationMeanSpend(spend) * discountedPurchasesGivenAlive(bgnbd, 0, 0, schedule).discounted;
    expect(equity.newCustomerClv).toBeCloseTo(newCustomerClv, 9);
    const asCustomer = predictClv(bgnbd, Float64Array.of(populationMeanSpend(spend)), { frequency: Float64Array.of(0), recency: Float64Array.of(0), T: Float64Array.of(0) }, schedule);
    expect(equity.newCustomerClv).toBeCloseTo(asCustomer.clv[0], 9);
    expect(equity.value).toBeCloseTo(total + 500 * newCustomerClv, 6);
  });

  it("has an 80 % interval around the value, much narrower relative to it than a single customer's", () => {
    expect(equity.level).toBe(0.8);
    expect(equity.low).toBeLessThan(equity.value);
    expect(equity.high).toBeGreaterThan(equity.value);
    const relativeWidth = (equity.high - equity.low) / equity.value;
    expect(relativeWidth).toBeLessThan(0.5);
    const low = analysis.customers.clvLow ?? new Float64Array(0);
    const high = analysis.customers.clvHigh ?? new Float64Array(0);
    const customerRelativeWidth = (high[0] - low[0]) / analysis.customers.clv[0];
    expect(relativeWidth).toBeLessThan(customerRelativeWidth / 5);
    expect(equity.parameterShareOfVariance).toBeGreaterThan(0);
    expect(equity.parameterShareOfVariance).toBeLessThan(1);
  });

  it("is reproducible: the same data and seed give the same intervals; another customer order changes only rounding", () => {
    const again = analyzeCustomerValue(history, { ...settings, newCustomers: 500 }, simpleInputsOf(history, settings));
    expect(again.customerEquity).toEqual(equity);
    const order = Array.from(history.frequency, (_, i) => i).reverse();
    const reversed = {
      frequency: Float64Array.from(order, (i) => history.frequency[i]),
      recency: Float64Array.from(order, (i) => history.recency[i]),
      T: Float64Array.from(order, (i) => history.T[i]),
      monetary: Float64Array.from(order, (i) => history.monetary[i]),
    };
    const reordered = analyzeCustomerValue(reversed, { ...settings, newCustomers: 500 }, simpleInputsOf(reversed, settings));
    for (const i of [0, 1, 5, 100]) {
      const high = analysis.customers.clvHigh?.[i] ?? Number.NaN;
      expect(Math.abs((reordered.customers.clvHigh?.[history.frequency.length - 1 - i] ?? 0) - high)).toBeLessThanOrEqual(1e-6 * high);
    }
  });
});
