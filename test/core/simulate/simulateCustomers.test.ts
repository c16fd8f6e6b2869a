import { expectedPurchasesOfNewCustomer } from "../../../src/core/models/expectedPurchases";
import { checkSpendHistory } from "../../../src/core/models/purchaseHistory";
import { simulateCustomers } from "../../../src/core/simulate/simulateCustomers";

const truth = { bgnbd: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, gammaGamma: { p: 6.25, q: 3.74, v: 15.44 } };

describe("simulateCustomers", () => {
  const simulated = simulateCustomers(truth, { customers: 30_000, seed: 3, minimumAge: 30, maximumAge: 30, futureLength: 20 });

  it("is deterministic for a seed and obeys the summary's rules", () => {
    const again = simulateCustomers(truth, { customers: 100, seed: 3, minimumAge: 30, maximumAge: 30, futureLength: 20 });
    expect(again.calibration.frequency).toEqual(simulated.calibration.frequency.subarray(0, 100));
    expect(checkSpendHistory(simulated.calibration)).toBe(30_000);
    const { frequency, recency, T, monetary } = simulated.calibration;
    const broken = Array.from(frequency, (_, i) => i).filter((i) => recency[i] > T[i] || (frequency[i] === 0 && recency[i] + monetary[i] !== 0));
    expect(broken).toEqual([]);
  });

  it("matches the BG/NBD's expected number of purchases E[X(t)] (FHL 2005 eq. 9) in calibration and calibration + future", () => {
    const mean = (column: Float64Array): number => column.reduce((sum, value) => sum + value, 0) / column.length;
    const calibration = mean(simulated.calibration.frequency);
    expect(Math.abs(calibration / expectedPurchasesOfNewCustomer(truth.bgnbd, 30) - 1)).toBeLessThan(0.03);
    const total = calibration + mean(simulated.future.purchases);
    expect(Math.abs(total / expectedPurchasesOfNewCustomer(truth.bgnbd, 50) - 1)).toBeLessThan(0.03);
  });

  it("keeps customers who dropped out in calibration out of the future", () => {
    const { aliveAtEnd } = simulated.truth;
    expect(aliveAtEnd.some((alive) => alive === 0)).toBe(true);
    expect(aliveAtEnd.every((alive, i) => alive === 1 || simulated.future.purchases[i] === 0)).toBe(true);
    const offsets = simulated.future.offsets;
    expect(offsets[offsets.length - 1]).toBe(simulated.future.times.length);
    expect(simulated.future.times.every((time) => time > 0 && time <= 20)).toBe(true);
  });
});
