import * as kpis from "../../src/functions/kpis";
import * as lifetimeValue from "../../src/functions/lifetimeValue";
import { formulaCatalog } from "../../src/taskpane/formulaCatalog";
import { exampleFormula, formulaSyntax } from "../../src/taskpane/formulaEntry";
import golden from "../golden/functions.json";

const worksheetFunctions: Record<string, (...args: any[]) => number> = { ...kpis, ...lifetimeValue } as any;

/** Turns an example argument as written in a formula into what Excel passes: a number, or a matrix for `{…}`. */
function excelArgument(text: string): unknown {
  if (text.startsWith("{")) {
    return text
      .slice(1, -1)
      .split(";")
      .map((row) => row.split(",").map(Number));
  }
  return Number(text);
}

describe("the pane's formula catalog", () => {
  it("lists every everyday formula (lifetime value and KPIs), with the parameter names and optional flags of functions.json", () => {
    // The model-backed functions (KV.BGNBD, …) need data ranges, so the pane's one-click examples cover the
    // closed-form formulas of src/functions/lifetimeValue.ts and kpis.ts; docs/functions.md covers them all.
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
    (id, entry) => {
      const args = entry.exampleArguments.map(excelArgument);
      expect(worksheetFunctions[id](...args)).toBeCloseTo(entry.exampleResult(), 10);
      expect(Number.isFinite(entry.exampleResult())).toBe(true);
    },
  );

  it("writes syntax and example formulas the way Excel shows and accepts them", () => {
    const clv = formulaCatalog.find((entry) => entry.id === "CLV")!;
    expect(formulaSyntax(clv)).toBe("KV.CLV(averageOrderValue, purchasesPerYear, lifespanYears, [grossMargin], [annualDiscountRate])");
    expect(exampleFormula(clv)).toBe("=KV.CLV(500, 4, 3, 0.4, 0.1)");
  });

  it("matches the worked examples a marketer can check by hand", () => {
    const result = (id: string) => formulaCatalog.find((entry) => entry.id === id)!.exampleResult();
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
  });
});
