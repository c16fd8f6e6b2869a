import { parseA1 } from "../../../src/demo/workbook/cellAddressing";
import { WorkbookDouble } from "../../../src/demo/workbook/workbookDouble";
import { areaAddress as areaToA1 } from "../../../src/excel/a1";
import { excelRunOf, type ExcelRun } from "../../support/workbookDouble";

describe("WorkbookDouble", () => {
  let book: WorkbookDouble;
  let run: ExcelRun;

  beforeEach(() => {
    book = new WorkbookDouble();
    run = excelRunOf(book);
  });

  describe("public API for the demo page", () => {
    it("install(target) puts Excel.run on the given object only", async () => {
      expect((globalThis as { Excel?: unknown }).Excel).toBeUndefined();
      book.loadRows("Data", [["id", "amount"]]);
      const values = await run(async (context) => {
        const range = context.workbook.worksheets.getItem("Data").getRange("A1:B1");
        range.load("values");
        await context.sync();
        return range.values;
      });
      expect(values).toEqual([["id", "amount"]]);
    });

    it("loadRows seeds a sheet from A1 and tells the listeners; onChange fires after syncs that changed something only", async () => {
      let changes = 0;
      const stop = book.onChange(() => (changes += 1));
      book.loadRows("Data", [
        ["a", 1],
        ["b", 2],
      ]);
      expect(book.getCell("Data", 1, 1)).toBe(2);
      expect(changes).toBe(1);

      await run(async (context) => {
        const range = context.workbook.worksheets.getItem("Data").getRange("A1");
        range.load("values");
        await context.sync();
        expect(changes).toBe(1);
        range.values = [["c"]];
        expect(changes).toBe(1);
        await context.sync();
      });
      expect(changes).toBe(2);
      book.select("Data", 1, 0);
      expect(changes).toBe(3);
      stop();
      book.loadRows("Data", [["d"]]);
      expect(changes).toBe(3);
    });

    it("reports sheet names, the active sheet, the selection, used sizes, cell values and formats", () => {
      book.loadRows("Data", [["a"], ["b"]]);
      book.setCell("Data", 4, 2, 9);
      book.setNumberFormat("Data", 4, 2, "0.0%");
      book.select("Data", 1, 0, 2, 3);
      expect(book.sheetNames()).toEqual(["Sheet1", "Data"]);
      expect(book.activeSheet).toBe("Data");
      expect(book.selection).toEqual({ sheet: "Data", row: 1, column: 0, rowCount: 2, columnCount: 3 });
      expect(book.usedSize("Data")).toEqual({ rowCount: 5, columnCount: 3 });
      expect(book.usedSize("Sheet1")).toEqual({ rowCount: 0, columnCount: 0 });
      expect(book.getValue("Data", 4, 2)).toBe(9);
      expect(book.getNumberFormat("Data", 4, 2)).toBe("0.0%");
      expect(book.getNumberFormat("Data", 0, 0)).toBe("General");
    });

    it("formulas show their result; an array result spills and is reported like Excel's values/formulas", async () => {
      book.setFormula("S", 0, 0, "=KV.RFM(A1)", [
        [1, 2],
        [3, 4],
      ]);
      expect(book.getCell("S", 0, 0)).toBe("=KV.RFM(A1)");
      expect(book.getValue("S", 0, 0)).toBe(1);
      expect(book.getValue("S", 1, 1)).toBe(4);
      expect(book.getCell("S", 1, 1)).toBe("");
      expect(book.usedSize("S")).toEqual({ rowCount: 2, columnCount: 2 });
      const { values, formulas } = await run(async (context) => {
        const range = context.workbook.worksheets.getItem("S").getRange("A1:B2");
        range.load(["values", "formulas"]);
        await context.sync();
        return { values: range.values, formulas: range.formulas };
      });
      expect(values).toEqual([
        [1, 2],
        [3, 4],
      ]);
      expect(formulas).toEqual([
        ["=KV.RFM(A1)", 2],
        [3, 4],
      ]);
      // A constant over the formula removes its spill.
      book.setCell("S", 0, 0, 7);
      expect(book.getValue("S", 1, 1)).toBe("");
      expect(book.usedSize("S")).toEqual({ rowCount: 1, columnCount: 1 });
    });

    it("snapshot is plain data that changes exactly when the workbook does", () => {
      book.loadRows("Data", [["a"]]);
      const before = book.snapshot();
      expect(book.snapshot()).toEqual(before);
      book.setNumberFormat("Data", 0, 0, "@");
      expect(book.snapshot()).not.toEqual(before);
    });
  });

  describe("load/sync strictness", () => {
    beforeEach(() => book.loadRows("Data", [[1, 2]]));

    it.each<[string, (context: any) => unknown]>([
      ["range.values", (context) => context.workbook.worksheets.getItem("Data").getRange("A1").load("values").values],
      ["range.address", (context) => context.workbook.getSelectedRange().address],
      ["worksheet.name", (context) => context.workbook.worksheets.getItem("Data").name],
      ["worksheets.items", (context) => context.workbook.worksheets.load("items/name").items],
      ["tables.items", (context) => context.workbook.tables.load("items/name").items],
      ["setting.value", (context) => context.workbook.settings.getItemOrNullObject("k").value],
      ["setting.isNullObject", (context) => context.workbook.settings.getItemOrNullObject("k").isNullObject],
      ["enableEvents", (context) => context.runtime.enableEvents],
      ["named item comment", (context) => context.workbook.worksheets.getItem("Data").names.getItemOrNullObject("x").load("comment").comment],
    ])("reading %s before a sync throws PropertyNotLoaded", async (_label, read) => {
      await expect(run(async (context) => read(context))).rejects.toThrow(/PropertyNotLoaded/);
    });

    it("a property loaded and synced reads, one not loaded still throws after the sync", async () => {
      await run(async (context) => {
        const range = context.workbook.worksheets.getItem("Data").getRange("A1:B1");
        range.load("address");
        await context.sync();
        expect(range.address).toBe("Data!A1:B1");
        expect(() => range.values).toThrow(/PropertyNotLoaded/);
      });
    });

    it("writes land at the sync, in order; the payload of values loaded and written is counted", async () => {
      await run(async (context) => {
        const range = context.workbook.worksheets.getItem("Data").getRange("A1:B1");
        range.values = [["x", "y"]];
        expect(book.getCell("Data", 0, 0)).toBe(1);
        await context.sync();
        expect(book.getCell("Data", 0, 0)).toBe("x");
        range.load("values");
        await context.sync();
      });
      expect(book.syncPayloadBytes).toEqual([JSON.stringify([["x", "y"]]).length, JSON.stringify([["x", "y"]]).length]);
    });

    it("a failing operation stops its batch there: earlier operations stay applied, later ones are dropped", async () => {
      await expect(
        run(async (context) => {
          const sheets = context.workbook.worksheets;
          sheets.getItem("Data").getRange("A1").values = [["before"]];
          sheets.getItem("Missing").getRange("A1").values = [["x"]];
          sheets.getItem("Data").getRange("B1").values = [["after"]];
          await context.sync();
        }),
      ).rejects.toThrow(/ItemNotFound/);
      expect(book.getCell("Data", 0, 0)).toBe("before");
      expect(book.getCell("Data", 0, 1)).toBe(2);
    });

    it("getItemOrNullObject gives a null object whose properties load as null", async () => {
      const result = await run(async (context) => {
        const sheet = context.workbook.worksheets.getItemOrNullObject("Missing").load("name");
        const table = context.workbook.tables.getItemOrNullObject("T").load("name");
        await context.sync();
        return [sheet.isNullObject, sheet.name, table.isNullObject, table.name];
      });
      expect(result).toEqual([true, null, true, null]);
    });

    it("beforeSync and failSyncAt let tests act at a given sync; a failed sync applies nothing", async () => {
      const seen: number[] = [];
      book.beforeSync((n) => seen.push(n));
      book.failSyncAt(2);
      await expect(
        run(async (context) => {
          const range = context.workbook.worksheets.getItem("Data").getRange("A1");
          await context.sync();
          range.values = [["lost"]];
          await context.sync();
        }),
      ).rejects.toThrow(/injected/);
      expect(seen).toEqual([1, 2]);
      expect(book.getCell("Data", 0, 0)).toBe(1);
    });
  });

  describe("modelled Excel behaviour", () => {
    it("applies Excel's typing rules to writes: apostrophe text, number-like text, formulas, Text format", async () => {
      book.addSheet("T");
      book.setNumberFormat("T", 0, 4, "@");
      await run(async (context) => {
        context.workbook.worksheets.getItem("T").getRange("A1:E1").values = [["'00123", "00123", "=A1", "plain", "=kept as text"]];
        await context.sync();
      });
      expect([0, 1, 2, 3, 4].map((c) => book.getCell("T", 0, c))).toEqual(["00123", 123, "=A1", "plain", "=kept as text"]);
      expect([0, 1, 2, 3, 4].map((c) => book.isFormula("T", 0, c))).toEqual([false, false, true, false, false]);
      expect(book.getValue("T", 0, 2)).toBe("#N/A");
    });

    it("renames and deletes sheets with what is on them; keeps one visible sheet; rejects invalid names", async () => {
      book.loadRows("Data", [["a"]]);
      book.addTable("Data", "A1:A1", true);
      book.addName("Data", "marker", "note");
      await run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Data");
        sheet.name = "Renamed";
        // The proxy follows the sheet through the rename.
        sheet.getRange("B1").values = [["b"]];
        await context.sync();
      });
      expect(book.sheetNames()).toEqual(["Sheet1", "Renamed"]);
      expect(book.getCell("Renamed", 0, 1)).toBe("b");
      expect(book.tables[0].sheet).toBe("Renamed");
      expect(book.nameComment("Renamed", "marker")).toBe("note");
      book.deleteSheet("Renamed");
      expect(book.tables).toEqual([]);
      expect(() => book.deleteSheet("Sheet1")).toThrow(/at least one visible/);
      book.addSheet("Hidden");
      book.setSheetVisibility("Hidden", "Hidden");
      expect(book.sheetVisibility("Hidden")).toBe("Hidden");
      // A hidden sheet does not count: Sheet1 is still the last visible one.
      expect(() => book.deleteSheet("Sheet1")).toThrow(/at least one visible/);
      expect(() => book.setSheetVisibility("Sheet1", "Hidden")).toThrow(/at least one visible/);
      expect(() => book.addSheet("a/b")).toThrow(expect.objectContaining({ code: "InvalidArgument" }));
      expect(() => book.renameSheet("Sheet1", "x".repeat(32))).toThrow(expect.objectContaining({ code: "InvalidArgument" }));
    });

    it("finds the used range (null object for an empty sheet; formats count unless valuesOnly)", async () => {
      book.setCell("Sheet1", 2, 1, "x");
      book.setNumberFormat("Sheet1", 9, 5, "0");
      book.addSheet("Empty");
      const [all, valuesOnly, empty] = await run(async (context) => {
        const sheets = context.workbook.worksheets;
        const ranges = [
          sheets.getItem("Sheet1").getUsedRangeOrNullObject().load("address"),
          sheets.getItem("Sheet1").getUsedRangeOrNullObject(true).load("address"),
          sheets.getItem("Empty").getUsedRangeOrNullObject(true).load("address"),
        ];
        await context.sync();
        return ranges.map((range) => (range.isNullObject ? null : range.address));
      });
      expect([all, valuesOnly, empty]).toEqual(["Sheet1!B3:F10", "Sheet1!B3", null]);
    });

    it("models the surrounding region (Excel's current region) and the active cell", async () => {
      book.setValues("Sheet1", 1, 1, [
        ["a", "b"],
        ["c", ""],
      ]);
      book.setCell("Sheet1", 3, 3, "diagonal");
      book.setCell("Sheet1", 6, 6, "far");
      book.select("Sheet1", 1, 1);
      const addresses = await run(async (context) => {
        const region = context.workbook.getActiveCell().getSurroundingRegion().load("address");
        const lone = context.workbook.worksheets.getItem("Sheet1").getRange("G7").getSurroundingRegion().load("address");
        await context.sync();
        return [region.address, lone.address];
      });
      expect(addresses).toEqual(["Sheet1!B2:D4", "Sheet1!G7"]);
    });

    it("quotes sheet names in addresses like Excel", async () => {
      book.addSheet("Q1 '24");
      const address = await run(async (context) => {
        const range = context.workbook.worksheets.getItem("Q1 '24").getRange("A1:B2").load("address");
        await context.sync();
        return range.address;
      });
      expect(address).toBe("'Q1 ''24'!A1:B2");
    });

    it("stores settings as JSON like the file does", async () => {
      const value = await run(async (context) => {
        context.workbook.settings.add("k", { a: [1, "x"], when: undefined });
        await context.sync();
        const setting = context.workbook.settings.getItemOrNullObject("k");
        setting.load("value");
        await context.sync();
        return setting.value;
      });
      expect(value).toEqual({ a: [1, "x"] });
      expect(book.settings.get("k")).toBe('{"a":[1,"x"]}');
    });

    it("parses and prints A1 addresses", () => {
      expect(parseA1("$B$2:C10")).toEqual({ row: 1, column: 1, rowCount: 9, columnCount: 2 });
      expect(areaToA1({ row: 0, column: 26, rowCount: 1, columnCount: 1 })).toBe("AA1");
      expect(() => parseA1("A:A")).toThrow(/does not model/);
    });
  });
});
