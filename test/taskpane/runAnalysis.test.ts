import { analyzeTransactions } from "../../src/core/analysis/analyzeTransactions";
import { buildReport } from "../../src/core/report/buildReport";
import { analyzeCustomerTable } from "../../src/core/analysis/analyzeCustomerTable";
import { readPurchaseData } from "../../src/core/read/readPurchaseData";
import type { WorkbookDouble } from "../../src/demo/workbook/workbookDouble";
import { renderAnalysisSupport } from "../../src/i18n/rowProblems";
import { reportLabel } from "../../src/i18n/reportLabels";
import { excelWorkbook } from "../../src/taskpane/excelWorkbook";
import { calibrationEndDay, runAnalysis, type RunProgress, type RunRequest } from "../../src/taskpane/runAnalysis";
import { cdnowLog, dayNumber } from "../core/summary/cdnowLog";
import { cdnowCalibrationEnd, cdnowCustomerTableRows } from "../core/summary/cdnowCustomerTable";
import { installWorkbook, uninstallWorkbook } from "../support/workbookDouble";
import { cdnowSheetRows } from "./cdnowSheetRows";
import { defaultChoices } from "../support/analysisSettings";

const choices: RunRequest["analysis"] = defaultChoices(true);

/** CDNOW's first and last purchase days: 1997-01-01 and 1998-06-30. */
const cdnowFirstDay = dayNumber(1997, 1, 1);
const cdnowLastDay = dayNumber(1998, 6, 30);

async function regionRequest(language: RunRequest["language"] = "en", analysis = choices): Promise<RunRequest> {
  return { source: { resolved: await excelWorkbook.resolveSource({ kind: "region" }) }, columns: {}, analysis, language };
}

afterEach(uninstallWorkbook);

describe("calibrationEndDay", () => {
  it("splits CDNOW's 78 weeks into Fader, Hardie & Lee's 39 + 39 (calibration ends 1997-09-30)", () => {
    expect(calibrationEndDay(cdnowFirstDay, cdnowLastDay)).toBe(dayNumber(1997, 9, 30));
    expect(calibrationEndDay(cdnowFirstDay, cdnowLastDay)).toBe(cdnowCalibrationEnd);
  });
});

describe("runAnalysis on the CDNOW sample in the workbook double", () => {
  let book: WorkbookDouble;
  beforeEach(() => {
    book = installWorkbook(cdnowSheetRows());
  });

  it("reads, analyses, writes the five sheets and stores the settings; the figures are the engine's on the independently parsed log", async () => {
    const progress: RunProgress[] = [];
    const outcome = await runAnalysis(excelWorkbook, await regionRequest(), { onProgress: (p) => progress.push(p) });
    if (!outcome.ok) throw new Error(outcome.messages.join("\n"));
    const { result } = outcome;

    expect(result.read.rowsRead).toBe(6919);
    expect(result.data.layout).toBe("transactions");
    const expected = analyzeTransactions(cdnowLog(), {
      timeUnit: "week",
      observationEndDay: cdnowLastDay,
      horizonMonths: 12,
      annualDiscountRate: 0.1,
      grossMargin: 1,
      newCustomers: 0,
      segmentScheme: "rfm",
      calibrationEndDay: cdnowCalibrationEnd,
    });
    expect(result.analysis.kpis).toEqual(expected.kpis);
    expect(result.analysis.value.customerEquity).toEqual(expected.value.customerEquity);
    expect(result.analysis.holdout).toEqual(expected.holdout);
    expect(result.analysis.settings.calibrationEndDay).toBe(cdnowCalibrationEnd);

    expect(result.sheets.map((sheet) => sheet.name)).toEqual(["Overview", "Segments", "Customers", "Segment rules", "Cohorts"]);
    for (const sheet of result.sheets) expect(book.hasSheet(sheet.name)).toBe(true);
    // The Overview starts with its summary sentences, the key figures below them.
    expect(book.getCell("Overview", 0, 0)).toMatch(/^Customer value is an estimate: customer equity is [\d,]+, with an 80 % chance/);
    const lead = buildReport(result.analysis).sheets[0].lead ?? [];
    expect(book.getCell("Overview", lead.length + 1, 0)).toBe(reportLabel("en", "headline"));

    expect(result.stored).toEqual({ version: 1, language: "en", source: { kind: "range", sheet: "Data", address: "A1:E6920" }, columns: {}, analysis: choices });
    expect(await excelWorkbook.loadRunSettings()).toEqual(result.stored);

    const phases = progress.map((p) => p.phase).filter((phase, index, all) => all[index - 1] !== phase);
    expect(phases).toEqual(["find", "read", "analyse", "write"]);
    progress.forEach((p, index) => index > 0 && expect(p.fraction).toBeGreaterThanOrEqual(progress[index - 1].fraction));
    expect(progress[progress.length - 1].fraction).toBe(1);
    // Before the first block is written the total is not known: no "0 of 1 rows".
    expect(progress.find((p) => p.phase === "write")).toEqual({ phase: "write", fraction: 0.55 });
  });

  it("has writeReport store the settings in the batch that commits the sheets, so there are never sheets without settings", async () => {
    const writeReport = jest.fn(excelWorkbook.writeReport);
    const outcome = await runAnalysis({ ...excelWorkbook, writeReport }, await regionRequest("en", { ...choices, holdout: false }));
    if (!outcome.ok) throw new Error(outcome.messages.join("\n"));
    expect(writeReport).toHaveBeenCalledTimes(1);
    expect(writeReport.mock.calls[0][2]).toMatchObject({ runSettings: outcome.result.stored });
    expect(await excelWorkbook.loadRunSettings()).toEqual(outcome.result.stored);
  });

  it("groups the Cohorts sheet by the period chosen", async () => {
    const outcome = await runAnalysis(excelWorkbook, await regionRequest("en", { ...choices, holdout: false, cohortPeriod: "quarter" }));
    if (!outcome.ok) throw new Error(outcome.messages.join("\n"));
    expect(outcome.result.analysis.settings.cohortPeriod).toBe("quarter");
    expect(outcome.result.analysis.cohorts?.table.cohorts.map((cohort) => cohort.label)).toEqual(["1997-Q1"]);
    expect(outcome.result.stored.analysis.cohortPeriod).toBe("quarter");
  });

  it("writes the sheets in the user's language", async () => {
    const outcome = await runAnalysis(excelWorkbook, await regionRequest("da", { ...choices, holdout: false }));
    expect(outcome.ok && outcome.result.sheets.map((sheet) => sheet.name)).toEqual(["Oversigt", "Segmenter", "Kunder", reportLabel("da", "segmentRules"), "Kohorter"]);
    expect(outcome.ok && outcome.result.analysis.holdout).toBeUndefined();
  });

  it("uses the rules edited on the Segment rules sheet, and stops with row and column when they cannot be used", async () => {
    const first = await runAnalysis(excelWorkbook, await regionRequest());
    expect(first.ok).toBe(true);
    // Title, header, then the rules: the first rule's "R max" (column C) in sheet row 3.
    expect(book.getCell("Segment rules", 1, 2)).toBe(reportLabel("en", "rMax"));
    book.setCell("Segment rules", 2, 2, 6);
    const before = book.snapshot();
    const second = await runAnalysis(excelWorkbook, await regionRequest());
    expect(second).toEqual({ ok: false, messages: [expect.stringContaining("Segment rules"), expect.stringMatching(/row 3, column C/i)] });
    expect(book.snapshot()).toEqual(before);
  });

  it("on Refresh finds a stored range again down to the last row, so new purchases are included", async () => {
    const rows = cdnowSheetRows();
    const shorter = installWorkbook(rows.slice(0, 6001));
    const first = await runAnalysis(excelWorkbook, await regionRequest());
    if (!first.ok) throw new Error(first.messages.join("\n"));
    expect(first.result.read.rowsRead).toBe(6000);
    shorter.setValues("Data", 6001, 0, rows.slice(6001));
    const { stored } = first.result;
    const refreshed = await runAnalysis(excelWorkbook, { source: { stored: stored.source }, columns: stored.columns, analysis: stored.analysis, language: "en" });
    if (!refreshed.ok) throw new Error(refreshed.messages.join("\n"));
    expect(refreshed.result.read.rowsRead).toBe(6919);
    expect(refreshed.result.analysis.summary.observationEndDay).toBe(cdnowLastDay);
  });

  it("cancelled before it starts, it throws an AbortError and leaves the workbook as it was", async () => {
    const before = book.snapshot();
    const controller = new AbortController();
    controller.abort();
    await expect(runAnalysis(excelWorkbook, await regionRequest(), { signal: controller.signal })).rejects.toMatchObject({ name: "AbortError" });
    expect(book.snapshot()).toEqual(before);
  });
});

describe("runAnalysis on other data", () => {
  it("analyses a per-customer table with the table stages (no holdout: a table cannot be split in time)", async () => {
    installWorkbook(cdnowCustomerTableRows() as Array<Array<string | number>>, "Kunder");
    const outcome = await runAnalysis(excelWorkbook, await regionRequest());
    if (!outcome.ok) throw new Error(outcome.messages.join("\n"));
    const data = readPurchaseData(cdnowCustomerTableRows());
    if (data.layout !== "customerTable") throw new Error("expected a per-customer table");
    const expected = analyzeCustomerTable(data.table, { ...choices, currency: undefined, observationEndDay: cdnowCalibrationEnd, segmentRules: undefined });
    expect(outcome.result.data.layout).toBe("customerTable");
    expect(outcome.result.analysis.value.customerEquity).toEqual(expected.value.customerEquity);
    expect(outcome.result.analysis.holdout).toBeUndefined();
  });

  it("stops with the reason when a per-customer table lacks what the CLV needs, writing nothing", async () => {
    const book = installWorkbook([["Kunde", "Antal køb"], ["Anna", 3], ["Bo", 1]]);
    const before = book.snapshot();
    const outcome = await runAnalysis(excelWorkbook, await regionRequest("da"));
    const data = readPurchaseData([["Kunde", "Antal køb"], ["Anna", 3]]);
    if (data.layout !== "customerTable") throw new Error("expected a per-customer table");
    expect(outcome).toEqual({
      ok: false,
      messages: [renderAnalysisSupport({ analysis: "simpleClv", supported: false, missing: ["amounts"] }, "da")],
    });
    expect(book.snapshot()).toEqual(before);
  });

  it("stops when the log has no amount column, or nothing could be read", async () => {
    installWorkbook([["Kunde", "Dato"], ["Anna", "2024-01-31"]]);
    expect(await runAnalysis(excelWorkbook, await regionRequest("sv"))).toEqual({
      ok: false,
      messages: ["Data har ingen beloppskolumn, så kundvärdet kan inte beräknas. Välj beloppskolumnen."],
    });
    installWorkbook([["Kunde", "Dato", "Beløb"], ["Anna", "31-02-2024", 100]]);
    expect(await runAnalysis(excelWorkbook, await regionRequest("en"))).toEqual({
      ok: false,
      messages: ["No row could be read, so there is nothing to analyse. See the rows listed below."],
    });
  });

  it("words the engine's refusal of an observation end before every purchase", async () => {
    installWorkbook(cdnowSheetRows());
    const outcome = await runAnalysis(excelWorkbook, await regionRequest("en", { ...choices, holdout: false, observationEndDay: cdnowFirstDay - 1 }));
    expect(outcome).toEqual({ ok: false, messages: ["No customer bought anything on or before 31 Dec 1996. Choose a later observation end date."] });
  });
});
