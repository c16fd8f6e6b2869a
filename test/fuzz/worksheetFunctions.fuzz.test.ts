/**
 * Fuzz tests of the worksheet functions that read purchases (KV.RFM, KV.NEXTPURCHASE, KV.BGNBD) on messy columns as
 * Excel passes them (one-column 2D arrays, blanks as null or ""): they return a result or throw Excel's own error
 * (#VALUE!, #N/A) with a message, never anything else, and give the same result for the same purchases written in
 * any date and amount format.
 */
import fc from "fast-check";
import { NEXTPURCHASE, RFM } from "../../src/functions/customerHistory";
import { BGNBD } from "../../src/functions/models";
import { fuzzRuns, fuzzSeed, messyTable, purchase, purchaseRows, tableFormat } from "./messyTables";

const options = { numRuns: Math.max(10, Math.floor(fuzzRuns / 2)), seed: fuzzSeed };

/** The data rows of a table as the function's column arguments (the header row left out, as a user selects them). */
function columns(rows: unknown[][]): [unknown[][], unknown[][], unknown[][]] {
  const data = rows.slice(1);
  const column = (index: number) => data.map((row) => [row[index] ?? null]);
  return [column(0), column(1), column(2)];
}

/** The function's result, or the CustomFunctions.Error it threw or rejected with (with its message); anything else fails the test. */
async function call(calculate: () => unknown): Promise<unknown> {
  try {
    return await calculate();
  } catch (error) {
    expect(error).toBeInstanceOf(CustomFunctions.Error);
    const excelError = error as CustomFunctions.Error;
    expect(["#VALUE!", "#N/A"]).toContain(excelError.code);
    if (excelError.code === "#VALUE!") expect(excelError.message?.length ?? 0).toBeGreaterThan(0);
    return excelError;
  }
}

describe("worksheet functions on messy purchase columns (fuzz)", () => {
  it("return a result or Excel's own error with a message, never anything else", async () => {
    await fc.assert(
      fc.asyncProperty(messyTable, async ({ rows }) => {
        const [customers, dates, amounts] = columns(rows);
        if (customers.length === 0) return;
        await call(() => RFM(customers as any[][], dates as any[][], amounts as any[][]));
        await call(() => NEXTPURCHASE(customers as any[][], dates as any[][]));
        await call(() => BGNBD(customers as any[][], dates as any[][]));
      }),
      options,
    );
  });

  it("give the same result for the same purchases in every date and amount format (day-first given)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(purchase, { minLength: 1, maxLength: 30 }), tableFormat, tableFormat, async (purchases, first, second) => {
        const [a, b] = [columns(purchaseRows(purchases, first)), columns(purchaseRows(purchases, second))];
        expect(await call(() => RFM(b[0] as any[][], b[1] as any[][], b[2] as any[][], null, "dmy"))).toEqual(await call(() => RFM(a[0] as any[][], a[1] as any[][], a[2] as any[][], null, "dmy")));
        expect(await call(() => NEXTPURCHASE(b[0] as any[][], b[1] as any[][], null, "dmy"))).toEqual(await call(() => NEXTPURCHASE(a[0] as any[][], a[1] as any[][], null, "dmy")));
      }),
      options,
    );
  });
});
