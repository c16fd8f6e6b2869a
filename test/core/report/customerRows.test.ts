import { buildReport } from "../../../src/core/report/buildReport";
import { customerRows, tableRows } from "../../../src/core/report/customerRows";
import type { ReportCell } from "../../../src/core/report/reportModel";
import { reportTable } from "../../../src/core/report/reportReader";
import { cdnowAnalysis, customerAverageAnalysis } from "./sampleAnalyses";

// The row source is what the command line writes a million customers from: it must give, row by row, the Customers
// sheet's table as buildReport builds it (same columns, same cells), into a row the caller reuses.

describe("customerRows", () => {
  for (const [name, analysis] of [
    ["CDNOW (model columns, dates)", cdnowAnalysis],
    ["customer-average spend", customerAverageAnalysis],
  ] as const) {
    it(`reads the Customers sheet's rows one at a time: ${name}`, () => {
      const table = reportTable(buildReport(analysis), "customers");
      const source = customerRows(analysis);
      expect(source.columns).toEqual(table.columns);
      expect(source.length).toBe(table.rows.length);
      const row: ReportCell[] = [];
      const differing = table.rows.flatMap((expected, index) => (JSON.stringify(source.row(index, row)) === JSON.stringify(expected) ? [] : [index]));
      expect(differing).toEqual([]);
    });
  }

  it("counts 2,357 CDNOW customers and leaves no cell of a longer row behind", () => {
    const source = customerRows(cdnowAnalysis);
    expect(source.length).toBe(2357);
    const row: ReportCell[] = new Array(40).fill("stale");
    expect(source.row(0, row)).toHaveLength(source.columns.length);
    expect(row).not.toContain("stale");
  });
});

describe("tableRows", () => {
  it("copies a built table's rows out one at a time", () => {
    const table = reportTable(buildReport(cdnowAnalysis), "customers");
    const source = tableRows(table);
    expect(source.length).toBe(table.rows.length);
    expect(source.row(5, ["stale", "stale"])).toEqual(table.rows[5]);
  });
});
