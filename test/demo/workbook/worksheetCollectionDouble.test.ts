import { WorkbookDouble } from "../../../src/demo/workbook/workbookDouble";
import { excelRunOf, type ExcelRun } from "../../support/workbookDouble";

// Microsoft Support, "Rename a worksheet"; the rules themselves are tested in sheetNameRules.test.ts.
describe("WorksheetCollectionDouble names", () => {
  let book: WorkbookDouble;
  let run: ExcelRun;

  beforeEach(() => {
    book = new WorkbookDouble();
    run = excelRunOf(book);
  });

  function addSheet(name: string): Promise<void> {
    return run(async (context) => {
      context.workbook.worksheets.add(name);
      await context.sync();
    });
  }

  it.each([[""], ["x".repeat(32)], ["Q1/Q2"], ["Kunder?"], ["[Data]"], ["'Kunder"], ["Kunder'"], ["History"], ["HISTORY"]])(
    "worksheets.add refuses %p with InvalidArgument",
    async (name) => {
      await expect(addSheet(name)).rejects.toMatchObject({ code: "InvalidArgument" });
      expect(book.sheetNames()).toEqual(["Sheet1"]);
    },
  );

  it("takes 31 characters, apostrophes inside, and a name like History that is not it", async () => {
    for (const name of ["x".repeat(31), "Kunders 'bedste' køb", "Historik"]) await addSheet(name);
    expect(book.sheetNames()).toEqual(["Sheet1", "x".repeat(31), "Kunders 'bedste' køb", "Historik"]);
  });

  it("refuses a name another sheet has in any case with ItemAlreadyExists", async () => {
    await addSheet("Køb");
    await expect(addSheet("KØB")).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  });

  it("holds a rename to the same rules; a sheet may take its own name in another case", async () => {
    await expect(
      run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").name = "x".repeat(32);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").name = "SHEET1";
      await context.sync();
    });
    expect(book.sheetNames()).toEqual(["SHEET1"]);
  });
});
