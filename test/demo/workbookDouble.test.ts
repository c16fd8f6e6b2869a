import { WorkbookDouble } from "../../src/demo/workbookDouble";

describe("WorkbookDouble public API for the demo page", () => {
  it("install(target) puts Excel.run on the given object only", async () => {
    const book = new WorkbookDouble();
    const frame: { Excel?: { run: (batch: (context: any) => Promise<unknown>) => Promise<unknown> } } = {};
    book.install(frame);
    expect((globalThis as { Excel?: unknown }).Excel).toBeUndefined();
    book.loadRows("Data", [["id", "amount"]]);
    const address = await frame.Excel!.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:B1");
      range.load("values");
      await context.sync();
      return range.values;
    });
    expect(address).toEqual([["id", "amount"]]);
  });

  it("loadRows seeds a sheet from A1 and tells the listeners; onChange fires after syncs that changed something", async () => {
    const book = new WorkbookDouble();
    book.install();
    let changes = 0;
    const stop = book.onChange(() => (changes += 1));
    book.loadRows("Data", [
      ["a", 1],
      ["b", 2],
    ]);
    expect(book.getCell("Data", 1, 1)).toBe(2);
    expect(changes).toBe(1);

    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1");
      range.load("values");
      await context.sync();
      expect(changes).toBe(1);
      range.values = [["c"]];
      expect(changes).toBe(1);
      await context.sync();
    });
    expect(changes).toBe(2);
    stop();
    book.loadRows("Data", [["d"]]);
    expect(changes).toBe(2);
    delete (globalThis as { Excel?: unknown }).Excel;
  });
});
