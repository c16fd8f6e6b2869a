import { outputText } from "../../src/cli/outputText";
import { runCommand } from "../../src/cli/dispatchCommand";
import type { CommandIo } from "../../src/cli/analyzeCommand";
import { summarySql } from "../../src/core/sql/summarySql";

function run(argv: string[], language: "en" | "da" | "sv" = "en") {
  let stdout = "";
  let stderr = "";
  const io: CommandIo = { readFile: () => new Uint8Array(), stdout: (output) => (stdout += outputText([output])), stderr: (text) => (stderr += text) };
  const code = runCommand(argv, io, language);
  return { code, stdout, stderr };
}

const base = ["sql", "--table", "shop.orders", "--customer", "customer_id", "--date", "order_date"];

describe("kundevaerdi sql", () => {
  it("prints the summary query for the table and columns named, DuckDB and the table view by default", () => {
    const { code, stdout, stderr } = run([...base, "--amount", "total", "--as-of", "2024-06-30"]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    expect(stdout).toBe(summarySql({ dialect: "duckdb", table: "shop.orders", customer: "customer_id", date: "order_date", amount: "total", asOf: "2024-06-30", timeUnit: "week", view: "table" }));
    expect(stdout).toContain('FROM "shop"."orders"');
    expect(stdout).toContain("DATE '2024-06-30'");
    expect(stdout).toMatch(/^-- Kundeværdi: one row per customer of shop\.orders/);
  });

  it("takes a calibration end: the model view adds the holdout purchase days", () => {
    const { stdout } = run([...base, "--amount", "total", "--view", "model", "--holdout-until", "2024-03-31", "--as-of", "2024-06-30"]);
    expect(stdout).toBe(
      summarySql({ dialect: "duckdb", table: "shop.orders", customer: "customer_id", date: "order_date", amount: "total", asOf: "2024-06-30", holdoutUntil: "2024-03-31", timeUnit: "week", view: "model" }),
    );
    expect(stdout).toContain("holdout_purchases");
    expect(run([...base, "--holdout-until", "2024-07-01", "--as-of", "2024-06-30"]).stderr).toBe(
      "kundevaerdi: --holdout-until 2024-07-01 is after --as-of 2024-06-30: the calibration must end on or before the observation end.\nRun kundevaerdi sql --help to see the options.\n",
    );
  });

  it("takes the dialect, view and time unit", () => {
    const { stdout } = run([...base, "--dialect", "postgresql", "--view", "model", "--time-unit", "day"]);
    expect(stdout).toBe(summarySql({ dialect: "postgresql", table: "shop.orders", customer: "customer_id", date: "order_date", timeUnit: "day", view: "model" }));
    // Without an amount column every customer-day is a purchase and there is no spend.
    expect(stdout).toContain("CAST(NULL AS DOUBLE PRECISION) AS monetary");
  });

  it("takes --grouped: one row per group of customers in whole periods, in either view", () => {
    const model = run([...base, "--amount", "total", "--view", "model", "--time-unit", "day", "--grouped"]);
    expect({ code: model.code, stderr: model.stderr }).toEqual({ code: 0, stderr: "" });
    expect(model.stdout).toBe(summarySql({ dialect: "duckdb", table: "shop.orders", customer: "customer_id", date: "order_date", amount: "total", timeUnit: "day", view: "model", grouped: true }));
    expect(model.stdout).toContain('GROUP BY frequency, recency, "T"');
    expect(model.stdout).toContain("AS groups_in_table");
    const table = run([...base, "--grouped"]).stdout;
    expect(table).toBe(summarySql({ dialect: "duckdb", table: "shop.orders", customer: "customer_id", date: "order_date", timeUnit: "week", view: "table", grouped: true }));
    expect(table).toContain("GROUP BY purchases, first_purchase, last_purchase");
    // Without it, one row per customer, as before.
    expect(run(base).stdout).toContain("ORDER BY customer;");
    expect(run([...base, "--grouped=yes"]).stderr).toMatch(/^kundevaerdi: Option --grouped takes no value\./);
  });

  it.each([
    [["sql", "--customer", "c", "--date", "d"], "en", "kundevaerdi: Option --table is needed: name the table in your table.\nRun kundevaerdi sql --help to see the options.\n"],
    [[...base, "--dialect", "oracle"], "en", "kundevaerdi: --dialect oracle is not possible: write duckdb, postgresql.\nRun kundevaerdi sql --help to see the options.\n"],
    [[...base, "--as-of", "2024-02-30"], "da", "kundevaerdi: --as-of 2024-02-30 er ikke muligt: skriv YYYY-MM-DD.\nKør kundevaerdi sql --help for at se tilvalgene.\n"],
    [[...base, "--colour"], "sv", "kundevaerdi: Okänt alternativ --colour.\nKör kundevaerdi sql --help för att se alternativen.\n"],
  ] as const)("refuses %j with a message in the command's language, exit code 2", (argv, language, message) => {
    expect(run([...argv], language)).toEqual({ code: 2, stdout: "", stderr: message });
  });

  it("has help in every language, and the general help names it", () => {
    expect(run(["sql", "--help"]).stdout).toMatch(/^Usage: kundevaerdi sql --table TABLE/);
    expect(run(["sql", "--help"], "da").stdout).toMatch(/^Brug: kundevaerdi sql --table TABEL/);
    expect(run(["sql", "--help"], "sv").stdout).toMatch(/^Användning: kundevaerdi sql --table TABELL/);
    expect(run(["--help"]).stdout).toContain("kundevaerdi sql prints the per-customer summary query");
    for (const language of ["en", "da", "sv"] as const) expect(run(["sql", "--help"], language).stdout).toMatch(/\n {2}--grouped {2,}\S/);
  });
});
