import { analyzeTransactions } from "../../../src/core/analysis/analyzeTransactions";
import { standardSettings } from "../../support/analysisSettings";
import { seededRandom } from "../seededRandom";
import { logOf, type Row } from "../summary/logOf";

/**
 * 40 customers, 22 of them one-time buyers, purchases in 2024; customer K30 buys 4 times. `k30Amount` is the amount
 * of each of K30's purchases: 10^15 (a typing or export error) or 0 (no spend at all).
 */
function purchases(k30Amount: number): Row[] {
  const random = seededRandom(11);
  const draw = () => random.uniform(0, 1);
  const rows: Row[] = [];
  for (let c = 0; c < 40; c += 1) {
    const count = c === 30 ? 4 : c < 22 ? 1 : 2 + Math.floor(draw() * 4);
    for (let k = 0; k < count; k += 1) rows.push([`K${c}`, 19723 + Math.floor(draw() * 300), c === 30 ? k30Amount : Math.round(50 + draw() * 200)]);
  }
  return rows;
}

describe("an implausible spender (amounts of 10^15)", () => {
  const withOutlier = analyzeTransactions(logOf(purchases(1e15)), standardSettings);
  const withoutSpend = analyzeTransactions(logOf(purchases(0)), standardSettings);
  const k30 = withOutlier.summary.customerIds.indexOf("K30");

  it("is left out of the spend model: every other customer's CLV is exactly what it is when K30 spent nothing", () => {
    expect(withOutlier.value.spendOutliers).toBe(1);
    expect(withoutSpend.value.spendOutliers).toBe(0);
    expect(withOutlier.value.gammaGamma).toEqual(withoutSpend.value.gammaGamma);
    for (let i = 0; i < withOutlier.summary.customerIds.length; i += 1) {
      if (i === k30) continue;
      expect(withOutlier.predictions.clv[i]).toBe(withoutSpend.predictions.clv[i]);
    }
  });

  it("keeps one-time buyers at ordinary values (they were valued at about 3·10^13 through the inflated spend model)", () => {
    for (let i = 0; i < 22; i += 1) {
      const index = withOutlier.summary.customerIds.indexOf(`K${i}`);
      expect(withOutlier.predictions.clv[index]).toBeLessThan(1000);
    }
  });

  it("still values K30 on K30's own spend", () => {
    expect(withOutlier.predictions.clv[k30]).toBeGreaterThan(1e13);
  });

  it("does not set the value of new customers in the simple method either", () => {
    const few: Row[] = [["A", 19723, 100], ["A", 19800, 120], ["B", 19730, 1e15], ["B", 19790, 1e15], ["C", 19740, 80], ["C", 19850, 90]];
    const analysis = analyzeTransactions(logOf(few), { ...standardSettings, newCustomers: 10 });
    expect(analysis.value.method.kind).toBe("simple");
    const equity = analysis.value.customerEquity;
    if (!("newCustomerClv" in equity)) throw new Error("expected the simple equity");
    const clvOf = (id: string) => analysis.predictions.clv[analysis.summary.customerIds.indexOf(id)];
    expect(equity.newCustomerClv).toBeCloseTo((clvOf("A") + clvOf("C")) / 2, 6);
  });
});
