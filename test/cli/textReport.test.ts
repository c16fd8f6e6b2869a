import { renderTextReport } from "../../src/cli/textReport";
import type { Report, ReportCell } from "../../src/core/report/reportModel";
import { smallRead, smallReport, withRetention } from "./smallReport";

describe("renderTextReport on a report written by hand", () => {
  it("prints what was read, the key figures, the models, customer equity and the segments of the report", () => {
    expect(renderTextReport(smallReport(), smallRead, "en")).toBe(
      [
        "Read: 11 rows read, 1 skipped, 0 empty.",
        "  Row 7, column 'Købsdato': '31-02-2024' is not a valid date; correct the day, month or year.",
        "  In column 'Købsdato' every date like '03/04/2024' (row 2) could be day first or month first; they were read day first (31/01/2024). Choose the date order if that is wrong. If the dates are month first, run again with --date-order mdy.",
        "",
        "Observation end 2024-01-01; time unit: day.",
        "4 customers, 9 purchases, revenue 1,234.50, repeat-purchase rate 50.0 %, average order value 137.17.",
        "",
        "BG/NBD: r = 0.5, α = 12.5 days, a = 0.9, b = 3.1; log-likelihood -123.46 (converged, 21 iterations).",
        "The spend model (Gamma-Gamma) needs at least 10 repeat buyers with a positive amount; the data has 2. Instead, each repeat buyer's own average spend is pulled toward the median repeat buyer's, as if they had made one more purchase at the median; customers without a repeat purchase get the median.",
        "",
        "Customer equity over 24 months at 8.0 % a year, margin 30.0 %: 2,500.00 (80 % interval 2,000.00 – 3,100.00).",
        "",
        "Segment      Customers   Share   Revenue       CLV  Avg P(alive)",
        "Champions            1  25.0 %  1,000.00  1,500.00        90.0 %",
        // Not available (null) is shown empty.
        "Hibernating          3  75.0 %    234.50  1,000.00              ",
        "",
      ].join("\n"),
    );
  });

  it("says CLV is the simple formula, and why, when the report has the BG/NBD unavailable; no equity interval", () => {
    const text = renderTextReport(smallReport({ simple: true }), smallRead, "en");
    expect(text).toContain(
      "The purchase model (BG/NBD) did not settle on an answer (after 200 steps); its figures would not be reliable.\nCLV is the simple formula (average amount per purchase × purchases per year × lifetime × margin), because the purchase model cannot be used on this data (see Model fit).",
    );
    expect(text).toContain("Customer equity over an expected lifetime of 2.0 years at 8.0 % a year, margin 30.0 %: 2,500.00.\n");
    expect(text).not.toContain("BG/NBD: r =");
  });

  it("words the whole report, numbers included, in the language asked for", () => {
    const text = renderTextReport(smallReport(), smallRead, "da");
    expect(text).toMatch(/^Læst: 11 rækker læst, 1 sprunget over, 0 tomme\.\n {2}Række 7, kolonne »Købsdato«/);
    expect(text).toContain("Hvis datoerne har måneden først, så kør igen med --date-order mdy.");
    expect(text).toContain("\nPeriodens slutning 2024-01-01; tidsenhed: dag.\n");
    expect(text).toContain("4 kunder, 9 køb, omsætning 1.234,50, genkøbsrate 50,0 %, gennemsnitlig ordreværdi 137,17.");
    expect(text).toContain("BG/NBD: r = 0,5, α = 12,5 dage, a = 0,9, b = 3,1; log-sandsynlighed -123,46 (konvergeret, 21 iterationer).");
    expect(text).toContain("Forbrugsmodellen (Gamma-Gamma) kræver mindst 10 genkøbere");
    expect(text).toContain("Kundeformue over 24 måneder ved 8,0 % om året, dækningsgrad 30,0 %: 2.500,00 (80 %-interval 2.000,00 – 3.100,00).");
    expect(text).toMatch(/\nSegment +Kunder +Andel +Omsætning +CLV +Gns\. P\(aktiv\)\n/);
    expect(text).toMatch(/\nTopkunder +1 +25,0 %/);
    expect(text).toMatch(/\nI dvale +3 +75,0 %/);
    const swedish = renderTextReport(smallReport(), smallRead, "sv");
    expect(swedish).toMatch(/^Läst: 11 rader lästa/);
    expect(swedish).toContain("4 kunder, 9 köp, intäkter 1\u00a0234,50, återköpsandel 50,0 %");
  });

  it("adds a line on monthly retention below the key figures: the average, the last complete month, the incomplete month left out", () => {
    const text = renderTextReport(withRetention(smallReport()), smallRead, "en");
    expect(text).toContain(
      "average order value 137.17.\nMonthly retention 60.0 % on average (churn 40.0 %; complete months, weighted by customers); last complete month 2024-03: retention 33.3 %, churn 66.7 %. 2024-04 is incomplete (the data end before the month does) and not counted.\n\n",
    );
    expect(renderTextReport(withRetention(smallReport()), smallRead, "da")).toContain(
      "\nMånedlig fastholdelse 60,0 % i gennemsnit (frafald 40,0 %; hele måneder, vægtet med kunder); seneste hele måned 2024-03: fastholdelse 33,3 %, frafald 66,7 %. 2024-04 er ufuldstændig",
    );
    expect(renderTextReport(withRetention(smallReport()), smallRead, "sv")).toContain("\nMånatlig kundretention 60,0 % i genomsnitt (kundbortfall 40,0 %;");
  });

  it("has no retention line without retention tables (a per-customer table) or without a complete month with a rate", () => {
    expect(renderTextReport(smallReport(), smallRead, "en")).not.toContain("retention");
    const report = withRetention(smallReport());
    const onlyIncomplete: Report = {
      sheets: report.sheets.map((sheet) => ({
        ...sheet,
        tables: sheet.tables.map((table) => {
          if (table.id === "retentionByMonth") return { ...table, rows: [table.rows[0], table.rows[3]] };
          if (table.id === "retentionAverage") return { ...table, rows: table.rows.map(([name]) => [name, null]) };
          return table;
        }),
      })),
    };
    expect(renderTextReport(onlyIncomplete, smallRead, "en")).not.toContain("retention");
  });

  it("lists only the first 5 unreadable rows", () => {
    const many = { ...smallRead, rowsSkipped: 8, problems: Array.from({ length: 8 }, (_, i) => ({ ...smallRead.problems[0], row: i + 2 })) };
    const text = renderTextReport(smallReport(), many, "en");
    expect(text.match(/^ {2}Row \d+/gm)).toEqual(["  Row 2", "  Row 3", "  Row 4", "  Row 5", "  Row 6"]);
  });

  // Spreading 200,000 widths into Math.max overflows the call stack.
  it("aligns a table of 200,000 rows without spreading them into one call", () => {
    const report = smallReport();
    const segments = report.sheets[1].tables[0];
    const rows: ReportCell[][] = Array.from({ length: 200_000 }, () => ["hibernating", 1, null, null, null, null, null, null, null, null, null]);
    rows[rows.length - 1] = [...segments.rows[0]];
    const big: Report = { sheets: [report.sheets[0], { ...report.sheets[1], tables: [{ ...segments, rows }] }] };
    const lines = renderTextReport(big, smallRead, "en").trimEnd().split("\n");
    expect(lines[lines.length - 1]).toBe("Champions            1  25.0 %  1,000.00  1,500.00        90.0 %");
  });
});
