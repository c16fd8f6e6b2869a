import { outputText } from "../../src/cli/outputText";
import fs from "fs";
import { runAnalyzeCommand, type CommandIo } from "../../src/cli/analyzeCommand";
import { fixturePath } from "../support/fixtures";

function run(argv: string[]) {
  let stdout = "";
  let stderr = "";
  const io: CommandIo = { readFile: (file) => fs.readFileSync(file), stdout: (output) => (stdout += outputText([output])), stderr: (text) => (stderr += text) };
  const code = runAnalyzeCommand(argv, io, "en");
  return { code, stdout, stderr };
}

const cdnow = [fixturePath("cdnowElog.csv"), "--customer", "sampleid"];

describe("kundevaerdi analyze --model and --holdout-until on the CDNOW sample", () => {
  it("fits the model asked for: the Pareto/NBD with its published parameters (FHL 2005: r 0.553, α 10.58, s 0.606, β 11.67)", () => {
    const result = run(["analyze", ...cdnow, "--as-of", "1997-09-30", "--model", "paretonbd", "--json"]);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.purchaseModel).toMatchObject({ used: "paretonbd", choice: "request" });
    expect(json.models.paretonbd.s).toBeCloseTo(0.606, 2);
    expect(json.models.paretonbd.beta).toBeCloseTo(11.67, 0);
    expect(json.models.bgnbd).toBeUndefined();
  });

  it("chooses on the holdout and lists every model compared with its test-period error", () => {
    const result = run(["analyze", ...cdnow, "--holdout-until", "1997-09-30", "--json"]);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.purchaseModel.choice).toBe("holdout");
    expect(json.purchaseModel.compared.map((entry: { model: string }) => entry.model)).toEqual(["bgnbd", "mbgnbd", "paretonbd"]);
    const errors = json.purchaseModel.compared.map((entry: { holdoutError: number }) => entry.holdoutError);
    for (const error of errors) expect(error).toBeGreaterThan(0);
    const used = json.purchaseModel.compared.find((entry: { status: string }) => entry.status === "used");
    expect(used.model).toBe(json.purchaseModel.used);
    expect(used.holdoutError).toBe(Math.min(...errors));
    const text = run(["analyze", ...cdnow, "--holdout-until", "1997-09-30"]).stdout;
    expect(text).toContain("Purchase model: ");
    expect(text).toContain("Smallest error on the test period");
    expect(text).toContain("Pareto/NBD (purchases): log-likelihood");
  });

  it("refuses a holdout end outside the purchase period, saying the period", () => {
    const result = run(["analyze", ...cdnow, "--holdout-until", "1999-01-01"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("--holdout-until 1999-01-01 must fall inside the purchase period");
    expect(result.stderr).toContain("1997-01-01 to 1998-06-30");
  });
});
