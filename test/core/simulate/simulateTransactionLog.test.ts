import { benchmarkScenario } from "../../../src/core/simulate/benchmarkScenario";
import { simulateTransactionLog } from "../../../src/core/simulate/simulateTransactionLog";

const truth = { bgnbd: { r: 0.25, alpha: 30, a: 0.8, b: 2.5 }, gammaGamma: { p: 6, q: 3.8, v: 15 } };
const options = { customers: 5000, seed: 9, cohortStartDay: 19_358, cohortDays: 90, endDay: 19_358 + 364 };

describe("simulateTransactionLog", () => {
  const log = simulateTransactionLog(truth, options);

  it("fills the TransactionLog layout: one row per purchase, ids C1 … Cn, amounts in cents", () => {
    expect(log.customerIds).toHaveLength(5000);
    expect(log.customerIds[0]).toBe("C1");
    expect(log.hasAmounts).toBe(true);
    expect(log.customer.length).toBe(log.length);
    expect(log.length).toBeGreaterThan(5000);
    const badRows = [];
    for (let row = 0; row < log.length; row += 1) {
      const inRange = log.day[row] >= options.cohortStartDay && log.day[row] <= options.endDay;
      if (!inRange || log.amount[row] < 0 || Math.round(log.amount[row] * 100) / 100 !== log.amount[row]) badRows.push(row);
    }
    expect(badRows).toEqual([]);
  });

  it("gives every customer a first purchase in the cohort window, in day order by default", () => {
    const first = new Int32Array(5000).fill(2 ** 30);
    for (let row = 0; row < log.length; row += 1) first[log.customer[row]] = Math.min(first[log.customer[row]], log.day[row]);
    expect(Math.max(...first)).toBeLessThan(options.cohortStartDay + options.cohortDays);
    expect(log.day.every((day, row) => row === 0 || day >= log.day[row - 1])).toBe(true);
  });

  it("is deterministic, and the customer order holds the same rows", () => {
    const byCustomer = simulateTransactionLog(truth, { ...options, order: "customer" });
    expect(byCustomer.length).toBe(log.length);
    const total = (amounts: Float64Array): number => amounts.reduce((sum, value) => sum + value, 0);
    expect(total(byCustomer.amount)).toBeCloseTo(total(log.amount), 6);
    expect(simulateTransactionLog(truth, options).amount).toEqual(log.amount);
    expect(byCustomer.customer.every((customer, row) => row === 0 || customer >= byCustomer.customer[row - 1])).toBe(true);
  });
});

describe("benchmarkScenario", () => {
  it("simulates about 2.2–2.3 transactions per customer", () => {
    const { parameters, options: scenario } = benchmarkScenario(20_000, 4);
    const rows = simulateTransactionLog(parameters, scenario).length;
    expect(rows / 20_000).toBeGreaterThan(2.1);
    expect(rows / 20_000).toBeLessThan(2.4);
  });
});
