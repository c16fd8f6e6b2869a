import { PAYLOAD_LIMIT_BYTES } from "../../src/excel/payloadSize";
import { rowBlocks } from "../../src/excel/rowBlocks";
import { findAddinFormulas, isAddinFormula, replaceAddinFormulasWithValues, type ReplaceProgress } from "../../src/excel/shareSafeCopy";
import type { WorkbookDouble } from "../../src/demo/workbook/workbookDouble";
import { installWorkbook, uninstallWorkbook } from "../support/workbookDouble";

const FOUR_MB = 4_000_000;

describe("isAddinFormula", () => {
  it.each([
    ["=KV.CLV(A2:C900)", true],
    ["=kv.segment(B2)", true],
    ["=ROUND(KV.CLV(A2:C900), 0)", true],
    ["=IF(A1>0,KV.KUNDEVÆRDI(A2:C9),\"\")", true],
    ['="KV.CLV is a function"', false],
    ['="say ""KV.CLV"""&A1', false],
    ["=MYKV.X(1)", false],
    ["=SUM(A1:A3)", false],
    ["KV.CLV(A1)", false],
    [42, false],
  ])("%p → %p", (formula, expected) => {
    expect(isAddinFormula(formula)).toBe(expected);
  });
});

describe("share-safe copy", () => {
  let book: WorkbookDouble;
  beforeEach(() => (book = installWorkbook()));
  afterEach(uninstallWorkbook);

  /** A workbook with data, KV formulas (one spilling 3 × 2), other formulas, text results that look like input. */
  function seed(): void {
    book.setValues("Data", 0, 0, [
      ["Kunde", "Dato", "Beløb"],
      ["k1", 45_000, 100],
    ]);
    book.setValues("Analysis", 0, 0, [["CLV", "Sum"]]);
    book.setFormula("Analysis", 1, 0, "=KV.CLV(Data!A1:C2)", 123.4);
    book.setFormula("Analysis", 1, 1, "=SUM(A2:A3)", 123.4);
    book.setFormula("Analysis", 2, 0, '="KV.CLV(x)"', "KV.CLV(x)");
    book.setFormula("Analysis", 3, 3, "=KV.RFM(Data!A1:C2)", [
      ["k1", 5],
      ["k2", 3],
      ["k3", 1],
    ]);
    book.setFormula("Analysis", 7, 0, "=kv.segment(Data!A2)", "00123");
    book.setFormula("Analysis", 8, 0, "=KV.SEGMENT(Data!A3)", "=cmd()");
    book.setFormula("Analysis", 9, 0, "=KV.SEGMENT(Data!A4)", "#N/A");
    book.setNumberFormat("Analysis", 1, 0, "#,##0.00");
    book.setFormula("Q1 '24", 0, 0, "=KV.PALIVE(1,2,3)", 0.5);
  }

  it("finds the KV formula cells and their sheets, in workbook order, changing nothing", async () => {
    seed();
    const before = book.snapshot();
    expect(await findAddinFormulas()).toEqual({ cells: 6, sheets: ["Analysis", "Q1 '24"] });
    expect(book.snapshot()).toEqual(before);
  });

  it("finds nothing in a workbook without KV formulas", async () => {
    book.setFormula("Sheet1", 0, 0, "=SUM(1,2)", 3);
    expect(await findAddinFormulas()).toEqual({ cells: 0, sheets: [] });
    const progress: ReplaceProgress[] = [];
    expect(await replaceAddinFormulasWithValues({ onProgress: (p) => progress.push(p) })).toEqual({ cellsReplaced: 0, spillCellsKept: 0 });
    expect(progress).toEqual([{ cellsDone: 0, totalCells: 0 }]);
    expect(book.isFormula("Sheet1", 0, 0)).toBe(true);
  });

  it("replaces KV formulas by their values, keeps spill areas, leaves other formulas, constants and formats alone", async () => {
    seed();
    const data = book.snapshot().sheets.find((sheet) => sheet.name === "Data");
    const result = await replaceAddinFormulasWithValues();
    expect(result).toEqual({ cellsReplaced: 6, spillCellsKept: 5 });

    expect(book.isFormula("Analysis", 1, 0)).toBe(false);
    expect(book.getCell("Analysis", 1, 0)).toBe(123.4);
    expect(book.getNumberFormat("Analysis", 1, 0)).toBe("#,##0.00");
    // Not KV: untouched.
    expect(book.getCell("Analysis", 1, 1)).toBe("=SUM(A2:A3)");
    expect(book.isFormula("Analysis", 1, 1)).toBe(true);
    expect(book.isFormula("Analysis", 2, 0)).toBe(true);
    // The spill area keeps its values as constants.
    const spill = [0, 1, 2].map((r) => [0, 1].map((c) => book.getCell("Analysis", 3 + r, 3 + c)));
    expect(spill).toEqual([
      ["k1", 5],
      ["k2", 3],
      ["k3", 1],
    ]);
    expect([0, 1, 2].some((r) => [0, 1].some((c) => book.isFormula("Analysis", 3 + r, 3 + c)))).toBe(false);
    // Text that looks like a number or a formula stays text; an error stays an error value.
    expect(book.getCell("Analysis", 7, 0)).toBe("00123");
    expect(book.getCell("Analysis", 8, 0)).toBe("=cmd()");
    expect(book.isFormula("Analysis", 8, 0)).toBe(false);
    expect(book.getCell("Analysis", 9, 0)).toBe("#N/A");
    expect(book.getCell("Q1 '24", 0, 0)).toBe(0.5);
    expect(book.snapshot().sheets.find((sheet) => sheet.name === "Data")).toEqual(data);
    expect(await findAddinFormulas()).toEqual({ cells: 0, sheets: [] });
  });

  it("keeps a spill area that crosses row blocks (small budget)", async () => {
    const column = Array.from({ length: 23 }, (_, i) => [`s${i}`]);
    book.setFormula("Sheet1", 2, 1, "=KV.SEGMENT(Data!A2:A24)", column);
    book.setCell("Sheet1", 0, 0, "title");
    const result = await replaceAddinFormulasWithValues({ maxBytesPerSync: 5 * 2 * 2 * 8, bytesPerCellEstimate: 8 });
    expect(result).toEqual({ cellsReplaced: 1, spillCellsKept: 22 });
    expect(Array.from({ length: 23 }, (_, i) => book.getCell("Sheet1", 2 + i, 1))).toEqual(column.map(([value]) => value));
    expect(book.getCell("Sheet1", 0, 0)).toBe("title");
  });

  it("scans a sheet of long text in blocks sized to fit Excel on the web's 5 MB per response", async () => {
    // 10,000 rows of four 150-character notes, read as formulas and values: about 12 MB, one block by the estimate.
    const rows = 10_000;
    const notes = Array.from({ length: rows }, (_, i) => Array.from({ length: 4 }, (_, c) => `${"Note ".repeat(29)}${String(i).padStart(6, "0")}/${c}`));
    book.setValues("Notes", 0, 0, notes);
    for (let i = 0; i < rows; i += 1_000) book.setFormula("Notes", i, 4, `=KV.SEGMENT(A${i + 1})`, "Champions");
    expect(rowBlocks(rows, 5 * 2)).toHaveLength(1);
    expect(await replaceAddinFormulasWithValues()).toEqual({ cellsReplaced: 10, spillCellsKept: 0 });
    expect(book.getCell("Notes", 9_000, 4)).toBe("Champions");
    expect(book.isFormula("Notes", 9_000, 4)).toBe(false);
    expect(book.getCell("Notes", rows - 1, 3)).toBe(notes[rows - 1][3]);
    // The refused tries are the syncs over the limit; every block read after them fits within 4 MB.
    const refused = book.syncPayloadBytes.filter((bytes) => bytes > PAYLOAD_LIMIT_BYTES);
    expect(refused.length).toBeGreaterThan(0);
    expect(book.syncPayloadBytes.filter((bytes) => bytes > FOUR_MB && bytes <= PAYLOAD_LIMIT_BYTES)).toEqual([]);
  });

  it("replaces 100,000 KV formulas in row blocks of ≤ 4 MB per sync, a bounded number of syncs, with progress", async () => {
    const rows = 100_000;
    book.setValues(
      "Data",
      0,
      0,
      Array.from({ length: rows }, (_, i) => [`kunde-${i}@eksempel.dk`, 45_000 + (i % 700), (i * 37) % 1000]),
    );
    for (let i = 0; i < rows; i++) book.setFormula("Data", i, 3, `=KV.SEGMENT(A${i + 1}:C${i + 1})`, i % 3 === 0 ? "Champions" : "At risk");
    book.setFormula("Data", 0, 4, "=SUM(C1:C100000)", 1);
    const progress: ReplaceProgress[] = [];
    const result = await replaceAddinFormulasWithValues({ onProgress: (p) => progress.push(p) });
    expect(result).toEqual({ cellsReplaced: rows, spillCellsKept: 0 });

    for (const bytes of book.syncPayloadBytes) expect(bytes).toBeLessThanOrEqual(FOUR_MB);
    expect(book.syncPayloadBytes.reduce((sum, bytes) => sum + bytes, 0)).toBeGreaterThan(FOUR_MB);
    const readBlocks = rowBlocks(rows, 5 * 2).length;
    const writeBlocks = rowBlocks(rows, 5).length;
    expect(readBlocks).toBeGreaterThan(1);
    // Scan: sheets, used ranges, blocks; writes; re-read.
    expect(book.syncCount).toBe(2 + readBlocks + writeBlocks + readBlocks);
    expect(progress).toHaveLength(writeBlocks);
    progress.forEach((p, i) => i > 0 && expect(p.cellsDone).toBeGreaterThan(progress[i - 1].cellsDone));
    expect(progress[progress.length - 1]).toEqual({ cellsDone: rows, totalCells: rows });
    expect(book.getCell("Data", rows - 1, 3)).toBe((rows - 1) % 3 === 0 ? "Champions" : "At risk");
    expect(book.isFormula("Data", rows - 1, 3)).toBe(false);
    expect(book.isFormula("Data", 0, 4)).toBe(true);
    expect(book.getCell("Data", rows - 1, 0)).toBe(`kunde-${rows - 1}@eksempel.dk`);
  });
});
