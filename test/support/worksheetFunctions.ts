import * as path from "path";

/*
 * Every KV worksheet function by its id, read from the sources the build bundles (scripts/functionSources.js), so a
 * new source file is evaluated by the docs tests without being listed again; and the splitting of a formula's
 * arguments as Excel reads them.
 */

const { functionSources } = require("../../scripts/functionSources.js") as { functionSources: string[] };
const root = path.resolve(__dirname, "../..");

/** The exported functions of every worksheet-function source, by name (the function id). */
export const worksheetFunctions: Record<string, (...args: any[]) => unknown> = Object.fromEntries(
  functionSources.flatMap((source) =>
    Object.entries(require(path.join(root, source)) as Record<string, unknown>).filter((entry): entry is [string, (...args: any[]) => unknown] => typeof entry[1] === "function"),
  ),
);

/**
 * Splits a formula's argument text at `separator` where it is not inside (…), {…} or "…".
 * @example splitFormulaArguments('{1,2}, "a,b", DATE(2024,1,2)', ",") // ["{1,2}", ' "a,b"', " DATE(2024,1,2)"]
 */
export function splitFormulaArguments(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inText = false;
  let current = "";
  for (const character of text) {
    if (character === '"') inText = !inText;
    else if (!inText && (character === "(" || character === "{")) depth += 1;
    else if (!inText && (character === ")" || character === "}")) depth -= 1;
    if (character === separator && depth === 0 && !inText) {
      parts.push(current);
      current = "";
    } else {
      current += character;
    }
  }
  parts.push(current);
  return parts;
}
