import { outputText } from "../../src/cli/outputText";
import fs from "fs";
import { reportLabel } from "../../src/i18n/reportLabels";
import { articleTableRows, articleTableWithFirstPurchaseRows } from "../support/articleCustomers";
import { runAnalyzeCommand, type CommandIo } from "../../src/cli/analyzeCommand";
import { renderJsonReport } from "../../src/cli/jsonReport";
import { renderTextReport } from "../../src/cli/textReport";
import { analyzeTransactions } from "../../src/core/analysis/analyzeTransactions";
import { dayOfIsoDateText } from "../../src/core/read/civilDate";
import { buildReport } from "../../src/core/report/buildReport";
import { fixturePath } from "../support/fixtures";
import { cdnowData } from "./cdnowData";
import { cdnowGroupedTableRows } from "../core/summary/cdnowGroupedTable";

/** Runs the command on files given as text (written as UTF-8) or bytes, else read from disk. */
function run(argv: string[], files: Record<string, string | Uint8Array> = {}, language: "en" | "da" | "sv" = "en") {
  let stdout = "";
  let stderr = "";
  const io: CommandIo = {
    readFile: (file) => {
      const given = files[file];
      if (given === undefined) return fs.readFileSync(file);
      return typeof given === "string" ? new TextEncoder().encode(given) : given;
    },
    stdout: (output) => (stdout += outputText([output])),
    stderr: (text) => (stderr += text),
  };
  const code = runAnalyzeCommand(argv, io, language);
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
      ["T", "averageOrderValue", "clv", "clvHigh", "clvLow", "expectedPurchases", "frequency", "id", "monetary", "pAlive", "purchaseChance", "purchases", "recency", "segment"].sort(),
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
    const file = { encoding: "utf-8", delimiter: ",", layout: "transactions" } as const;
    expect(run([...argv, "--json"]).stdout).toBe(renderJsonReport(report, data.diagnostics, "en", file));
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
    expect(result.stderr).toMatch(/^kundevaerdi: Cannot read \/nonexistent\/purchases.csv: .*Check the file name/);
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

  it("falls back to the simple CLV for too few customers, and says why in plain words", () => {
    const csv = "Customer,Date,Amount\nA,2024-01-05,100\nA,2024-03-01,50\nB,2024-02-10,80\nC,2024-04-01,20\n";
    const text = run(["analyze", "few.csv"], { "few.csv": csv });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("The purchase model (BG/NBD) needs at least 30 customers; the data has 3.");
    expect(text.stdout).toContain("CLV is the simple formula (average amount per purchase × purchases per year × lifetime × margin)");
    const json = JSON.parse(run(["analyze", "few.csv", "--json", "--time-unit", "day"], { "few.csv": csv }).stdout);
    expect(json.method).toEqual({ kind: "simple", reason: { code: "tooFewCustomers", model: "bgnbd", customers: 3, minimum: 30 } });
    expect(json.customerEquity.low).toBeNull();
    // A bought for 150 in the 88 days from 2024-01-05 to 2024-04-01 (both counted): 150 × 365.25 / 88 a year,
    // carried over the 12-month horizon as a 1-year lifetime, discounted a year at 10 %.
    const a = json.perCustomer.find((row: { id: string }) => row.id === "A");
    expect(a.clv).toBeCloseTo((150 * 365.25) / 88 / 1.1, 3);
    // A one-time buyer is worth its own purchase rate (C: 20), never more than a repeat buyer of more (A: 150).
    const c = json.perCustomer.find((row: { id: string }) => row.id === "C");
    expect(c.clv).toBeCloseTo((20 * 365.25) / 88 / 1.1, 3);
  });

  it("refuses a file without amounts, explaining why", () => {
    const result = run(["analyze", "dates.csv"], { "dates.csv": "Customer,Date\nA,2024-01-01\nA,2024-02-01\n" });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/No amount column was found in dates.csv; .* Name the column with --amount COL/);
  });
});

/** Purchases of 36 customers, half of them named with æ, ø and å so that a lossy decode would merge them. */
function danishPurchases(): string[][] {
  const rows: string[][] = [];
  for (let customer = 0; customer < 36; customer += 1) {
    const name = `${customer % 2 === 0 ? "Åse" : "Æse"} Øster ${Math.floor(customer / 2)}`;
    for (let purchase = 0; purchase <= customer % 4; purchase += 1) {
      const day = String(((customer * 7 + purchase * 11) % 28) + 1).padStart(2, "0");
      const month = String(((customer + purchase * 3) % 12) + 1).padStart(2, "0");
      rows.push([name, `${day}-${month}-2023`, `${100 + customer * 13 + purchase},${String((customer * 37 + purchase) % 100).padStart(2, "0")}`]);
    }
  }
  return rows;
}

const utf16 = (text: string, byteOrder: "le" | "be") => {
  const bytes = Buffer.from(`\ufeff${text}`, "utf16le");
  return new Uint8Array(byteOrder === "le" ? bytes : bytes.swap16());
};

describe("kundevaerdi analyze reads the same purchases alike however the file was written", () => {
  const purchases = danishPurchases();
  const header = ["Kunde", "Købsdato", "Købsbeløb"];
  const lines = (rows: string[][], delimiter: string, newline = "\n") => [header, ...rows].map((row) => row.join(delimiter)).join(newline) + newline;
  const semicolon = lines(purchases, ";", "\r\n");
  const forms: Record<string, { bytes: string | Uint8Array; encoding: string; delimiter: string }> = {
    "UTF-8, semicolons": { bytes: lines(purchases, ";"), encoding: "utf-8", delimiter: ";" },
    "UTF-8 with a byte-order mark, semicolons, CRLF": { bytes: `\ufeff${semicolon}`, encoding: "utf-8", delimiter: ";" },
    "Windows-1252 (Excel's CSV on Danish Windows)": { bytes: new Uint8Array(Buffer.from(semicolon, "latin1")), encoding: "windows-1252", delimiter: ";" },
    "UTF-16LE, tabs (Excel's Unicode text)": { bytes: utf16(lines(purchases, "\t", "\r\n"), "le"), encoding: "utf-16le", delimiter: "\t" },
    "UTF-16BE, semicolons": { bytes: utf16(semicolon, "be"), encoding: "utf-16be", delimiter: ";" },
    "commas, decimal commas quoted": { bytes: lines(purchases.map(([customer, date, amount]) => [customer, date, `"${amount}"`]), ","), encoding: "utf-8", delimiter: "," },
    "commas, decimal commas unquoted": { bytes: new Uint8Array(Buffer.from(lines(purchases, ","), "latin1")), encoding: "windows-1252", delimiter: "," },
    "semicolons, blank lines and a delimiter ending every line": {
      bytes: [header, ...purchases].map((row, index) => `${row.join(";")};${index % 10 === 5 ? "\n" : ""}`).join("\n"),
      encoding: "utf-8",
      delimiter: ";",
    },
  };
  const results = Object.entries(forms).map(([name, form]) => ({ name, form, ...run(["analyze", "køb.csv", "--json", "--time-unit", "day"], { "køb.csv": form.bytes }) }));
  const reference = JSON.parse(results[0].stdout);

  it("keeps Åse Øster and Æse Øster apart: 36 customers", () => {
    expect(reference.customers).toBe(36);
    expect(reference.transactions).toBe(purchases.length);
    expect(reference.perCustomer.map((customer: { id: string }) => customer.id)).toContain("Æse Øster 3");
  });

  it.each(results.map((result) => [result.name, result] as const))("%s gives the same JSON but for encoding, delimiter and notices", (_, result) => {
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const { encoding, delimiter, notices, emptyRows, ...rest } = JSON.parse(result.stdout);
    expect(rest).toEqual({ ...reference, encoding: undefined, delimiter: undefined, notices: undefined, emptyRows: undefined });
    expect(emptyRows).toBe(result.name.includes("blank lines") ? 9 : 0); // the blank lines are counted as blank rows
    expect({ encoding, delimiter }).toEqual({ encoding: result.form.encoding, delimiter: result.form.delimiter });
    const plainUtf8 = result.form.encoding === "utf-8" && !(typeof result.form.bytes === "string" && result.form.bytes.startsWith("\ufeff"));
    expect(notices.some((notice: string) => notice.startsWith("The file"))).toBe(!plainUtf8);
  });

  it("says which encoding was used, and that split decimal commas were joined back", () => {
    const windows = JSON.parse(results[2].stdout);
    expect(windows.notices[0]).toMatch(/^The file is not UTF-8, so it was read as Windows-1252/);
    const unquoted = JSON.parse(results[6].stdout);
    expect(unquoted.notices[1]).toMatch(/^In column 'Købsbeløb' 9\d amounts with a decimal comma were split by the file's commas \('100,00', row 2\) and joined back\./);
  });
});

describe("kundevaerdi analyze names a problem by the file line it is on", () => {
  const lines = ["Kunde;Købsdato;Købsbeløb"];
  for (let line = 2; line <= 27; line += 1) lines.push([5, 6, 7].includes(line) ? "" : `K${line % 9};${String(line).padStart(2, "0")}-01-2024;10,50`);
  lines.push("K1;31-02-2024;10,50");
  lines.push("K2;01-02-2024;5,00");
  const file = lines.join("\r\n") + "\r\n";

  it("reports a bad date on line 28, below three blank lines, as row 28 in JSON and in text", () => {
    const json = JSON.parse(run(["analyze", "køb.csv", "--json"], { "køb.csv": file }).stdout);
    expect(json.problems).toEqual([
      { row: 28, column: { index: 1, header: "Købsdato" }, reason: "invalidDate", value: "31-02-2024", message: "Row 28, column 'Købsdato': '31-02-2024' is not a valid date; correct the day, month or year." },
    ]);
    expect(json).toMatchObject({ transactions: 24, rowsSkipped: 1, emptyRows: 3 }); // lines 5, 6 and 7 are blank
    const text = run(["analyze", "køb.csv"], { "køb.csv": file }).stdout;
    expect(text).toContain("\n  Row 28, column 'Købsdato': '31-02-2024' is not a valid date; correct the day, month or year.\n");
  });

  it("counts a line break inside quotes and a lone CR as the line ends they are", () => {
    const quoted = file.replace("K3;03-01-2024", '"K3\r\nthe third";03-01-2024').replace("K4;04-01-2024;10,50\r\n", "K4;04-01-2024;10,50\r");
    const json = JSON.parse(run(["analyze", "køb.csv", "--json"], { "køb.csv": quoted }).stdout);
    expect(json.problems[0].row).toBe(29);
  });

  it("reports a line with fields beyond the header, by its line, and joins an unquoted decimal comma back", () => {
    const csv = "Customer,Date,Amount\nA,2024-01-05,100\n\nB,2024-01-06,100,note\nC,2024-01-07,1234,56\n";
    const json = JSON.parse(run(["analyze", "few.csv", "--json"], { "few.csv": csv }).stdout);
    expect(json.problems).toEqual([
      {
        row: 4,
        column: { index: 3 },
        reason: "extraFields",
        value: "note",
        message: expect.stringMatching(/^Row 4, column 4: the line has more fields than the header \('note' beyond the last column\)/),
      },
    ]);
    expect(json.notices).toEqual([expect.stringMatching(/^In column 'Amount' 1 amount with a decimal comma was split .*\('1234,56', row 5\)/)]);
    expect(json.kpis.revenue).toBeCloseTo(1334.56, 2);
  });
});

describe("kundevaerdi analyze says what is wrong and what to do, in the command's language", () => {
  const csv = "Customer,Date,Amount\nA,2024-01-05,100\nA,2024-03-01,50\nB,2024-02-10,80\nC,2024-04-01,20\n";

  it("--as-of before the first purchase names the date, the data's first purchase and what to do", () => {
    const result = run(["analyze", "few.csv", "--as-of", "2023-12-31"], { "few.csv": csv });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      "kundevaerdi: --as-of 2023-12-31 is before the first purchase in few.csv (2024-01-05), so no customer had bought anything yet. " +
        "Give a date from 2024-01-05 on, or leave --as-of out to end at the last purchase (2024-04-01).\n",
    );
    expect(run(["analyze", "few.csv", "--as-of", "2023-12-31"], { "few.csv": csv }, "da").stderr).toMatch(/^kundevaerdi: --as-of 2023-12-31 ligger før det første køb i few\.csv \(2024-01-05\)/);
  });

  it("--date-order reads dates like 03/04/2024 month first, and the notice points to it", () => {
    const dates = "Customer,Date,Amount\nA,03/04/2024,10\nB,05/06/2024,10\n";
    const dayFirst = JSON.parse(run(["analyze", "d.csv", "--json"], { "d.csv": dates }).stdout);
    expect(dayFirst.observationEnd).toBe("2024-06-05");
    expect(dayFirst.notices[0]).toMatch(/Choose the date order if that is wrong\. If the dates are month first, run again with --date-order mdy\.$/);
    const monthFirst = JSON.parse(run(["analyze", "d.csv", "--json", "--date-order", "mdy"], { "d.csv": dates }).stdout);
    expect(monthFirst.observationEnd).toBe("2024-05-06");
    expect(monthFirst.notices).toEqual([]);
  });

  it("--decimal-separator reads amounts like 1,234 as decimals, and the notice points to it", () => {
    const amounts = "Kunde;Dato;Beløb\nA;2024-01-05;1,234\nB;2024-01-06;2,500\n";
    const thousands = JSON.parse(run(["analyze", "a.csv", "--json"], { "a.csv": amounts }).stdout);
    expect(thousands.kpis.revenue).toBe(3734);
    expect(thousands.notices[0]).toMatch(/Or run again with --decimal-separator , \(decimal comma\) or --decimal-separator \. \(decimal point\)\.$/);
    const decimals = JSON.parse(run(["analyze", "a.csv", "--json", "--decimal-separator", ","], { "a.csv": amounts }).stdout);
    expect(decimals.kpis.revenue).toBeCloseTo(3.734, 6);
  });

  it("analyses a per-customer table as the task pane does", () => {
    const rows = ["Kundenavn;Antal køb;Første køb;Seneste køb;Samlet beløb"];
    for (let customer = 0; customer < 40; customer += 1) {
      const purchases = (customer % 5) + 1;
      const last = purchases === 1 ? "05-01-2024" : `${String((customer % 20) + 6).padStart(2, "0")}-06-2024`;
      rows.push(`Kunde ${customer};${purchases};05-01-2024;${last};${purchases * 250},50`);
    }
    const result = run(["analyze", "kunder.csv", "--json", "--time-unit", "day"], { "kunder.csv": rows.join("\n") });
    expect(result.stderr).toBe("");
    const json = JSON.parse(result.stdout);
    expect(json).toMatchObject({ customers: 40, layout: "customerTable", transactions: null, rowsRead: 40, observationEnd: "2024-06-25" });
    expect(json.kpis.purchases).toBe(120);
    expect(json.perCustomer).toHaveLength(40);
  });

  it("says what a per-customer table lacks (an amount) and what the column would add", () => {
    const table = "Kundenavn;Antal køb\nAnna;3\nBo;1\n";
    const result = run(["analyze", "kunder.csv"], { "kunder.csv": table });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      [
        "kundevaerdi: kunder.csv is a per-customer table (one row per customer), and customer value cannot be computed from it as it is:",
        "  The table has no amounts, so spend cannot be computed; The simple CLV (amount per purchase × purchases per year × lifetime) needs a transaction log or numbers of purchases and amounts. " +
          "Choose or add a column with the amounts, or use a transaction log (one row per purchase).",
        "  Add to the table:",
        "  - each customer's total or average amount (a column such as 'Total amount', or --total-amount COL / --average-amount COL): gives spend, for historical value and the spend model.",
        "  Or export a transaction log instead: one row per purchase with customer, date and amount.",
        "",
      ].join("\n"),
    );
    expect(run(["analyze", "kunder.csv", "--language", "sv"], { "kunder.csv": table }).stderr).toMatch(/^kundevaerdi: kunder\.csv är en tabell per kund/);
  });

  it("a per-customer table whose last purchase is after --as-of is told to move --as-of", () => {
    const table = "Kunde;Antal køb;Første køb;Seneste køb;Samlet beløb\nAnna;2;05-01-2024;05-03-2024;300\nBo;1;06-01-2024;06-01-2024;200\n";
    const result = run(["analyze", "kunder.csv", "--as-of", "2024-02-01"], { "kunder.csv": table });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^kundevaerdi: Customer 'Anna' last purchased on 2024-03-05, after the end of the period \(2024-02-01\)\..*\n {2}Leave --as-of out, or give a date on or after the last purchase in the table\.\n$/);
  });

  it("names an empty file and a file with only a header for what they are", () => {
    expect(run(["analyze", "empty.csv"], { "empty.csv": "" }).stderr).toBe(
      "kundevaerdi: empty.csv is empty: it has no rows. Export the purchases with a header row and one row per purchase (customer, date, amount).\n",
    );
    expect(run(["analyze", "blank.csv"], { "blank.csv": new Uint8Array([0xff, 0xfe, 0x0d, 0x00, 0x0a, 0x00]) }).stderr).toMatch(/^kundevaerdi: blank\.csv is empty/);
    const header = run(["analyze", "header.csv"], { "header.csv": "Kunde;Dato;Beløb\r\n" });
    expect(header.code).toBe(1);
    expect(header.stderr).toBe("kundevaerdi: header.csv has a header row but no rows of data. Export the purchases again with one row per purchase under the header.\n");
  });

  it("lists why no row could be read and what to do", () => {
    const result = run(["analyze", "bad.csv"], { "bad.csv": "Kunde;Dato;Beløb\nA;someday;5\nB;31-02-2024;6\n" });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      [
        "kundevaerdi: No purchase could be read from bad.csv. 0 rows read, 2 skipped, 0 empty.",
        "  Row 2, column 'Dato': 'someday' is not a date; write it as 31-01-2024 (or 2024-01-31).",
        "  Row 3, column 'Dato': '31-02-2024' is not a valid date; correct the day, month or year.",
        "  Correct the rows listed, or if the columns were taken wrongly, name them with --customer, --date and --amount (header text or 1-based number).",
        "",
      ].join("\n"),
    );
  });

  it("names missing columns with the options that choose them", () => {
    const result = run(["analyze", "x.csv"], { "x.csv": "Navn;Hvornår;Beløb\nA;x;5\n" });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^kundevaerdi: No column was found for the .*\n {2}Name the columns with --customer COL and --date COL/);
  });

  it("words usage mistakes and help in the language of --language", () => {
    const mistake = run(["analyze", "x.csv", "--margin", "40", "--language", "da"]);
    expect(mistake.code).toBe(2);
    expect(mistake.stderr).toBe('kundevaerdi: --margin skal være en brøk over 0 og højst 1 (0.3 = 30 %); fik "40".\nKør kundevaerdi analyze --help for at se alle tilvalg.\n');
    expect(run(["--help", "--language", "sv"]).stdout).toMatch(/^Användning: kundevaerdi analyze FIL \[val\]/);
    expect(run(["analyze", "x.csv", "--time-unit", "month"], {}, "sv").stderr).toMatch(/^kundevaerdi: --time-unit måste vara day \(dag\) eller week \(vecka\); fick "month"\./);
  });

  it("prints the report in Danish with --language da", () => {
    const text = run(["analyze", "few.csv", "--language", "da"], { "few.csv": csv }).stdout;
    expect(text).toMatch(/^Læst: 4 rækker læst, 0 sprunget over, 0 tomme\.\n/);
    expect(text).toContain("3 kunder, 4 køb, omsætning 250,00");
  });
});

describe("kundevaerdi analyze on the article's per-customer table (test/support/articleCustomers.ts)", () => {
  const csv = (rows: unknown[][]) => rows.map((row) => row.join(";")).join("\n") + "\n";

  it("values it by the simple formula, says so and what the first purchase date would add, and asks total or per purchase", () => {
    const file = { "kunder.csv": csv(articleTableRows("da")) };
    const total = JSON.parse(run(["analyze", "kunder.csv", "--json", "--language", "da", "--period-months", "12", "--annual-discount", "0"], file).stdout);
    expect(total.layout).toBe("customerTable");
    expect(total.method).toEqual({ kind: "simple", reason: { code: "noFirstPurchaseDates", model: "bgnbd" } });
    expect(total.settings).toMatchObject({ horizonMonths: null, customerLifetimeYears: 3, observedYears: 1 });
    expect(total.methodNotes).toEqual([reportLabel("da", "note_clvSimpleTable"), reportLabel("da", "note_unlockFirstPurchase")]);
    expect(total.notices.join("\n")).toContain("»Kunde A« har købt for 500 i alt, ikke 5 × 500 = 2.500");
    expect(total.segments.map((segment: { id: string }) => segment.id)).toEqual(expect.arrayContaining(["champions"]));
    // Read as the total, Kunde A is worth 500 a year × 3 years; per purchase (--average-amount), 5 × 500 × 3.
    const kundeA = (json: { perCustomer: { id: string; clv: number }[] }) => json.perCustomer.find((row) => row.id === "Kunde A")?.clv;
    expect(kundeA(total)).toBeCloseTo(1500, 6);
    const perPurchase = JSON.parse(
      run(["analyze", "kunder.csv", "--json", "--average-amount", "Købsbeløb", "--period-months", "12", "--annual-discount", "0", "--segments", "value-tiers", "--retention-rate", "0.6"], file).stdout,
    );
    // A yearly retention rate instead of a lifetime: 2,500 a year × 0.6 / (1 + 0 − 0.6) = 3,750.
    expect(kundeA(perPurchase)).toBeCloseTo(3750, 6);
    expect(perPurchase.settings).toMatchObject({ yearlyRetentionRate: 0.6, customerLifetimeYears: null });
    expect(perPurchase.segments.map((segment: { id: string }) => segment.id).sort()).toEqual(["loyalCustomers", "oneTimeBuyers", "otherCustomers", "potentialBigSpenders"]);
    expect(run(["analyze", "kunder.csv", "--lifetime-years", "3", "--retention-rate", "0.6"], file).stderr).toMatch(/Give either --lifetime-years or --retention-rate, not both/);
  });

  it("reads a table without dates: the value tiers, the period the user states (12 months when not), no R×F segments", () => {
    const rows = articleTableWithFirstPurchaseRows("sv").map((row) => [row[0], row[3], row[4]]);
    const json = JSON.parse(run(["analyze", "kunder.csv", "--json", "--language", "sv"], { "kunder.csv": csv(rows) }).stdout);
    expect(json.observationEnd).toBeNull();
    expect(json.settings).toMatchObject({ observedYears: 1, customerLifetimeYears: 3 });
    expect(json.segments.map((segment: { name: string }) => segment.name).sort()).toEqual(["Engångskunder", "Lojala kunder", "Potentiella storköpare", "Övriga kunder"]);
    expect(json.methodNotes).toEqual([reportLabel("sv", "note_clvSimpleTable"), reportLabel("sv", "note_unlockLastPurchase"), reportLabel("sv", "note_unlockFirstPurchase")]);
    const text = run(["analyze", "kunder.csv", "--language", "sv"], { "kunder.csv": csv(rows) }).stdout;
    expect(text).toContain("Kundkapital över en förväntad livslängd på 3,0 år");
    expect(run(["analyze", "kunder.csv", "--segments", "rfm"], { "kunder.csv": csv(rows) }).stderr).toMatch(/no last purchase dates/);
  });
});

describe("analyze on a grouped per-customer table (kundevaerdi sql --grouped --view table)", () => {
  const rows = cdnowGroupedTableRows(["customer_group", "purchases", "first_purchase", "last_purchase", "number_of_customers", "total_amount"]);
  const csv = `${rows.map((row) => row.join(",")).join("\n")}\n`;

  it("counts every customer and gives each group's number of customers in --json", () => {
    const result = run(["analyze", "groups.csv", "--json"], { "groups.csv": csv });
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.layout).toBe("customerTable");
    expect(json.kpis.customers).toBe(2357);
    expect(json.perCustomer).toHaveLength(rows.length - 1);
    expect(json.perCustomer.reduce((sum: number, group: { customers: number }) => sum + group.customers, 0)).toBe(2357);
    expect(json.methodNotes).toContain(reportLabel("en", "note_groupedSpend"));
  });

  it("reads a count column named by --customer-count", () => {
    const renamed = csv.replace("number_of_customers,total_amount", "n,total_amount");
    const result = run(["analyze", "groups.csv", "--customer-count", "n", "--json"], { "groups.csv": renamed });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).kpis.customers).toBe(2357);
  });
});
