import { jsonReportChunks, renderJsonReport } from "../../src/cli/jsonReport";
import { outputText } from "../../src/cli/outputText";
import { analyzeTransactions } from "../../src/core/analysis/analyzeTransactions";
import { dayOfIsoDateText } from "../../src/core/read/civilDate";
import { buildReport } from "../../src/core/report/buildReport";
import type { Report, ReportCell } from "../../src/core/report/reportModel";
import { columnReader, figures, reportedRetention, reportTable } from "../../src/core/report/reportReader";
import { cdnowData } from "./cdnowData";
import { smallRead, smallReport, withRetention } from "./smallReport";

const json = (report: Report, language: "en" | "da" | "sv" = "en") => JSON.parse(renderJsonReport(report, smallRead, language));

describe("renderJsonReport on a report written by hand", () => {
  it("prints every figure of the report and what was read, and nothing else", () => {
    const printed = renderJsonReport(smallReport(), smallRead, "en");
    expect(printed.endsWith("}\n")).toBe(true);
    expect(JSON.parse(printed)).toEqual({
      customers: 4,
      layout: "transactions",
      encoding: null,
      delimiter: null,
      transactions: 11,
      rowsRead: 11,
      rowsSkipped: 1,
      emptyRows: 0,
      problems: [{ ...smallRead.problems[0], message: "Row 7, column 'Købsdato': '31-02-2024' is not a valid date; correct the day, month or year." }],
      notices: [expect.stringMatching(/'03\/04\/2024' \(row 2\).* If the dates are month first, run again with --date-order mdy\.$/)],
      timeUnit: "day",
      observationEnd: "2024-01-01",
      settings: { horizonMonths: 24, customerLifetimeYears: null, yearlyRetentionRate: null, observedYears: null, annualDiscountRate: 0.08, grossMargin: 0.3, newCustomers: 10 },
      kpis: { customers: 4, purchases: 9, revenue: 1234.5, repeatCustomers: 2, repeatPurchaseRate: 0.5, averageOrderValue: 137.1667, purchaseFrequency: 2.25 },
      purchaseModel: { used: null, choice: null, compared: [] },
      retention: null,
      cohorts: null,
      method: { kind: "model", spend: "customerAverage", spendReason: { code: "tooFewRepeatBuyersWithSpend", model: "gammaGamma", repeatBuyersWithSpend: 2, minimum: 10 } },
      methodNotes: [],
      summary: [],
      currency: null,
      models: {
        bgnbd: {
          r: 0.5,
          alpha: 12.5,
          a: 0.9,
          b: 3.1,
          logLikelihood: -123.456,
          convergence: { converged: true, iterations: 21, evaluations: 30, gradientNorm: 1e-9, logLikelihood: -123.456, stopReason: "gradientSmall" },
        },
        gammaGamma: {
          unavailable: { code: "tooFewRepeatBuyersWithSpend", model: "gammaGamma", repeatBuyersWithSpend: 2, minimum: 10 },
          message: "The spend model (Gamma-Gamma) needs at least 10 repeat buyers with a positive amount; the data has 2.",
        },
      },
      spendIndependence: { repeatBuyers: 2, correlation: null, questionable: false },
      customerEquity: { value: 2500, low: 2000, high: 3100 },
      segments: [
        { id: "champions", name: "Champions", customers: 1, share: 0.25, revenue: 1000, clv: 1500, averageClv: 1500, averagePAlive: 0.9, averagePurchaseChance: null },
        { id: "hibernating", name: "Hibernating", customers: 3, share: 0.75, revenue: 234.5, clv: 1000, averageClv: 333.3333, averagePAlive: null, averagePurchaseChance: null },
      ],
      perCustomer: [
        {
          id: "K1",
          purchases: 4,
          averageOrderValue: null,
          frequency: 3,
          recency: 700.123457,
          T: 723,
          monetary: 250.123457,
          pAlive: 0.912346,
          purchaseChance: null,
          expectedPurchases: 2.345679,
          clv: 1500.1235,
          clvLow: 1200.9877,
          clvHigh: 1800.5556,
          segment: "champions",
        },
        { id: "K2", purchases: 1, averageOrderValue: null, frequency: 0, recency: 0, T: 223, monetary: 0, pAlive: null, purchaseChance: null, expectedPurchases: null, clv: 30, clvLow: null, clvHigh: null, segment: null },
      ],
    });
  });

  it("words segment names, problems and model messages in the language asked for", () => {
    const danish = json(smallReport(), "da");
    expect(danish.segments.map((segment: { name: string }) => segment.name)).toEqual(["Topkunder", "I dvale"]);
    expect(danish.problems[0].message).toBe("Række 7, kolonne »Købsdato«: »31-02-2024« er ikke en gyldig dato; ret dag, måned eller år.");
    expect(danish.models.gammaGamma.message).toMatch(/^Forbrugsmodellen \(Gamma-Gamma\) kræver mindst 10/);
  });

  it("gives the simple method the BG/NBD's reason, read back with its stop reason, and its lifetime and note", () => {
    const printed = json(smallReport({ simple: true }));
    const reason = { code: "notConverged", model: "bgnbd", stopReason: "iterationLimit", iterations: 200, gradientNorm: 0.25 };
    expect(printed.method).toEqual({ kind: "simple", reason });
    expect(printed.settings).toMatchObject({ horizonMonths: null, customerLifetimeYears: 2, observedYears: 1.5 });
    expect(printed.methodNotes).toEqual([expect.stringMatching(/^CLV is the simple formula/)]);
    expect(printed.models.bgnbd).toEqual({ unavailable: reason, message: expect.stringContaining("after 200 steps") });
    expect(printed.customerEquity).toEqual({ value: 2500, low: null, high: null });
  });

  it("prints the retention by month and its averages when the report has them", () => {
    expect(json(withRetention(smallReport())).retention).toEqual({
      averageRetentionRate: 0.6,
      averageChurnRate: 0.4,
      months: [
        { month: "2024-01", active: 2, newCustomers: 2, retained: 0, retentionRate: null, churnRate: null, complete: true },
        { month: "2024-02", active: 3, newCustomers: 1, retained: 2, retentionRate: 1, churnRate: 0, complete: true },
        { month: "2024-03", active: 2, newCustomers: 1, retained: 1, retentionRate: 1 / 3, churnRate: 2 / 3, complete: true },
        { month: "2024-04", active: 1, newCustomers: 0, retained: 1, retentionRate: 0.5, churnRate: 0.5, complete: false },
      ],
    });
  });

  it("lists at most 100 problems", () => {
    const many = { ...smallRead, rowsSkipped: 150, problems: Array.from({ length: 150 }, (_, i) => ({ ...smallRead.problems[0], row: i + 2 })) };
    expect(JSON.parse(renderJsonReport(smallReport(), many, "en")).problems).toHaveLength(100);
  });
});

describe("renderJsonReport on the CDNOW sample", () => {
  const data = cdnowData();
  const settings = { timeUnit: "week", observationEndDay: dayOfIsoDateText("1997-09-30"), horizonMonths: 12, annualDiscountRate: 0.1, grossMargin: 1, newCustomers: 0, segmentScheme: "rfm" } as const;
  const report = buildReport(analyzeTransactions(data.log, settings));
  const printed = JSON.parse(renderJsonReport(report, data.diagnostics, "en"));
  const headline = figures(reportTable(report, "headline"));
  const assumptions = figures(reportTable(report, "assumptions"));

  it("prints the headline and assumption figures as the report has them", () => {
    for (const name of ["customers", "purchases", "revenue", "repeatCustomers", "repeatPurchaseRate", "averageOrderValue", "purchaseFrequency"]) {
      expect(printed.kpis[name]).toBe(headline(name));
    }
    expect(printed.customers).toBe(headline("customers"));
    expect(printed.customerEquity).toEqual({ value: headline("customerEquity"), low: headline("customerEquityLow"), high: headline("customerEquityHigh") });
    for (const name of ["horizonMonths", "annualDiscountRate", "grossMargin", "newCustomers"]) expect(printed.settings[name]).toBe(assumptions(name));
    expect(dayOfIsoDateText(printed.observationEnd)).toBe(assumptions("observationEnd"));
  });

  it("prints the retention by month as the report has it: January–September 1997, every month complete", () => {
    expect(printed.retention).toEqual(reportedRetention(report));
    expect(printed.retention.months.map((month: { month: string }) => month.month)).toEqual(["1997-01", "1997-02", "1997-03", "1997-04", "1997-05", "1997-06", "1997-07", "1997-08", "1997-09"]);
    // February 1997: 124 of January's 781 buyers bought again (test/core/summary/periodRetention.test.ts counts it by a plain loop).
    expect(printed.retention.months[1]).toEqual({ month: "1997-02", active: 981, newCustomers: 857, retained: 124, retentionRate: 124 / 781, churnRate: 657 / 781, complete: true });
  });

  it("prints the model estimates of the model parameters table and the spend independence figures", () => {
    const parameters = reportTable(report, "modelParameters");
    const cell = columnReader(parameters);
    for (const row of parameters.rows) expect(printed.models[String(cell(row, "model"))][String(cell(row, "parameter"))]).toBe(cell(row, "estimate"));
    const independence = figures(reportTable(report, "spendIndependence"));
    expect(printed.spendIndependence).toEqual({ repeatBuyers: independence("repeatBuyersWithSpend"), correlation: independence("spendCorrelation"), questionable: false });
  });

  it("prints each segment row and each customer row of the report (customer figures rounded)", () => {
    const segments = reportTable(report, "segments");
    const segment = columnReader(segments);
    expect(printed.segments.map((row: Record<string, ReportCell>) => [row.id, row.customers, row.share, row.revenue, row.clv, row.averageClv, row.averagePAlive])).toEqual(
      segments.rows.map((row) => ["segment", "customers", "share", "revenue", "totalClv", "averageClv", "averagePAlive"].map((key) => segment(row, key))),
    );
    const customers = reportTable(report, "customers");
    const customer = columnReader(customers);
    const rounded = (value: ReportCell, digits: number) => (typeof value === "number" ? Number(value.toFixed(digits)) : null);
    expect(printed.perCustomer).toHaveLength(customers.rows.length);
    const mismatches = customers.rows.flatMap((row, i) => {
      const expected = {
        id: customer(row, "customer"),
        purchases: customer(row, "purchases"),
        averageOrderValue: rounded(customer(row, "averageOrderValue"), 6),
        frequency: customer(row, "frequency"),
        recency: rounded(customer(row, "recency"), 6),
        T: rounded(customer(row, "T"), 6),
        monetary: rounded(customer(row, "monetary"), 6),
        pAlive: rounded(customer(row, "pAlive"), 6),
        purchaseChance: rounded(customer(row, "purchaseChance"), 6),
        expectedPurchases: rounded(customer(row, "expectedPurchases"), 6),
        clv: rounded(customer(row, "clv"), 4),
        clvLow: rounded(customer(row, "clvLow"), 4),
        clvHigh: rounded(customer(row, "clvHigh"), 4),
        segment: customer(row, "segment"),
      };
      return JSON.stringify(printed.perCustomer[i]) === JSON.stringify(expected) ? [] : [i];
    });
    expect(mismatches).toEqual([]);
    // The text itself is JSON.stringify's for those objects, character for character.
    const text = renderJsonReport(report, data.diagnostics, "en");
    expect(text.slice(text.indexOf(',"perCustomer":'))).toBe(`,"perCustomer":${JSON.stringify(printed.perCustomer)}}\n`);
  });
});

describe("jsonReportChunks", () => {
  it("hands the JSON over in pieces, the customers as UTF-8 chunks of at most a megabyte, which join to the same JSON", () => {
    const report = smallReport();
    const customers = reportTable(report, "customers");
    // 12,000 customers (about 2.9 MB of JSON): the hand report's rows repeated under new ids.
    const rows: ReportCell[][] = Array.from({ length: 12_000 }, (_, i) => [`C${i}`, ...customers.rows[i % customers.rows.length].slice(1)]);
    const large: Report = { ...report, sheets: report.sheets.map((sheet) => ({ ...sheet, tables: sheet.tables.map((table) => (table.id === "customers" ? { ...table, rows } : table)) })) };
    const chunks = [...jsonReportChunks(large, smallRead, "en")];
    // The head as text, the customers in three chunks of bytes, the end as text.
    expect(chunks.map((chunk) => typeof chunk)).toEqual(["string", "object", "object", "object", "string"]);
    for (const chunk of chunks.slice(1, -1)) expect(chunk.length).toBeLessThanOrEqual(2 ** 20);
    expect(chunks.at(-1)).toBe("]}\n");
    const parsed = JSON.parse(outputText(chunks));
    expect(parsed.perCustomer).toHaveLength(12_000);
    expect(parsed.perCustomer.map((customer: { id: string }) => customer.id)).toEqual(rows.map((row) => row[0]));
    expect({ ...parsed, perCustomer: [] }).toEqual({ ...json(report), perCustomer: [] });
  });

  it("writes ids and figures as JSON.stringify does: quotes, backslashes, line breaks, Nordic letters, numbers, −0, NaN", () => {
    const report = smallReport();
    const customers = reportTable(report, "customers");
    const ids: ReportCell[] = ['Kunde "A"', "C:\\data\\1", "line\nbreak", "Ærø Øst Åby", 42, "tab\there", "\u2028"];
    const values = [-0, Number.NaN, Number.POSITIVE_INFINITY, 1e21, 5e-7, -1.23456789, 0.1 + 0.2];
    const rows: ReportCell[][] = ids.map((id, i) => [id, ...customers.rows[0].slice(1).map((cell) => (typeof cell === "number" ? values[i] : cell))]);
    const odd: Report = { ...report, sheets: report.sheets.map((sheet) => ({ ...sheet, tables: sheet.tables.map((table) => (table.id === "customers" ? { ...table, rows } : table)) })) };
    const text = renderJsonReport(odd, smallRead, "en");
    const parsed = JSON.parse(text);
    expect(parsed.perCustomer.map((customer: { id: ReportCell }) => customer.id)).toEqual(ids);
    expect(text.slice(text.indexOf(',"perCustomer":'))).toBe(`,"perCustomer":${JSON.stringify(parsed.perCustomer)}}\n`);
    expect(parsed.perCustomer[0].T).toBe(0);
    expect(parsed.perCustomer[1].T).toBeNull();
    expect(parsed.perCustomer[2].T).toBeNull();
    expect(parsed.perCustomer[3].T).toBe(1e21);
    expect(parsed.perCustomer[4].T).toBe(0); // 5e-7 is 4.99999999999999977e-7 as a double: toFixed(6) gives 0.000000
    expect(parsed.perCustomer[5].clv).toBe(-1.2346);
  });

  it("writes an empty customer list as []", () => {
    const report = smallReport();
    const empty: Report = { ...report, sheets: report.sheets.map((sheet) => ({ ...sheet, tables: sheet.tables.map((table) => (table.id === "customers" ? { ...table, rows: [] } : table)) })) };
    expect(JSON.parse([...jsonReportChunks(empty, smallRead, "en")].join("")).perCustomer).toEqual([]);
  });
});
