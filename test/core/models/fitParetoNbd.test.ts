import { fitParetoNbd, PARETONBD_MINIMUM_CUSTOMERS, PARETONBD_MINIMUM_REPEAT_BUYERS } from "../../../src/core/models/fitParetoNbd";
import type { PurchaseHistory } from "../../../src/core/models/purchaseHistory";
import { simulateParetoNbdHistory } from "./paretoNbdSimulation";

function history(rows: [number, number, number][]): PurchaseHistory {
  return {
    frequency: Float64Array.from(rows, (row) => row[0]),
    recency: Float64Array.from(rows, (row) => row[1]),
    T: Float64Array.from(rows, (row) => row[2]),
  };
}

describe("fitParetoNbd", () => {
  it("gives the BG/NBD's reason codes, for the Pareto/NBD, instead of a fit the data cannot support", () => {
    expect(PARETONBD_MINIMUM_CUSTOMERS).toBe(30);
    expect(PARETONBD_MINIMUM_REPEAT_BUYERS).toBe(10);
    expect(fitParetoNbd(history([]))).toEqual({ ok: false, reason: { code: "noCustomers", model: "paretonbd" } });
    expect(fitParetoNbd(history([[3, 10, 20]]))).toEqual({
      ok: false,
      reason: { code: "tooFewCustomers", model: "paretonbd", customers: 1, minimum: 30 },
    });
    const oneTimers = history(Array.from({ length: 50 }, (_, i) => [0, 0, 10 + i] as [number, number, number]));
    expect(fitParetoNbd(oneTimers)).toEqual({ ok: false, reason: { code: "allOneTimeBuyers", model: "paretonbd", customers: 50 } });
    const fewRepeaters = history(Array.from({ length: 50 }, (_, i) => [i < 4 ? 1 : 0, i < 4 ? 3 : 0, 20] as [number, number, number]));
    expect(fitParetoNbd(fewRepeaters)).toEqual({
      ok: false,
      reason: { code: "tooFewRepeatBuyers", model: "paretonbd", repeatBuyers: 4, minimum: 10 },
    });
  });

  it("recovers the parameters of simulated Pareto/NBD customers within 3 standard errors", () => {
    // 20 000 customers drawn from the model with CDNOW's estimates as the truth (seeded), observed 26–78 weeks.
    const truth = { r: 0.553, alpha: 10.58, s: 0.606, beta: 11.67 };
    const outcome = fitParetoNbd(simulateParetoNbdHistory(truth, 20_000, 2024, 26, 78));
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.reason));
    const { parameters, standardErrors } = outcome.fit;
    expect(standardErrors).not.toBeNull();
    for (const name of ["r", "alpha", "s", "beta"] as const) {
      expect(Math.abs(parameters[name] - truth[name])).toBeLessThan(3 * (standardErrors?.[name] ?? 0));
    }
  });
});
