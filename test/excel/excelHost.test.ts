import { WorkbookDouble } from "../../src/demo/workbook/workbookDouble";
import { installWorkbook, uninstallWorkbook } from "../support/workbookDouble";
import { officeDisplayLanguage } from "../../src/excel/excelHost";
import { withDisplayLanguage } from "../functions/excelErrors";

type ExcelHostModule = typeof import("../../src/excel/excelHost");

/** A fresh copy of src/excel/excelHost, with nothing connected yet. */
function freshExcelHost(): ExcelHostModule {
  let module: ExcelHostModule | undefined;
  jest.isolateModules(() => {
    module = require("../../src/excel/excelHost") as ExcelHostModule;
  });
  return module!;
}

/** The sheet names runExcel sees. */
async function sheetNames({ runExcel }: ExcelHostModule): Promise<string[]> {
  return runExcel(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    return sheets.items.map((sheet) => sheet.name);
  });
}

/** A pane's window under a same-origin parent page that hosts `book`. */
function paneUnder(book: WorkbookDouble, displayLanguage = "da-DK"): { parent: { kundevaerdiInPageHost: { Excel?: unknown; displayLanguage: string } }; Excel?: unknown } {
  const host: { Excel?: unknown; displayLanguage: string } = { displayLanguage };
  book.install(host);
  return { parent: { kundevaerdiInPageHost: host } };
}

describe("connectInPageHost", () => {
  const Excel = { run: () => undefined };

  it("takes the Excel of a same-origin parent that hosts a workbook", () => {
    const view = { parent: { kundevaerdiInPageHost: { Excel, displayLanguage: "da-DK" } } };
    expect(freshExcelHost().connectInPageHost(view as unknown as Window)).toEqual({ Excel, displayLanguage: "da-DK" });
  });

  it("finds none in a top-level page, under a parent without a host, or under a cross-origin parent", () => {
    const { connectInPageHost } = freshExcelHost();
    const top = {} as { parent?: unknown };
    top.parent = top;
    expect(connectInPageHost(top as unknown as Window)).toBeUndefined();
    expect(connectInPageHost({ parent: {} } as unknown as Window)).toBeUndefined();
    expect(connectInPageHost({ parent: { kundevaerdiInPageHost: {} } } as unknown as Window)).toBeUndefined();
    const crossOrigin = {
      get kundevaerdiInPageHost(): unknown {
        throw new DOMException("Blocked a frame from accessing a cross-origin frame.", "SecurityError");
      },
    };
    expect(connectInPageHost({ parent: crossOrigin } as unknown as Window)).toBeUndefined();
  });

  it("puts the host's Excel on the pane's window, as Office would", () => {
    const view = paneUnder(new WorkbookDouble());
    freshExcelHost().connectInPageHost(view as unknown as Window);
    expect(view.Excel).toBe(view.parent.kundevaerdiInPageHost.Excel);
  });
});

describe("runExcel", () => {
  afterEach(uninstallWorkbook);

  it("runs on the global Excel when no in-page host is connected", async () => {
    const global = installWorkbook();
    global.addSheet("Global");
    expect(await sheetNames(freshExcelHost())).toEqual(["Sheet1", "Global"]);
    expect(global.syncCount).toBe(1);
  });

  it("runs on the connected host's Excel, not the global one", async () => {
    const global = installWorkbook();
    const hosted = new WorkbookDouble();
    hosted.addSheet("Hosted");
    const excelHost = freshExcelHost();
    expect(excelHost.connectInPageHost(paneUnder(hosted) as unknown as Window)?.displayLanguage).toBe("da-DK");
    expect(await sheetNames(excelHost)).toEqual(["Sheet1", "Hosted"]);
    expect(hosted.syncCount).toBe(1);
    expect(global.syncCount).toBe(0);
  });

  it("stays on the global Excel when the parent is cross-origin", async () => {
    const global = installWorkbook();
    const excelHost = freshExcelHost();
    const crossOrigin = {
      get kundevaerdiInPageHost(): unknown {
        throw new DOMException("Blocked a frame from accessing a cross-origin frame.", "SecurityError");
      },
    };
    expect(excelHost.connectInPageHost({ parent: crossOrigin } as unknown as Window)).toBeUndefined();
    await sheetNames(excelHost);
    expect(global.syncCount).toBe(1);
  });
});

describe("officeDisplayLanguage", () => {
  it("reads Office's display language; undefined without Office, before it has a context, or when it gives none", () => {
    expect(officeDisplayLanguage()).toBeUndefined();
    expect(withDisplayLanguage("da-DK", officeDisplayLanguage)).toBe("da-DK");
    expect(withDisplayLanguage("", officeDisplayLanguage)).toBeUndefined();
    const global = globalThis as { Office?: unknown };
    global.Office = {};
    try {
      expect(officeDisplayLanguage()).toBeUndefined();
    } finally {
      delete global.Office;
    }
  });
});
