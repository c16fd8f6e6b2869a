import fs from "fs";
import { runAnalyzeCommand, type CommandIo } from "../../src/cli/analyzeCommand";
import { renderJsonReport } from "../../src/cli/jsonReport";
import { renderTextReport } from "../../src/cli/textReport";
import { analyzeTransactions } from "../../src/core/analysis/analyzeTransactions";
import { dayOfIsoDateText } from "../../src/core/read/civilDate";
import { buildReport } from "../../src/core/report/buildReport";
import { fixturePath } from "../support/fixtures";
import { cdnowData } from "./cdnowData";

function run(argv: string[], files: Record<string, string> = {}) {
  let stdout = "";
  let stderr = "";
  const io: CommandIo = {
    readFile: (file) => files[file] ?? fs.readFileSync(file, "utf8"),
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  };
  const code = runAnalyzeCommand(argv, io);
  return { code, stdout, stderr };
}

describe("kundevaerdi analyze on the CDNOW sample", () => {
  // test/fixtures/cdnowElog.csv: masterid,sampleid,date,cds,sales; calibration to 1997-09-30 as in FHL (2005).
  const result = run(["analyze", fixturePath("cdnowElog.csv"), "--customer", "sampleid", "--as-of", "1997-09-30", "--json"]);
  const json = JSON.parse(result.stdout);

  it("prints one JSON object with the documented fields", () => {
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(json).toMatchObject({ customers: 2357, transactions: 6919, rowsSkipped: 0, timeUnit: "week" });
    for (const field of ["r", "alpha", "a", "b", "logLikelihood"]) expect(typeof json.models.bgnbd[field]).toBe("number");
    for (const field of ["p", "q", "v"]) expect(typeof json.models.gammaGamma[field]).toBe("number");
    for (const field of ["value", "low", "high"]) expect(typeof json.customerEquity[field]).toBe("number");
    expect(json.segments.length).toBeGreaterThan(0);
    expect(Object.keys(json.segments[0])).toEqual(expect.arrayContaining(["name", "customers", "revenue", "clv"]));
    expect(json.perCustomer).toHaveLength(2357);
    expect(Object.keys(json.perCustomer[0]).sort()).toEqual(
      ["T", "clv", "clvHigh", "clvLow", "expectedPurchases", "frequency", "id", "monetary", "pAlive", "recency", "segment"].sort(),
    );
  });

  it("reproduces the published BG/NBD and Gamma-Gamma fits (test/fixtures/README.md)", () => {
    expect(json.models.bgnbd.r).toBeCloseTo(0.2426, 3);
    expect(json.models.bgnbd.alpha).toBeCloseTo(4.4135, 2);
    expect(json.models.bgnbd.logLikelihood).toBeCloseTo(-9582.43, 1);
    expect(json.models.gammaGamma.p).toBeCloseTo(6.2488, 2);
    expect(json.models.gammaGamma.q).toBeCloseTo(3.7446, 2);
  });

  it("gives customer 1 the lifetimes summary (cdnow_customers_summary_with_transactions.csv: x 2, t_x 30.43, T 38.86, zbar 22.35)", () => {
    const customer = json.perCustomer.find((row: { id: string }) => row.id === "1");
    expect(customer.frequency).toBe(2);
    expect(customer.recency).toBeCloseTo(30.43, 2);
    expect(customer.T).toBeCloseTo(38.86, 2);
    expect(Math.abs(customer.monetary - 22.35)).toBeLessThanOrEqual(0.005 + 1e-9); // the file rounds 22.345 to 22.35
    expect(customer.clvLow).toBeLessThanOrEqual(customer.clv);
    expect(customer.clvHigh).toBeGreaterThanOrEqual(customer.clv);
  });

  it("segment customers and CLV add up to the whole base and to the existing customers' equity", () => {
    expect(json.segments.reduce((sum: number, s: { customers: number }) => sum + s.customers, 0)).toBe(2357);
    const clv = json.segments.reduce((sum: number, s: { clv: number }) => sum + s.clv, 0);
    expect(clv).toBeCloseTo(json.customerEquity.value, 4);
  });

  it("prints a readable report without --json", () => {
    const text = run(["analyze", fixturePath("cdnowElog.csv"), "--customer", "sampleid", "--as-of", "1997-09-30"]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/2357 customers/);
    expect(text.stdout).toMatch(/BG\/NBD: r = 0\.2426, α = 4\.41\d* weeks/);
    expect(text.stdout).toMatch(/Customer equity over 12 months/);
  });
});

describe("kundevaerdi analyze prints the report model", () => {
  const data = cdnowData();
  const settings = { timeUnit: "day", observationEndDay: dayOfIsoDateText("1997-09-30"), horizonMonths: 36, annualDiscountRate: 0.1, grossMargin: 0.3, newCustomers: 0, segmentScheme: "rfm" } as const;
  const report = buildReport(analyzeTransactions(data.log, settings));
  const argv = ["analyze", fixturePath("cdnowElog.csv"), "--customer", "sampleid", "--as-of", "1997-09-30", "--time-unit", "day", "--horizon-months", "36", "--margin", "0.3"];

  it("as JSON with --json, and as text without, from the report built of the analysis and what was read", () => {
    expect(run([...argv, "--json"]).stdout).toBe(renderJsonReport(report, data.diagnostics, "en"));
    expect(run(argv).stdout).toBe(renderTextReport(report, data.diagnostics, "en"));
  });
});

describe("kundevaerdi analyze with bad input", () => {
  it("reports a usage error with exit code 2", () => {
    const result = run(["analyze", "x.csv", "--margin", "40"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--margin must be a fraction/);
    expect(result.stdout).toBe("");
  });

  it("reports a missing file with exit code 1", () => {
    const result = run(["analyze", "/nonexistent/purchases.csv"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/cannot read \/nonexistent\/purchases.csv/);
  });

  it("names the unreadable rows and carries on with the rest", () => {
    const rows = ["Kunde;Købsdato;Købsbeløb"];
    for (let i = 0; i < 60; i += 1) rows.push(`K${i % 40};${String((i % 27) + 1).padStart(2, "0")}-0${(i % 8) + 1}-2024;${100 + i},50 kr`);
    rows.push("K1;31-02-2024;100,00 kr");
    const result = run(["analyze", "køb.csv", "--json"], { "køb.csv": rows.join("\n") });
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.rowsSkipped).toBe(1);
    expect(json.transactions).toBe(60);
    expect(json.problems[0]).toMatchObject({ row: 62 });
    expect(json.problems[0].message).toMatch(/31-02-2024/);
  });

  it("falls back to historical CLV for too few customers, and says why in plain words", () => {
    const csv = "Customer,Date,Amount\nA,2024-01-05,100\nA,2024-03-01,50\nB,2024-02-10,80\nC,2024-04-01,20\n";
    const text = run(["analyze", "few.csv"], { "few.csv": csv });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("The purchase model (BG/NBD) needs at least 30 customers; the data has 3.");
    expect(text.stdout).toContain("CLV is historical");
    const json = JSON.parse(run(["analyze", "few.csv", "--json", "--time-unit", "day"], { "few.csv": csv }).stdout);
    expect(json.method).toEqual({ kind: "historical", reason: { code: "tooFewCustomers", model: "bgnbd", customers: 3, minimum: 30 } });
    expect(json.customerEquity.low).toBeNull();
    // Historical CLV of A (days): x = 1 repeat of 50 over T = 87 days (2024-01-05 → 2024-04-01), carried over
    // 12 months of 365.25/12 days, discounted monthly at (1.1)^(1/12) − 1.
    const monthly = Math.pow(1.1, 1 / 12) - 1;
    let discount = 0;
    for (let month = 1; month <= 12; month += 1) discount += 1 / Math.pow(1 + monthly, month);
    const a = json.perCustomer.find((row: { id: string }) => row.id === "A");
    expect(a.clv).toBeCloseTo((50 / 87) * (365.25 / 12) * discount, 3);
  });

  it("refuses a file without amounts, explaining why", () => {
    const result = run(["analyze", "dates.csv"], { "dates.csv": "Customer,Date\nA,2024-01-01\nA,2024-02-01\n" });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/no amount column/);
  });
});
