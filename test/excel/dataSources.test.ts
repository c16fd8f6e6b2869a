import { listTables, resolveSource, resolveStoredSource } from "../../src/excel/dataSources";
import { WorkbookItemNotFoundError } from "../../src/excel/workbookErrors";
import type { WorkbookDouble } from "../../src/demo/workbook/workbookDouble";
import { installWorkbook, uninstallWorkbook } from "../support/workbookDouble";

/** A purchase log of `rows` data rows (plus header) with its top-left cell at (top, left). */
function seedLog(book: WorkbookDouble, sheet: string, rows: number, top = 0, left = 0): void {
  book.setValues(sheet, top, left, [["Kunde", "Dato", "Beløb"], ...Array.from({ length: rows }, (_, i) => [`k${i % 7}`, 45_000 + i, 10 + i])]);
}

describe("data sources", () => {
  let book: WorkbookDouble;
  beforeEach(() => (book = installWorkbook()));
  afterEach(uninstallWorkbook);

  it("lists the workbook's tables with sheet, address and size (header included), in two syncs", async () => {
    seedLog(book, "Data", 10);
    book.addTable("Data", "A1:C11", true, "Sales");
    seedLog(book, "Q1 '24", 3, 4, 2);
    book.addTable("Q1 '24", "C5:E8", true);
    expect(await listTables()).toEqual([
      { name: "Sales", sheet: "Data", address: "A1:C11", rowCount: 11, columnCount: 3 },
      { name: "Table1", sheet: "Q1 '24", address: "C5:E8", rowCount: 4, columnCount: 3 },
    ]);
    expect(book.syncCount).toBe(2);
    expect(await listTables()).toHaveLength(2);
  });

  it("lists no tables in a workbook without any", async () => {
    expect(await listTables()).toEqual([]);
  });

  describe("resolveSource", () => {
    beforeEach(() => {
      // The log at B3:D23, a note two columns to the right of it (not part of the region), a blank row, more below.
      seedLog(book, "Data", 20, 2, 1);
      book.setCell("Data", 2, 6, "note");
      book.setCell("Data", 24, 1, "total");
    });

    it("region: the block around the active cell, bounded by blank rows and columns", async () => {
      book.select("Data", 10, 2);
      expect(await resolveSource({ kind: "region" })).toEqual({
        sheet: "Data",
        address: "B3:D23",
        rowCount: 21,
        columnCount: 3,
        stored: { kind: "range", sheet: "Data", address: "B3:D23" },
      });
    });

    it("region grows through diagonal neighbours, as Excel's current region does", async () => {
      book.setCell("Data", 23, 4, "x");
      book.select("Data", 10, 2);
      // E24 touches D23 diagonally; B25 then touches row 24: B3:E25.
      expect((await resolveSource({ kind: "region" })).address).toBe("B3:E25");
    });

    it("selection: exactly the selected range when it is more than one cell", async () => {
      book.select("Data", 2, 1, 5, 2);
      const source = await resolveSource({ kind: "selection" });
      expect(source).toMatchObject({ sheet: "Data", address: "B3:C7", rowCount: 5, columnCount: 2 });
      expect(source.stored).toEqual({ kind: "range", sheet: "Data", address: "B3:C7" });
    });

    it("selection: whole columns (B:D, 1,048,576 rows) are cut to the rows with values on the sheet", async () => {
      book.select("Data", 0, 1, 1_048_576, 3);
      expect(await resolveSource({ kind: "selection" })).toEqual({
        sheet: "Data",
        // The used range (values only) is B3:G25: the log, the note in G3 and the total in B25.
        address: "B3:D25",
        rowCount: 23,
        columnCount: 3,
        stored: { kind: "range", sheet: "Data", address: "B3:D25" },
      });
    });

    it("selection: a selection running far below and left of the data keeps only its cells within the used range", async () => {
      book.select("Data", 0, 0, 50_000, 3);
      expect(await resolveSource({ kind: "selection" })).toMatchObject({ address: "B3:C25", rowCount: 23, columnCount: 2 });
    });

    it("selection: whole columns with no values in them fall back to the region around the active cell", async () => {
      book.select("Data", 0, 10, 1_048_576, 3);
      expect(await resolveSource({ kind: "selection" })).toMatchObject({ sheet: "Data", address: "K1", rowCount: 1, columnCount: 1 });
      book.select("Empty", 0, 0, 1_048_576, 5);
      expect(await resolveSource({ kind: "selection" })).toMatchObject({ sheet: "Empty", address: "A1", rowCount: 1, columnCount: 1 });
    });

    it("selection: a single selected cell means the region around it", async () => {
      book.select("Data", 5, 3);
      expect((await resolveSource({ kind: "selection" })).address).toBe("B3:D23");
    });

    it("a single blank cell with nothing around is just that cell", async () => {
      book.select("Empty", 4, 4);
      expect(await resolveSource({ kind: "region" })).toMatchObject({ sheet: "Empty", address: "E5", rowCount: 1, columnCount: 1 });
    });
  });

  it("table: the table's range with its header; stored by name", async () => {
    seedLog(book, "Data", 10);
    book.addTable("Data", "A1:C11", true, "Sales");
    expect(await resolveSource({ kind: "table", name: "sales" })).toEqual({
      sheet: "Data",
      address: "A1:C11",
      rowCount: 11,
      columnCount: 3,
      stored: { kind: "table", name: "Sales" },
    });
  });

  it("a missing table is a WorkbookItemNotFoundError naming it", async () => {
    const error = await resolveSource({ kind: "table", name: "Gone" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookItemNotFoundError);
    expect(error).toMatchObject({ item: "table", itemName: "Gone" });
  });

  describe("resolveStoredSource (Refresh on grown data)", () => {
    it("a stored range keeps its columns and first row and grows down to the last used row", async () => {
      seedLog(book, "Data", 20, 2, 1);
      const first = await resolveSource({ kind: "region" }).then(() => resolveStoredSource({ kind: "range", sheet: "Data", address: "B3:D23" }));
      expect(first.address).toBe("B3:D23");
      seedLog(book, "Data", 30, 2, 1);
      // Something in a column outside the stored ones also counts as used rows (the sheet's last used row).
      book.setCell("Data", 39, 8, "far note");
      expect(await resolveStoredSource({ kind: "range", sheet: "data", address: "B3:D23" })).toEqual({
        sheet: "Data",
        address: "B3:D40",
        rowCount: 38,
        columnCount: 3,
        stored: { kind: "range", sheet: "Data", address: "B3:D40" },
      });
    });

    it("a stored range on an emptied sheet keeps one row", async () => {
      book.addSheet("Data");
      expect(await resolveStoredSource({ kind: "range", sheet: "Data", address: "B3:D23" })).toMatchObject({ address: "B3:D3", rowCount: 1 });
    });

    it("a stored table gives its current (grown) range", async () => {
      seedLog(book, "Data", 10);
      const table = book.addTable("Data", "A1:C11", true, "Sales");
      table.address = "A1:C51";
      expect(await resolveStoredSource({ kind: "table", name: "Sales" })).toMatchObject({ address: "A1:C51", rowCount: 51 });
    });

    it("a missing sheet or table is a WorkbookItemNotFoundError naming it; a bad address a TypeError", async () => {
      await expect(resolveStoredSource({ kind: "range", sheet: "Gone", address: "A1:B2" })).rejects.toMatchObject({ item: "sheet", itemName: "Gone" });
      await expect(resolveStoredSource({ kind: "table", name: "Gone" })).rejects.toBeInstanceOf(WorkbookItemNotFoundError);
      await expect(resolveStoredSource({ kind: "range", sheet: "Sheet1", address: "A:B" })).rejects.toBeInstanceOf(TypeError);
    });
  });
});
