/**
 * Fuzz tests of reading purchase data and analysing it, as the task pane does (readPurchaseData → the engine):
 * nothing throws but the project's own input errors, every data row is accounted for (read, skipped with its row
 * and column named, or blank), and the same purchases written in another format read the same.
 * `KV_FUZZ_RUNS=20000 npx jest test/fuzz` runs a long search; KV_FUZZ_SEED picks another fixed seed.
 */
import fc from "fast-check";
import { analyzeCustomerTable } from "../../src/core/analysis/analyzeCustomerTable";
import { analyzeTransactions } from "../../src/core/analysis/analyzeTransactions";
import { CodedError } from "../../src/core/codedError";
import { readPurchaseData, type PurchaseData } from "../../src/core/read/readPurchaseData";
import { standardSettings } from "../support/analysisSettings";
import { fuzzRuns, fuzzSeed, messyTable, noiseRow, purchase, purchaseRows, purchaseTriples, tableFormat } from "./messyTables";

const options = { numRuns: fuzzRuns, seed: fuzzSeed };

/** readPurchaseData, or the project's own error it threw; anything else fails the test. */
function read(rows: unknown[][]): PurchaseData | Error {
  try {
    return readPurchaseData(rows);
  } catch (error) {
    if (error instanceof CodedError) return error;
    throw error;
  }
}

/** The analysis the pane runs on what was read, or the project's own error; anything else fails the test. */
function analyse(data: PurchaseData): unknown {
  try {
    return data.layout === "transactions" ? analyzeTransactions(data.log, standardSettings) : analyzeCustomerTable(data.table, standardSettings);
  } catch (error) {
    if (error instanceof CodedError) return error;
    throw error;
  }
}

function logTriples(data: PurchaseData): string[] {
  if (data.layout !== "transactions") throw new Error(`read as ${data.layout}`);
  const { log } = data;
  return Array.from({ length: log.length }, (_, row) => `${log.customerIds[log.customer[row]]}|${log.day[row]}|${Math.round(log.amount[row] * 100)}`).sort();
}

describe("messy purchase tables (fuzz)", () => {
  it("never throw but the project's own errors, and account for every data row with its row and column", () => {
    fc.assert(
      fc.property(messyTable, ({ rows }) => {
        const data = read(rows);
        if (data instanceof Error) return;
        const { rowsRead, rowsSkipped, emptyRows, problems, problemCount } = data.diagnostics;
        const dataRows = rows.length - data.columns.firstDataIndex;
        expect(rowsRead + rowsSkipped + emptyRows).toBe(dataRows);
        expect(rowsRead).toBe(data.layout === "transactions" ? data.log.length : data.table.length);
        const skippedRows = new Set(problems.filter((problem) => problem.reason !== "unreadableQuantity").map((problem) => problem.row));
        if (problemCount === problems.length) expect(skippedRows.size).toBe(rowsSkipped);
        for (const problem of problems) {
          expect(problem.row).toBeGreaterThan(data.columns.firstDataIndex);
          expect(problem.row).toBeLessThanOrEqual(rows.length);
          expect(problem.column.index).toBeGreaterThanOrEqual(0);
        }
        analyse(data);
      }),
      options,
    );
  });

  it("read the same purchases from any format, with blank and repeated-header rows among them", () => {
    fc.assert(
      fc.property(
        fc.array(purchase, { minLength: 1, maxLength: 40 }),
        tableFormat,
        tableFormat,
        fc.array(fc.nat(60), { maxLength: 6 }),
        (purchases, first, second, noisePositions) => {
          const withNoise = (format: typeof first) => {
            const rows = purchaseRows(purchases, format);
            const blankOrHeader = [[null, null, null], rows[0]];
            noisePositions.forEach((position, index) => rows.splice(1 + (position % rows.length), 0, blankOrHeader[index % 2]));
            return rows;
          };
          const [a, b] = [read(withNoise(first)), read(withNoise(second))];
          if (a instanceof Error || b instanceof Error) throw new Error("a table of purchases could not be read");
          expect(logTriples(a)).toEqual(purchaseTriples(purchases));
          expect(logTriples(b)).toEqual(logTriples(a));
          expect(b.diagnostics.rowsSkipped).toBe(a.diagnostics.rowsSkipped);
        },
      ),
      options,
    );
  });

  it("keep every row of noise out of the purchases without losing the real ones", () => {
    fc.assert(
      fc.property(tableFormat.chain((format) => fc.tuple(fc.constant(format), fc.array(purchase, { minLength: 1, maxLength: 20 }), fc.array(noiseRow(format), { maxLength: 10 }))), ([format, purchases, noise]) => {
        const data = read([...purchaseRows(purchases, format), ...noise]);
        if (data instanceof Error) throw new Error("a table of purchases could not be read");
        const triples = logTriples(data);
        for (const triple of purchaseTriples(purchases)) expect(triples).toContain(triple);
      }),
      options,
    );
  });
});
