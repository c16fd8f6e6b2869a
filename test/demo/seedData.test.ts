import { readPurchaseData } from "../../src/core/read/readPurchaseData";
import { csvCells, PURCHASES_SHEET, seedFromCsv, simulatedSeed } from "../../src/demo/seedData";

import { readFixture } from "../support/fixtures";

describe("seed data of the demo workbook", () => {
  it("reads a CSV as Excel holds it: plain numbers as numbers, the rest as text", () => {
    expect(csvCells('id,date,amount,note\nA7,19970101,29.33,"=cmd"\n007,2024-01-31,"1.234,50",-4\n')).toEqual([
      ["id", "date", "amount", "note"],
      ["A7", 19970101, 29.33, "=cmd"],
      [7, "2024-01-31", "1.234,50", -4],
    ]);
    expect(csvCells("a;b\n1,5;.5")).toEqual([
      ["a", "b"],
      ["1,5", 0.5],
    ]);
  });

  it("seeds the CDNOW sample: 6,919 purchases of 2,357 customers, readable by the engine", () => {
    const seed = seedFromCsv(readFixture("cdnowElog.csv"), "cdnowElog.csv");
    expect(seed.sheet).toBe(PURCHASES_SHEET);
    expect(seed.source).toEqual({ kind: "file", name: "cdnowElog.csv" });
    expect(seed.rows[0]).toEqual(["masterid", "sampleid", "date", "cds", "sales"]);
    expect(seed.rows[1]).toEqual([4, 1, 19970101, 2, 29.33]);
    expect(seed.rows).toHaveLength(6920);
    const data = readPurchaseData(seed.rows, { columns: { customer: "sampleid" } });
    if (data.layout !== "transactions") throw new Error(`read as ${data.layout}`);
    expect(data.log.customerIds).toHaveLength(2357);
  });

  it("simulates a labelled, deterministic purchase log with dates as formatted Excel serials", () => {
    const seed = simulatedSeed(300, 7);
    expect(seed.source).toEqual({ kind: "simulated", customers: 300, seed: 7 });
    expect(seed.rows[0]).toEqual(["Customer", "Date", "Amount"]);
    expect(seed.columnFormats).toEqual({ 1: "yyyy-mm-dd" });
    expect(simulatedSeed(300, 7).rows).toEqual(seed.rows);
    expect(simulatedSeed(300, 8).rows).not.toEqual(seed.rows);
    const customers = new Set(seed.rows.slice(1).map((row) => row[0]));
    expect(customers.size).toBe(300);
    // The benchmark scenario's first purchases fall in 2024 and the log ends 455 days later (2025-03-31).
    const dates = seed.rows.slice(1).map((row) => row[1] as number);
    expect(Math.min(...dates)).toBeGreaterThanOrEqual(45292); // 2024-01-01
    expect(Math.max(...dates)).toBeLessThanOrEqual(45292 + 455);
    const data = readPurchaseData(seed.rows);
    if (data.layout !== "transactions") throw new Error(`read as ${data.layout}`);
    expect(data.log.length).toBe(seed.rows.length - 1);
  });
});
