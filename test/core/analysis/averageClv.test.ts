import { averageClv } from "../../../src/core/analysis/averageClv";
import type { PurchaseAnalysis } from "../../../src/core/analysis/analyzeTransactions";

/** Only the two figures averageClv reads; the rest of a run does not matter to it. */
function runWith(customers: number, existingCustomersValue: number): PurchaseAnalysis {
  return { kpis: { customers }, value: { customerEquity: { existingCustomersValue } } } as unknown as PurchaseAnalysis;
}

describe("averageClv", () => {
  it("is the existing customers' value over the customers (hand calculation: 300 / 4 = 75)", () => {
    expect(averageClv(runWith(4, 300))).toBe(75);
  });

  it("is undefined without customers, never NaN", () => {
    expect(averageClv(runWith(0, 0))).toBeUndefined();
  });
});
