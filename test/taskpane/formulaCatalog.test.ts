import * as abTests from "../../src/functions/abTests";
import * as engagement from "../../src/functions/engagement";
import * as kpis from "../../src/functions/kpis";
import * as lifetimeValue from "../../src/functions/lifetimeValue";
import * as surveys from "../../src/functions/surveys";
import { formulaCatalog } from "../../src/taskpane/formulaCatalog";
import { exampleFormula, exampleSize, formulaSyntax, type ExampleResult } from "../../src/taskpane/formulaEntry";
import golden from "../golden/functions.json";

/**
 * The worksheet functions whose every argument can be typed into a formula (numbers, text, array constants): the
 * pane gives each a one-click example. The model-backed ones (KV.BGNBD, …) need data ranges; docs/functions.md
 * covers them all.
 */
const inlineFunctionModules = { lifetimeValue, kpis, surveys, abTests, engagement };
const worksheetFunctions: Record<string, (...args: any[]) => unknown> = Object.fromEntries(
  Object.values(inlineFunctionModules).flatMap((module) => Object.entries(module).filter(([, value]) => typeof value === "function")),
);

/** Turns an example argument as written in a formula into what Excel passes: a number, text, or a matrix for `{…}`. */
function excelArgument(text: string): unknown {
  if (text.startsWith("{")) {
    return text
      .slice(1, -1)
      .split(";")
      .map((row) => row.split(",").map(Number));
  }
  if (text.startsWith('"')) return text.slice(1, -1);
  return Number(text);
}

/** A worksheet function's spilled matrix as the catalog writes rows: #N/A becomes null. */
function asLabelledRows(matrix: unknown): ExampleResult {
  return (matrix as unknown[][]).map(([name, value]) => [
    name as string,
    value instanceof CustomFunctions.Error ? (value.code === CustomFunctions.ErrorCode.notAvailable ? null : `${value.code}`) : (value as number),
  ]);
}

describe("the pane's formula catalog", () => {
  it("lists every formula whose arguments can be typed inline, with the parameter names and optional flags of functions.json", () => {
    expect(formulaCatalog.map((entry) => entry.id).sort()).toEqual(Object.keys(worksheetFunctions).sort());
    for (const entry of formulaCatalog) {
      const metadata = golden.functions.find((f) => f.id === entry.id)!;
      expect(entry.parameters.map((p) => ({ name: p.name, optional: Boolean(p.optional) }))).toEqual(
        metadata.parameters.map((p) => ({ name: p.name, optional: Boolean((p as { optional?: boolean }).optional) })),
      );
    }
  });

  it.each(formulaCatalog.map((entry) => [entry.id, entry] as const))(
    "%s: the example's stated result is what the worksheet function returns for it",
    async (id, entry) => {
      const args = entry.exampleArguments.map(excelArgument);
      const returned = await worksheetFunctions[id](...args);
      const stated = await entry.exampleResult();
      if (typeof stated === "number") {
        expect(Number.isFinite(stated)).toBe(true);
        expect(returned as number).toBeCloseTo(stated, 10);
        return;
      }
      const spilled = asLabelledRows(returned) as Array<[string, unknown]>;
      expect(spilled.map(([name]) => name)).toEqual(stated.map(([name]) => name));
      stated.forEach(([name, value], row) => {
        if (typeof value === "number") expect([name, spilled[row][1] as number]).toEqual([name, expect.closeTo(value, 10)]);
        else expect([name, spilled[row][1]]).toEqual([name, value]);
      });
      expect(exampleSize(stated)).toEqual({ rows: (returned as unknown[][]).length, columns: (returned as unknown[][])[0].length });
    },
  );

  it("writes syntax and example formulas the way Excel shows and accepts them", () => {
    const clv = formulaCatalog.find((entry) => entry.id === "CLV")!;
    expect(formulaSyntax(clv)).toBe("KV.CLV(averageOrderValue, purchasesPerYear, lifespanYears, [grossMargin], [annualDiscountRate])");
    expect(exampleFormula(clv)).toBe("=KV.CLV(500, 4, 3, 0.4, 0.1)");
    const change = formulaCatalog.find((entry) => entry.id === "NPSCHANGE")!;
    expect(exampleFormula(change)).toBe("=KV.NPSCHANGE({9,10,6,3,7,8,9,5,10,2}, {9,10,10,9,8,7,9,10,6,9})");
  });

  it("matches the worked examples a marketer can check by hand", async () => {
    const result = (id: string) => formulaCatalog.find((entry) => entry.id === id)!.exampleResult();
    const row = async (id: string, name: string) => new Map((await result(id)) as Array<[string, unknown]>).get(name);
    // 500 × 4 × 0.4 = 800 a year; 800/1.1 + 800/1.1² + 800/1.1³ = 1989.48
    expect(result("CLV")).toBeCloseTo(1989.48, 2);
    // m·r/(1+d−r) = 100 × 0.8 / (1.12 − 0.8) = 250 (Gupta & Lehmann 2003)
    expect(result("CLVRETENTION")).toBeCloseTo(250, 10);
    // 1500 × (2000 + 300)
    expect(result("CUSTOMEREQUITY")).toBe(3_450_000);
    // promoters 10,9,9,10 = 50 %, detractors 3,6 = 25 % → 25
    expect(result("NPS")).toBe(25);
    // 600 / (100 × 0.4) = 15 months
    expect(result("CACPAYBACK")).toBe(15);
    // Adjusted Wald (Rocks 2016): 4+0.75 promoters, 2+0.75 detractors of 8+3: NPS 25 with −29.42 to 65.78, as docs/functions.md states
    expect(await row("NPSINTERVAL", "nps")).toBe(25);
    expect(await row("NPSINTERVAL", "low")).toBeCloseTo(-29.42, 2);
    // 7 of 10 answers are 4 or 5: CSAT 0.7; the mean 3.7 on 1–5 is (3.7 − 1)/4 × 100 = 67.5
    expect(await row("CSAT", "csat")).toBeCloseTo(0.7, 12);
    expect(await row("CSI", "csi")).toBeCloseTo(67.5, 12);
    // 260/10000 − 200/10000 = 0.006 uplift; Fleiss et al. eq. 4.14 for 10 % → 12 %: 3,841 a group
    expect(await row("ABTEST", "uplift")).toBeCloseTo(0.006, 12);
    expect(result("ABSAMPLESIZE")).toBe(3841);
    // revenue per customer: 1297 / 20 = 64.85 in A, 5321 / 20 = 266.05 in B; three big spenders in B make Welch's
    // interval (−119.90 to 522.30, docs/functions.md) disagree with the bootstrap's, and the result says so
    expect(await row("ABVALUE", "difference")).toBeCloseTo(266.05 - 64.85, 10);
    expect(await row("ABVALUE", "bootstrapAgrees")).toBe(false);
    expect(await row("ABVALUE", "largerThanChance")).toBe(false);
    // (120 + 80 + 200 + 50) / (2000 + 1600 + 2500 + 1000) = 450 / 7100
    expect(await row("ENGAGEMENT", "rate")).toBeCloseTo(450 / 7100, 12);
    // the 5th and 6th of ten sorted times are both 3:00, so MEDIAN is 3 hours; PERCENTILE.INC(…, 0.9) = 12 + 0.1 × (24 − 12) = 13.2
    expect(await row("RESPONSETIME", "median")).toBeCloseTo(3, 12);
    expect(await row("RESPONSETIME", "p90")).toBeCloseTo(13.2, 12);
  });
});
