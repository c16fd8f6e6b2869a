import { outputText } from "../../src/cli/outputText";
import { sqlCliText } from "../../src/i18n/sqlCliText";
import fs from "fs";
import type { CommandIo } from "../../src/cli/analyzeCommand";
import { runCommand } from "../../src/cli/dispatchCommand";
import { runSubscriptionsCommand } from "../../src/cli/subscriptionsCommand";
import { usageText } from "../../src/i18n/cliMessages";
import { subscriptionCliText } from "../../src/i18n/subscriptionCliText";
import { fixturePath } from "../support/fixtures";
import { csvText, PAPER_ESTIMATES, paperCustomerRows, paperSurvivorRows } from "../support/subscriptionPaperRows";

type Language = "en" | "da" | "sv";

/** Runs the command on files given as text (UTF-8) or bytes, else read from disk. */
function run(argv: string[], files: Record<string, string | Uint8Array> = {}, language: Language = "en", command: (argv: readonly string[], io: CommandIo, language: Language) => number = runSubscriptionsCommand) {
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
  return { code: command(argv, io, language), stdout, stderr };
}

const paper = fixturePath("sbg_paper.csv");
// Log-likelihoods at the maximum: the independent Python fit of the file (test/fixtures/README.md).
const publishedLogLikelihood = { highend: -1611.16, regular: -1680.27 };
// Years 8–12 projected from the published α, β by hand (test/fixtures/README.md): high end 46.0 … 37.8 %, regular 22.0 … 17.0 %.
const projectedByHand = { highend: [0.46, 0.436, 0.414, 0.395, 0.378], regular: [0.22, 0.204, 0.191, 0.18, 0.17] };

type CohortJson = {
  name: string | null;
  customers: number;
  alpha: number;
  beta: number;
  standardErrors: { alpha: number; beta: number };
  logLikelihood: number;
  expectedRemainingPeriods: number | "unbounded";
  survival: Array<{ period: number; projected: boolean; modelSurvival: number; observedSurvival: number | null }>;
  residualValues?: Array<{ renewals: number; activeCustomers: number; discountedRemainingPeriods: number; residualValue: number }>;
  activeCustomersValue?: number;
};

/** The JSON's cohorts by name. */
function cohortsOf(stdout: string): Record<string, CohortJson> {
  return Object.fromEntries((JSON.parse(stdout).cohorts as CohortJson[]).map((cohort) => [cohort.name ?? "all", cohort]));
}

/** α and β within the published 3 decimals (Fader & Hardie 2007). */
function expectPublished(cohorts: Record<string, CohortJson>): void {
  for (const name of ["highend", "regular"] as const) {
    expect(Math.abs(cohorts[name].alpha - PAPER_ESTIMATES[name].alpha)).toBeLessThan(0.0005);
    expect(Math.abs(cohorts[name].beta - PAPER_ESTIMATES[name].beta)).toBeLessThan(0.0005);
  }
}

describe("kundevaerdi subscriptions on the paper's file (Fader & Hardie 2007)", () => {
  const result = run(["subscriptions", paper, "--json"]);
  const cohorts = cohortsOf(result.stdout);

  it("reads the file's recency, T and cohorts and fits each cohort to the published α and β", () => {
    expect([result.code, result.stderr]).toEqual([0, ""]);
    const json = JSON.parse(result.stdout);
    expect(json).toMatchObject({ layout: "recency", columns: { recency: "recency", T: "T", cohort: "cohorts" }, rowsRead: 2000, settings: { projectPeriods: 5, discountRate: 0.1, valuePerPeriod: null } });
    expectPublished(cohorts);
    for (const name of ["highend", "regular"] as const) {
      expect(cohorts[name].customers).toBe(1000);
      expect(Math.abs(cohorts[name].logLikelihood - publishedLogLikelihood[name])).toBeLessThan(0.005);
      expect(cohorts[name].standardErrors.alpha).toBeGreaterThan(0);
      expect(cohorts[name].expectedRemainingPeriods).toBe("unbounded");
    }
  });

  it("projects years 8–12 as the published parameters do by hand, the rows marked projected", () => {
    for (const name of ["highend", "regular"] as const) {
      const projected = cohorts[name].survival.filter((row) => row.projected);
      expect(projected.map((row) => row.period)).toEqual([8, 9, 10, 11, 12]);
      projected.forEach((row, i) => expect(Math.abs(row.modelSurvival - projectedByHand[name][i])).toBeLessThan(0.0006));
      expect(projected.every((row) => row.observedSurvival === null)).toBe(true);
    }
  });

  it("prints α, β with standard errors, the log-likelihood, 'unbounded' and the projection as text, in English and Danish", () => {
    const english = run(["subscriptions", paper]);
    expect(english.code).toBe(0);
    expect(english.stdout).toContain("Cohort regular: 1,000 customers, 759 cancelled, 7 periods observed.");
    expect(english.stdout).toMatch(/α = 0\.704 \(standard error 0\.0\d\d\), β = 1\.182 \(standard error 0\.1\d\d\); log-likelihood -1,680\.27\./);
    expect(english.stdout).toContain("α = 0.668");
    expect(english.stdout).toContain("β = 3.806");
    expect(english.stdout).toContain(subscriptionCliText("en", "remainingUnbounded"));
    expect(english.stdout).toMatch(/\n +12 +17\.0 % +94\.5 %\n/);
    const danish = run(["subscriptions", paper, "--language", "da"]);
    expect(danish.stdout).toContain("Kohorte highend: 1.000 kunder, 509 opsagt, 7 perioder observeret.");
    expect(danish.stdout).toMatch(/α = 0,704 \(standardfejl 0,0\d\d\), β = 1,182/);
    expect(danish.stdout).toContain("Forventede yderligere perioder for en ny kunde: ubegrænset");
    expect(danish.stdout).toMatch(/\n +12 +37,8 % +95,7 %\n/);
  });

  it("values future renewals with --value-per-period: DERL × value by renewals made, and the active customers' total", () => {
    const valued = run(["subscriptions", paper, "--value-per-period", "100", "--json"]);
    const highEnd = cohortsOf(valued.stdout).highend;
    // High end after 7 renewals at 10 %: DERL 7.530 (jdmaturen/shifted_beta_geometric_py at the paper's fit), so 753 at 100 a year.
    const seven = highEnd.residualValues![7];
    expect(seven).toMatchObject({ renewals: 7, activeCustomers: 491 });
    expect(seven.discountedRemainingPeriods).toBeCloseTo(7.53, 2);
    expect(seven.residualValue).toBeCloseTo(100 * seven.discountedRemainingPeriods, 8);
    expect(highEnd.activeCustomersValue).toBeCloseTo(491 * seven.residualValue, 6);
    const text = run(["subscriptions", paper, "--value-per-period", "100"]).stdout;
    expect(text).toContain("Value of future renewals at 100.00 per period, discounted 10.0 % per period (DERL × value):");
    expect(text).toMatch(/\n +7 +491 +94\.2 % +7\.53 +752\.96\n/);
    expect(run(["subscriptions", paper]).stdout).not.toContain("DERL");
  });

  it("fits everyone together with --no-cohort", () => {
    const together = cohortsOf(run(["subscriptions", paper, "--no-cohort", "--json"]).stdout);
    expect(Object.keys(together)).toEqual(["all"]);
    expect(together.all.customers).toBe(2000);
  });
});

describe("kundevaerdi subscriptions on other shapes of the same customers", () => {
  it("reads one row per customer with Danish headers and ja/nej, semicolon-separated, to the same α and β", () => {
    const danish = csvText(paperCustomerRows("da")).replace(/,/g, ";");
    const result = run(["subscriptions", "fornyelser.csv", "--json"], { "fornyelser.csv": danish }, "da");
    expect([result.code, result.stderr]).toEqual([0, ""]);
    expect(JSON.parse(result.stdout)).toMatchObject({ layout: "customers", delimiter: ";", columns: { periods: "Perioder", active: "Aktiv", activeMeans: "active", cohort: "Kohorte" } });
    expectPublished(cohortsOf(result.stdout));
  });

  it("reads the survivors curves (Table 1 as counts) to the same α and β", () => {
    const result = run(["subscriptions", "table1.csv", "--json"], { "table1.csv": csvText(paperSurvivorRows()) });
    expect(JSON.parse(result.stdout)).toMatchObject({ layout: "survivors", columns: { survivors: "Active customers", cohort: "Cohort" } });
    expectPublished(cohortsOf(result.stdout));
  });

  it("takes the columns named by the options, by header or 1-based number", () => {
    const rows = paperCustomerRows("en").map((row, r) => (r === 0 ? ["Id", "Tenure", "Status", "Segment"] : row));
    const result = run(["subscriptions", "x.csv", "--periods-column", "Tenure", "--active-column", "3", "--cohort-column", "4", "--json"], { "x.csv": csvText(rows) });
    expect(JSON.parse(result.stdout).columns).toMatchObject({ periods: "Tenure", active: "Status", cohort: "Segment" });
    expectPublished(cohortsOf(result.stdout));
  });

  it("decodes a Windows-1252 file with Danish headers", () => {
    const text = csvText(paperCustomerRows("da")).replace("Perioder", "Måneder");
    // Windows-1252 writes å as the one byte 0xE5; every other character of the file is ASCII.
    const bytes = Uint8Array.from([...text].map((character) => (character === "å" ? 0xe5 : character.charCodeAt(0))));
    const result = run(["subscriptions", "x.csv", "--json"], { "x.csv": bytes });
    expect(JSON.parse(result.stdout)).toMatchObject({ encoding: "windows-1252", columns: { periods: "Måneder" } });
    expectPublished(cohortsOf(result.stdout));
  });
});

describe("kundevaerdi subscriptions refuses bad input with the row, the column and what to do", () => {
  it("lists every cell that cannot be used, in Danish, by its line in the file", () => {
    const file = "Kunde;Perioder;Aktiv\nA;3;ja\n\nB;tre;måske\nC;;ja\n";
    const result = run(["subscriptions", "x.csv"], { "x.csv": file }, "da");
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      [
        "kundevaerdi: 3 celler i x.csv kan ikke bruges:",
        "  Række 4, kolonne »Perioder«: Perioder skal være et tal, men er »tre«; ret cellen, eller slet rækken.",
        "  Række 4, kolonne »Aktiv«: Aktiv skal være SAND (stadig aktiv) eller FALSK (opsagt), også skrevet 1/0 eller ja/nej, men er »måske«; ret cellen, eller slet rækken.",
        "  Række 5, kolonne »Perioder«: Perioder skal udfyldes, men er tom; ret cellen, eller slet rækken.",
        `  ${subscriptionCliText("da", "fixCells")}`,
        "",
      ].join("\n"),
    );
  });

  it("lists at most 10 cells and counts the rest", () => {
    const file = "Periods,Active\n" + Array.from({ length: 13 }, () => "2,maybe").join("\n");
    const { stderr } = run(["subscriptions", "x.csv"], { "x.csv": file });
    expect(stderr.split("\n").filter((line) => line.includes("column 'Active'"))).toHaveLength(10);
    expect(stderr).toContain("… and 3 more.");
    expect(stderr).toContain("Row 2, column 'Active': Active must be TRUE (still active) or FALSE (cancelled), also written 1/0 or yes/no, got 'maybe'; correct the cell, or delete the row.");
  });

  it("says which columns are missing and which options name them, in Swedish", () => {
    const result = run(["subscriptions", "x.csv"], { "x.csv": "Kund;Belopp\nA;3\n" }, "sv");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("kundevaerdi: x.csv: Ingen kolumn med antal perioder som kund och fortfarande aktiv (ja/nej) hittades (rubrikerna är ”Kund” och ”Belopp”).");
    expect(result.stderr).toContain(subscriptionCliText("sv", "columnAdvice"));
  });

  it("names a column given that the file does not have", () => {
    const { code, stderr } = run(["subscriptions", paper, "--active-column", "Status"]);
    expect(code).toBe(1);
    expect(stderr).toContain("There is no column 'Status' for still active (yes/no): give the header as the data has it, or the column's number (1 = the first).");
  });

  it("explains a file without rows, with only a header, without a header or only with customers in their first period", () => {
    expect(run(["subscriptions", "x.csv"], { "x.csv": "" }).stderr).toContain("There are no rows of data");
    expect(run(["subscriptions", "x.csv"], { "x.csv": "Periods,Active\n" }).stderr).toBe(`kundevaerdi: ${subscriptionCliText("en", "headerOnly", { file: "x.csv" })}\n`);
    expect(run(["subscriptions", "x.csv"], { "x.csv": "3,ja\n1,0\n" }).stderr).toContain("Row 1 holds numbers, not column names: add a header row");
    expect(run(["subscriptions", "x.csv"], { "x.csv": "Periods,Active\n0,yes\n0,yes\n" }).stderr).toBe(`kundevaerdi: ${subscriptionCliText("en", "onlyFirstPeriod", { count: "2", file: "x.csv" })}\n`);
  });

  it("stops when no cohort can be fitted, and reports a cohort it cannot fit beside those it can", () => {
    const few = run(["subscriptions", "x.csv"], { "x.csv": "Periods,Active\n1,yes\n2,no\n" });
    expect(few.code).toBe(1);
    expect(few.stderr).toBe("kundevaerdi: The sBG model could not be fitted to any cohort of x.csv:\n  The sBG model needs at least 30 customers, and 'Periods' holds 2: add more customers to the data.\n");
    const pilot = Array.from({ length: 5 }, (_, i) => `P${i},${i + 1},no,pilot`).join("\n");
    const mixed = run(["subscriptions", "x.csv"], { "x.csv": `${csvText(paperCustomerRows("en"))}${pilot}\n` });
    expect(mixed.code).toBe(0);
    expect(mixed.stdout).toContain("Cohort pilot: 5 customers, 5 cancelled, 5 periods observed.\n  Not fitted: The sBG model needs at least 30 customers, and pilot holds 5: add more customers to the data.");
  });

  it("cannot read a file that is not there, and says so", () => {
    const result = run(["subscriptions", "/no/such/file.csv"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^kundevaerdi: Cannot read \/no\/such\/file\.csv: .*Give the name of a file that exists/);
  });

  it.each([
    [["--project", "0"], '--project must be a whole number of periods from 1 to 600; got "0".'],
    [["--discount", "2"], '--discount must be 0 or a fraction from 0.000000001 to 1 (0.1 = 10 %); got "2".'],
    [["--discount", "1e-12"], '--discount must be 0 or a fraction from 0.000000001 to 1 (0.1 = 10 %); got "1e-12".'],
    [["--value-per-period=-5"], '--value-per-period must be a number ≥ 0; got "-5".'],
    [["--cohort-column", "Plan", "--no-cohort"], "Give either --cohort-column or --no-cohort, not both."],
    [["--periods"], "Unknown option --periods."],
    [["--project"], "Option --project needs a value, e.g. --project 5."],
  ])("refuses %j with a usage mistake (exit 2)", (extra, message) => {
    const result = run(["subscriptions", paper, ...extra]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`kundevaerdi: ${message}\n${subscriptionCliText("en", "seeHelp")}\n`);
  });

  it("asks for a file when none is given, in the language asked for", () => {
    expect(run(["subscriptions", "--language", "sv"]).stderr).toBe(`kundevaerdi: ${subscriptionCliText("sv", "noFile")}\n${subscriptionCliText("sv", "seeHelp")}\n`);
  });
});

describe("kundevaerdi's commands", () => {
  it("runs subscriptions and analyze by their names, and its help names the other commands", () => {
    expect(run(["subscriptions", "--help"], {}, "da", runCommand).stdout).toBe(`${subscriptionCliText("da", "usage")}\n`);
    expect(run(["subscriptions", paper, "--json"], {}, "en", runCommand).stdout).toBe(run(["subscriptions", paper, "--json"]).stdout);
    const help = run(["--help"], {}, "sv", runCommand);
    expect(help.stdout).toBe(`${usageText("sv")}\n\n${subscriptionCliText("sv", "otherCommand")}\n${sqlCliText("sv", "otherCommand")}\n`);
    const analyze = run(["analyze", "--help"], {}, "en", runCommand);
    expect(analyze.stdout).toBe(`${usageText("en")}\n`);
  });
});
