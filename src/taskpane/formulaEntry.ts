import type { UiStringKey } from "../i18n/uiStrings";

/** One cell of a spilled example result as Excel shows it: a number, text, TRUE/FALSE, or null for #N/A. */
export type ExampleCell = number | string | boolean | null;

/** A spilled example result: the rows of name and value the function fills, top to bottom. */
export type LabelledRows = ReadonlyArray<readonly [string, ExampleCell]>;

/** An example's result: one number, or the labelled rows of a function that spills. */
export type ExampleResult = number | LabelledRows;

/**
 * One worksheet function as the pane's formula reference shows it.
 */
export interface FormulaEntry {
  /** The function id without namespace, as in functions.json (e.g. "CLV"). */
  id: string;
  category: "lifetimeValue" | "kpis" | "customerVoice" | "experiments";
  /** Parameter names as Excel shows them in the formula tooltip; optional ones are shown in brackets. */
  parameters: ReadonlyArray<{ name: string; optional?: boolean }>;
  /** The example's arguments, written as they appear in the formula (numbers, text in quotes or an array constant). */
  exampleArguments: readonly string[];
  /**
   * The example's result, computed by the engine (never typed in by hand); a promise when the engine loads a
   * statistics module on first use, as Excel's functions do.
   */
  exampleResult: () => ExampleResult | Promise<ExampleResult>;
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

/**
 * The cells an example fills: one for a number, rows × 2 (name and value) for labelled rows.
 * @example exampleSize([["nps", 25], ["low", -29.42]]) // { rows: 2, columns: 2 }
 */
export function exampleSize(result: ExampleResult): { rows: number; columns: number } {
  return typeof result === "number" ? { rows: 1, columns: 1 } : { rows: result.length, columns: 2 };
}
