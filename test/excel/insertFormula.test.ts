import { insertFormulaInSelection } from "../../src/excel/insertFormula";
import type { WorkbookDouble } from "../../src/demo/workbook/workbookDouble";
import { installWorkbook, uninstallWorkbook } from "../support/workbookDouble";

describe("insertFormulaInSelection", () => {
  let workbook: WorkbookDouble;
  beforeEach(() => (workbook = installWorkbook()));
  afterEach(uninstallWorkbook);

  it("writes the formula into an empty selected cell and reports its address", async () => {
    workbook.select("Sheet1", 1, 1);
    const result = await insertFormulaInSelection("=KV.AOV(125000, 500)");
    expect(result).toEqual({ kind: "inserted", address: "Sheet1!B2" });
    expect(workbook.getCell("Sheet1", 1, 1)).toBe("=KV.AOV(125000, 500)");
    expect(workbook.syncCount).toBe(2);
  });

  it("uses the top-left cell of a multi-cell selection and leaves the rest alone", async () => {
    workbook.select("Data", 4, 2, 3, 2);
    workbook.setCell("Data", 5, 2, 42);
    const result = await insertFormulaInSelection("=KV.NPS(A1:A10)");
    expect(result).toEqual({ kind: "inserted", address: "Data!C5" });
    expect(workbook.getCell("Data", 4, 2)).toBe("=KV.NPS(A1:A10)");
    expect(workbook.getCell("Data", 5, 2)).toBe(42);
  });

  it.each([[1234], ["Revenue"], ["=SUM(A1:A3)"], [false]])("never overwrites a cell that holds %p", async (content) => {
    workbook.select("Sheet1", 0, 27);
    workbook.setCell("Sheet1", 0, 27, content);
    const result = await insertFormulaInSelection("=KV.AOV(1, 1)");
    expect(result).toEqual({ kind: "cellNotEmpty", address: "Sheet1!AB1" });
    expect(workbook.getCell("Sheet1", 0, 27)).toBe(content);
  });

  it("writes a spilling formula when every cell its result fills is empty, and reports that area", async () => {
    workbook.select("Sheet1", 1, 1);
    workbook.setCell("Sheet1", 6, 1, "below the spill");
    workbook.setCell("Sheet1", 1, 3, "right of the spill");
    const result = await insertFormulaInSelection("=KV.NPSINTERVAL({10,9,9,8,7,3,10,6})", { rows: 5, columns: 2 });
    expect(result).toEqual({ kind: "inserted", address: "Sheet1!B2", spillArea: "Sheet1!B2:C6" });
    expect(workbook.getCell("Sheet1", 1, 1)).toBe("=KV.NPSINTERVAL({10,9,9,8,7,3,10,6})");
  });

  it.each([
    ["the last row's value cell", 5, 2],
    ["the first row's value cell", 1, 2],
    ["the last row's name cell", 5, 1],
  ])("never writes a formula whose result would be blocked (#SPILL!) by %s, and names the area", async (_, row, column) => {
    workbook.select("Sheet1", 1, 1);
    workbook.setCell("Sheet1", row, column, 7);
    const result = await insertFormulaInSelection("=KV.NPSINTERVAL({10,9})", { rows: 5, columns: 2 });
    expect(result).toEqual({ kind: "spillAreaNotEmpty", address: "Sheet1!B2", spillArea: "Sheet1!B2:C6" });
    expect(workbook.getCell("Sheet1", 1, 1) ?? "").toBe("");
    expect(workbook.getCell("Sheet1", row, column)).toBe(7);
  });

  it.each([
    ["below the last row", 1_048_569, 0, { rows: 13, columns: 2 }, "Sheet1!A1048570"],
    ["right of the last column (XFD)", 0, 16_383, { rows: 5, columns: 2 }, "Sheet1!XFD1"],
  ])("says there is no room when the result would spill %s, and writes nothing", async (_, row, column, spill, address) => {
    workbook.select("Sheet1", row, column);
    const result = await insertFormulaInSelection("=KV.ABVALUE({1,2}, {3,4})", spill);
    expect(result).toEqual({ kind: "noRoomForSpill", address, ...spill });
    expect(workbook.getCell("Sheet1", row, column) ?? "").toBe("");
  });

  it("fits a spill that ends exactly on the last row", async () => {
    workbook.select("Sheet1", 1_048_571, 0);
    const result = await insertFormulaInSelection("=KV.NPSINTERVAL({9,10})", { rows: 5, columns: 2 });
    expect(result).toEqual({ kind: "inserted", address: "Sheet1!A1048572", spillArea: "Sheet1!A1048572:B1048576" });
  });

  it("reports a filled top-left cell as not empty, also for a spilling formula", async () => {
    workbook.select("Sheet1", 1, 1);
    workbook.setCell("Sheet1", 1, 1, "mine");
    expect(await insertFormulaInSelection("=KV.CSAT({5,4})", { rows: 8, columns: 2 })).toEqual({ kind: "cellNotEmpty", address: "Sheet1!B2" });
    expect(workbook.getCell("Sheet1", 1, 1)).toBe("mine");
  });

  it("the double fails a read that was not loaded and synced", async () => {
    await expect(
      Excel.run(async (context) => {
        const range = context.workbook.getSelectedRange();
        range.load("address");
        return range.address;
      }),
    ).rejects.toThrow(/PropertyNotLoaded/);
  });
});
