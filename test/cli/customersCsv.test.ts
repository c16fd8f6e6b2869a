import { outputText } from "../../src/cli/outputText";
import * as fs from "node:fs";
import { runAnalyzeCommand, type CommandIo } from "../../src/cli/analyzeCommand";
import { customersCsvChunks } from "../../src/cli/customersCsv";
import type { Report } from "../../src/core/report/reportModel";
import { reportLabel } from "../../src/i18n/reportLabels";
import { fixturePath } from "../support/fixtures";

/** Runs analyze with files kept in memory; `failWrite` makes writing fail as a full disk would. */
function run(argv: string[], files: Record<string, string> = {}, failWrite = false) {
  let stdout = "";
  let stderr = "";
  const written: Record<string, string> = {};
  const io: CommandIo = {
    readFile: (file) => (files[file] === undefined ? fs.readFileSync(file) : new TextEncoder().encode(files[file])),
    stdout: (output) => (stdout += outputText([output])),
    stderr: (text) => (stderr += text),
    writeFile: (file, chunks) => {
      if (failWrite) throw new Error("no space left on device");
      written[file] = [...chunks].join("");
    },
  };
  return { code: runAnalyzeCommand(argv, io), stdout, stderr, written };
}

const cdnow = ["analyze", fixturePath("cdnowElog.csv"), "--customer", "sampleid"];

describe("kundevaerdi analyze --customers-csv", () => {
  it("writes the Customers sheet's table as ISO CSV in English: one line per customer, numbers unrounded", () => {
    const { code, stdout, written } = run([...cdnow, "--customers-csv", "out.csv", "--json"]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    const lines = written["out.csv"].split("\r\n");
    expect(lines[0].startsWith("\uFEFF")).toBe(true);
    expect(lines[0].slice(1).split(",")[0]).toBe(reportLabel("en", "customer"));
    expect(lines.filter((line) => line !== "")).toHaveLength(1 + 2357);
    // Customer 1's line against the JSON's per-customer figures (the same report).
    const header = lines[0].slice(1).split(",");
    const first = lines.find((line) => line.startsWith("1,"))!.split(",");
    const clvColumn = header.indexOf(reportLabel("en", "clv"));
    expect(clvColumn).toBeGreaterThan(0);
    // The JSON rounds CLVs to 4 decimals; the CSV keeps every digit.
    const jsonFirst = json.perCustomer.find((customer: { id: string }) => customer.id === "1");
    expect(Number(first[clvColumn])).toBeCloseTo(jsonFirst.clv, 4);
    expect(first[clvColumn].split(".")[1]?.length ?? 0).toBeGreaterThan(4);
  });

  it("writes Nordic fields in Danish (; and decimal comma), and says where the table is", () => {
    const { code, stdout, written } = run([...cdnow, "--customers-csv", "kunder.csv", "--language", "da"]);
    expect(code).toBe(0);
    const [header, ...rows] = written["kunder.csv"].split("\r\n");
    expect(header.slice(1).split(";")[0]).toBe(reportLabel("da", "customer"));
    expect(rows.filter((row) => row !== "").every((row) => !/\d\.\d/.test(row))).toBe(true);
    expect(rows.some((row) => /\d,\d/.test(row))).toBe(true);
    expect(stdout.trim().endsWith("Tabellen pr. kunde (2357 kunder) er i kunder.csv.")).toBe(true);
  });

  it("quotes a field holding the delimiter and keeps formula-like ids from running", () => {
    const report: Report = {
      sheets: [
        {
          id: "customers",
          tables: [{ id: "customers", title: "customers", columns: [{ key: "customer", format: "text" }, { key: "clv", format: "currency" }], rows: [["=HYPERLINK(1)", 1.5], ["a;b", null], ['say "hi"', -2]] }],
          charts: [],
        },
      ],
    };
    expect([...customersCsvChunks(report, "sv", "nordic")].join("").split("\r\n").slice(1, 4)).toEqual(["'=HYPERLINK(1);1,5", '"a;b";', '"say ""hi""";-2']);
    expect([...customersCsvChunks(report, "en", "iso")].join("").split("\r\n")[1]).toBe("'=HYPERLINK(1),1.5");
  });

  it("refuses a file it cannot write, and a CSV format it does not know", () => {
    expect(run([...cdnow, "--customers-csv", "/full/out.csv"], {}, true)).toMatchObject({
      code: 1,
      stderr: "kundevaerdi: Cannot write /full/out.csv: no space left on device. Check the folder exists and may be written to.\n",
    });
    expect(run([...cdnow, "--customers-csv", "out.csv", "--csv-format", "excel"])).toMatchObject({ code: 2 });
  });
});
