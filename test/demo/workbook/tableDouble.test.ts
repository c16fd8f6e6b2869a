import { WorkbookDouble } from "../../../src/demo/workbook/workbookDouble";
import { excelRunOf, type ExcelRun } from "../../support/workbookDouble";

// Microsoft Support, "Rename an Excel table"; the rules themselves are tested in tableNameRules.test.ts.
describe("TableDouble names", () => {
  let book: WorkbookDouble;
  let run: ExcelRun;

  beforeEach(() => {
    book = new WorkbookDouble();
    book.loadRows("Data", [
      ["Kunde", "Beløb"],
      ["A", 1],
    ]);
    run = excelRunOf(book);
  });

  /** Adds a table over A1:B2 and names it `name`, in one batch. */
  function addNamed(name: string): Promise<void> {
    return run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const table = sheet.tables.add(sheet.getRange("A1:B2"), true);
      table.name = name;
      await context.sync();
    });
  }

  it("names a new table Table1 and renames it through the proxy tables.add returns", async () => {
    await addNamed("Køb_2024");
    expect(book.tables).toEqual([{ name: "Køb_2024", sheet: "Data", address: "A1:B2", hasHeaders: true }]);
    const address = await run(async (context) => {
      const range = context.workbook.tables.getItemOrNullObject("KØB_2024").getRange().load("address");
      await context.sync();
      return range.address;
    });
    expect(address).toBe("Data!A1:B2");
  });

  it.each([["A1"], ["R1C1"], ["r"], ["Sales 2024"], ["2024Sales"], ["x".repeat(256)]])("refuses the name %p with InvalidArgument", async (name) => {
    await expect(addNamed(name)).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(book.tables.map((table) => table.name)).toEqual(["Table1"]);
  });

  it("takes a 255-character name and one past the last column", async () => {
    await addNamed("x".repeat(255));
    await addNamed("XFE1");
    expect(book.tables.map((table) => table.name)).toEqual(["x".repeat(255), "XFE1"]);
  });

  it("refuses a name another table has in any case with ItemAlreadyExists; a table may take its own name in another case", async () => {
    await addNamed("Sales");
    await expect(addNamed("SALES")).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    expect(() => book.addTable("Data", "D1:D2", true, "sales")).toThrow(expect.objectContaining({ code: "ItemAlreadyExists" }));
    expect(() => book.addTable("Data", "D1:D2", true, "C1")).toThrow(expect.objectContaining({ code: "InvalidArgument" }));
    await run(async (context) => {
      context.workbook.tables.getItemOrNullObject("Sales").name = "SALES";
      await context.sync();
    });
    expect(book.tables.map((table) => table.name)).toEqual(["SALES", "Table1"]);
  });
});
