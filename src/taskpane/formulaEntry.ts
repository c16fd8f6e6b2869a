import type { UiStringKey } from "../i18n/uiStrings";

/**
 * One worksheet function as the pane's formula reference shows it.
 */
export interface FormulaEntry {
  /** The function id without namespace, as in functions.json (e.g. "CLV"). */
  id: string;
  category: "lifetimeValue" | "kpis";
  /** Parameter names as Excel shows them in the formula tooltip; optional ones are shown in brackets. */
  parameters: ReadonlyArray<{ name: string; optional?: boolean }>;
  /** The example's arguments, written as they appear in the formula (numbers or an array constant). */
  exampleArguments: readonly string[];
  /** The example's result, computed by the engine (never typed in by hand). */
  exampleResult: () => number;
  description: UiStringKey;
}

/**
 * The function's syntax with optional parameters in brackets.
 * @example formulaSyntax(clvEntry) // "KV.CLV(averageOrderValue, purchasesPerYear, lifespanYears, [grossMargin], [annualDiscountRate])"
 */
export function formulaSyntax(entry: FormulaEntry): string {
  const parameters = entry.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name));
  return `KV.${entry.id}(${parameters.join(", ")})`;
}

/**
 * The example as a formula Excel accepts in `Range.formulas` (English separators).
 * @example exampleFormula(clvEntry) // "=KV.CLV(500, 4, 3, 0.4, 0.1)"
 */
export function exampleFormula(entry: FormulaEntry): string {
  return `=KV.${entry.id}(${entry.exampleArguments.join(", ")})`;
}
