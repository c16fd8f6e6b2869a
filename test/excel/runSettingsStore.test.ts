import { loadRunSettings, parseStoredRun, RUN_SETTINGS_KEY, saveRunSettings, type StoredRun } from "../../src/excel/runSettingsStore";
import type { WorkbookDouble } from "../../src/demo/workbook/workbookDouble";
import { installWorkbook, uninstallWorkbook } from "../support/workbookDouble";

const run: StoredRun = {
  version: 1,
  language: "da",
  source: { kind: "range", sheet: "Data", address: "A1:E6920" },
  columns: { customer: "Kunde", date: 1, quantity: null },
  dateOrder: "dmy",
  analysis: {
    timeUnit: "week",
    observationEndDay: null,
    horizonMonths: 12,
    annualDiscountRate: 0.1,
    grossMargin: 0.3,
    newCustomers: 0,
    segmentScheme: "rfm",
    holdout: true,
  },
};

describe("run settings store", () => {
  let book: WorkbookDouble;
  beforeEach(() => (book = installWorkbook()));
  afterEach(uninstallWorkbook);

  it("round-trips a run through the workbook settings, one sync each way, replacing the previous run", async () => {
    await saveRunSettings({ ...run, source: { kind: "table", name: "Old" } });
    await saveRunSettings(run);
    expect(book.syncCount).toBe(2);
    expect([...book.settings.keys()]).toEqual([RUN_SETTINGS_KEY]);
    expect(await loadRunSettings()).toEqual(run);
    expect(book.syncCount).toBe(3);
  });

  it("keeps a day number for the observation end and a table source", async () => {
    const other: StoredRun = { ...run, source: { kind: "table", name: "Sales" }, analysis: { ...run.analysis, observationEndDay: 10_134, timeUnit: "day" } };
    await saveRunSettings(other);
    expect(await loadRunSettings()).toEqual(other);
  });

  it("gives undefined when nothing is stored", async () => {
    expect(await loadRunSettings()).toBeUndefined();
  });

  it.each<[string, unknown]>([
    ["text that is not JSON", "{not json"],
    ["a number", 42],
    ["JSON null", "null"],
    ["a later version", JSON.stringify({ ...run, version: 2 })],
    ["no source", JSON.stringify({ ...run, source: undefined })],
    ["a range source with a bad address", JSON.stringify({ ...run, source: { kind: "range", sheet: "Data", address: "A:E" } })],
    ["an unknown column role", JSON.stringify({ ...run, columns: { colour: 2 } })],
    ["a negative column index", JSON.stringify({ ...run, columns: { customer: -1 } })],
    ["a bad date order", JSON.stringify({ ...run, dateOrder: "ymd" })],
    ["a text horizon", JSON.stringify({ ...run, analysis: { ...run.analysis, horizonMonths: "12" } })],
    ["a fractional end day", JSON.stringify({ ...run, analysis: { ...run.analysis, observationEndDay: 1.5 } })],
    ["an unknown scheme", JSON.stringify({ ...run, analysis: { ...run.analysis, segmentScheme: "abc" } })],
    ["a missing holdout", JSON.stringify({ ...run, analysis: { ...run.analysis, holdout: undefined } })],
  ])("gives undefined, never throws, for %s", async (_label, stored) => {
    book.setSetting(RUN_SETTINGS_KEY, stored);
    await expect(loadRunSettings()).resolves.toBeUndefined();
  });

  it("keeps a chosen currency or none, and refuses one it does not know", () => {
    const analysis = { timeUnit: "week", observationEndDay: null, horizonMonths: 12, annualDiscountRate: 0.1, grossMargin: 1, newCustomers: 0, segmentScheme: "rfm", holdout: false };
    const stored = (currency: unknown) => ({ version: 1, source: { kind: "table", name: "Salg" }, columns: {}, analysis: { ...analysis, currency } });
    expect(parseStoredRun(stored("EUR"))?.analysis.currency).toBe("EUR");
    expect(parseStoredRun(stored(null))?.analysis.currency).toBeNull();
    expect(parseStoredRun(stored("XYZ"))).toBeUndefined();
    expect(parseStoredRun(stored(undefined))?.analysis).not.toHaveProperty("currency");
  });

  it("keeps a cohort period it knows and refuses another", () => {
    const analysis = { timeUnit: "week", observationEndDay: null, horizonMonths: 12, annualDiscountRate: 0.1, grossMargin: 1, newCustomers: 0, segmentScheme: "rfm", holdout: false };
    const stored = (cohortPeriod: unknown) => ({ version: 1, source: { kind: "table", name: "Salg" }, columns: {}, analysis: { ...analysis, cohortPeriod } });
    expect(parseStoredRun(stored("quarter"))?.analysis.cohortPeriod).toBe("quarter");
    expect(parseStoredRun(stored("year"))).toBeUndefined();
    expect(parseStoredRun(stored(undefined))?.analysis).not.toHaveProperty("cohortPeriod");
  });

  it("drops unknown fields and accepts a run stored as an object rather than text", () => {
    expect(parseStoredRun({ ...run, extra: "x", analysis: { ...run.analysis, seed: 7 } })).toEqual(run);
    const minimal: StoredRun = { version: 1, source: run.source, columns: {}, analysis: run.analysis };
    expect(parseStoredRun(minimal)).toEqual(minimal);
  });
});
