import * as fs from "fs";
import * as path from "path";
import { splitFormulaArguments, worksheetFunctions } from "../support/worksheetFunctions";

/*
 * Checks docs/functions.md against the code: every example line
 *   `=KV.CLV(500, 4, 3, 0.4, 0.1)` → `1989.48`
 * is evaluated by calling the exported worksheet function with the literal arguments, and its stated
 * result (rounded to 2 decimals, or #VALUE!) must match. Arguments may be numbers, "text", TRUE/FALSE,
 * array constants {1,2;3,4} (commas between columns, semicolons between rows; no separators inside text)
 * and empty (omitted, passed as null like Excel does). A scalar given for a range parameter is passed as
 * a 1×1 range, as Excel does. A spilling function's result is written as an array constant
 * (`{"A",45337;"B",#N/A}`: text exact, numbers to 2 decimals, #N/A an error cell), or as one number when
 * it spills a single cell; `#N/A` alone is a thrown #N/A.
 */

const root = path.resolve(__dirname, "../..");
const markdown = fs.readFileSync(path.join(root, "docs/functions.md"), "utf8");
const golden: { functions: { id: string; helpUrl: string; parameters: { name: string; optional?: boolean; dimensionality?: string }[] }[] } =
  JSON.parse(fs.readFileSync(path.join(root, "test/golden/functions.json"), "utf8"));
// The heading anchors come from the renderer of functions.html. Its markdown library (marked) is an ES module
// that jest's CommonJS runtime cannot load, and headingAnchor does not use it, so it is stubbed here.
jest.mock("marked", () => ({ Marked: class {} }));
const { headingAnchor } = require("../../scripts/renderFunctionReference.js") as { headingAnchor: (text: string) => string };

const exampleLine = /^`=KV\.([A-Z]+)\((.*)\)` → `([^`]+)`$/;

interface Example {
  line: number;
  section: string | undefined;
  id: string;
  argumentText: string;
  expected: string;
}

/** The example lines, each with the "## KV.ID" section it appears in. */
function examples(): Example[] {
  let section: string | undefined;
  return markdown.split("\n").flatMap((text, index) => {
    const heading = /^## (.+)$/.exec(text);
    if (heading) section = heading[1].trim();
    if (!text.startsWith("`=KV.")) return [];
    const match = exampleLine.exec(text);
    if (!match) throw new Error(`docs/functions.md line ${index + 1} looks like an example but does not parse: ${text}`);
    return [{ line: index + 1, section, id: match[1], argumentText: match[2], expected: match[3] }];
  });
}

function literal(token: string): unknown {
  const text = token.trim();
  if (text === "") return null;
  if (/^".*"$/.test(text)) return text.slice(1, -1);
  if (text === "TRUE" || text === "FALSE") return text === "TRUE";
  if (text === "#N/A") return errorCell;
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  if (/^\{.*\}$/.test(text)) {
    return text
      .slice(1, -1)
      .split(";")
      .map((row) => row.split(",").map((cell) => literal(cell)));
  }
  throw new Error(`Unsupported literal in docs example: ${text}`);
}

function evaluate(example: Example): () => unknown {
  const metadata = golden.functions.find((f) => f.id === example.id);
  if (!metadata) throw new Error(`KV.${example.id} is not in functions.json`);
  const args = splitFormulaArguments(example.argumentText, ",").map((token, index) => {
    const value = literal(token);
    const isRange = metadata.parameters[index]?.dimensionality === "matrix";
    return isRange && !Array.isArray(value) ? [[value]] : value;
  });
  return () => worksheetFunctions[example.id](...args);
}

const allExamples = examples();

/** A call's value, or what it threw or rejected with. */
async function settle(call: () => unknown): Promise<{ value?: unknown; error?: unknown }> {
  try {
    return { value: await call() };
  } catch (error) {
    return { error };
  }
}

/** Marks an expected #N/A cell of an array result. */
const errorCell = Symbol("#N/A");

/** Checks one cell of a spilled result against its documented value. */
function expectCell(actual: unknown, expected: unknown): void {
  if (expected === errorCell) expect((actual as CustomFunctions.Error).code).toBe("#N/A");
  else if (typeof expected === "number") expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(0.005 + 1e-9);
  else expect(actual).toBe(expected);
}

describe("docs/functions.md examples", () => {
  it("has examples", () => {
    expect(allExamples.length).toBeGreaterThan(20);
  });

  it.each(allExamples.map((example) => [`line ${example.line}: KV.${example.id}(${example.argumentText}) → ${example.expected}`, example] as const))(
    "%s",
    async (_title, example) => {
      expect(example.section).toBe(`KV.${example.id}`);
      const metadata = golden.functions.find((f) => f.id === example.id);
      const argumentCount = splitFormulaArguments(example.argumentText, ",").length;
      expect(argumentCount).toBeGreaterThanOrEqual(metadata!.parameters.filter((p) => !p.optional).length);
      expect(argumentCount).toBeLessThanOrEqual(metadata!.parameters.length);
      // A fitting function (KV.BGNBD, …) answers with a Promise: every example is settled before it is judged.
      const settled = await settle(evaluate(example));
      if (example.expected === "#VALUE!" || example.expected === "#N/A") {
        expect(settled.error).toBeInstanceOf(CustomFunctions.Error);
        expect((settled.error as CustomFunctions.Error).code).toBe(example.expected);
        return;
      }
      expect(settled.error).toBeUndefined();
      const result = settled.value;
      if (example.expected.startsWith("{")) {
        const expected = literal(example.expected) as unknown[][];
        expect((result as unknown[][]).map((row) => row.length)).toEqual(expected.map((row) => row.length));
        expected.forEach((row, rowIndex) => row.forEach((cell, column) => expectCell((result as unknown[][])[rowIndex][column], cell)));
        return;
      }
      expect(example.expected).toMatch(/^-?\d+\.\d{2}$/);
      const value = Array.isArray(result) ? (expect(result).toEqual([[expect.any(Number)]]), result[0][0]) : result;
      expect(Math.abs((value as number) - Number(example.expected))).toBeLessThanOrEqual(0.005 + 1e-9);
    },
  );
});

describe("docs/functions.md sections", () => {
  const headings = [...markdown.matchAll(/^## (.+)$/gm)].map((match) => match[1].trim());

  it.each(golden.functions.map((f) => [f.id, f] as const))("documents KV.%s with an example, at its help URL", (id, metadata) => {
    const heading = `KV.${id}`;
    expect(headings.filter((h) => h === heading)).toHaveLength(1);
    expect(metadata.helpUrl.endsWith(`#${headingAnchor(heading)}`)).toBe(true);
    expect(allExamples.some((example) => example.id === id && example.expected !== "#VALUE!")).toBe(true);
    for (const parameter of metadata.parameters) {
      const section = markdown.split(`## ${heading}\n`)[1].split("\n## ")[0];
      expect(section).toContain(`| ${parameter.name} |`);
    }
  });
});
