import * as fs from "fs";
import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

/*
 * Golden test of functions.json, the metadata the build generates from the JSDoc of the worksheet
 * functions (the same call the webpack plugin makes). Run with UPDATE_GOLDEN=1 to rewrite
 * test/golden/functions.json after a deliberate change, then review the diff.
 */

const root = path.resolve(__dirname, "../..");
const sources = ["src/functions/lifetimeValue.ts", "src/functions/kpis.ts"].map((file) => path.join(root, file));
const goldenFile = path.join(root, "test/golden/functions.json");

interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: { name: string; description?: string; type?: string; dimensionality?: string; optional?: boolean }[];
  result: { type?: string; dimensionality?: string };
}

let generated: { functions: FunctionMetadata[] };

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(sources, true);
  expect(result.errors).toEqual([]);
  generated = JSON.parse(result.metadataJson);
  if (process.env.UPDATE_GOLDEN === "1") {
    fs.writeFileSync(goldenFile, `${JSON.stringify(generated, null, 2)}\n`);
  }
});

describe("functions.json", () => {
  it("matches the golden file", () => {
    expect(generated).toEqual(JSON.parse(fs.readFileSync(goldenFile, "utf8")));
  });

  it("has every function id once, named as its id", () => {
    const ids = generated.functions.map((f) => f.id);
    expect(ids).toEqual([
      "CLV",
      "CLVRETENTION",
      "CUSTOMEREQUITY",
      "NPS",
      "CHURNRATE",
      "RETENTIONRATE",
      "CONVERSIONRATE",
      "AOV",
      "PURCHASEFREQUENCY",
      "CACPAYBACK",
    ]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of generated.functions) expect(f.name).toBe(f.id);
  });

  it("describes every function and parameter and links each to its section of the reference", () => {
    for (const f of generated.functions) {
      expect(f.description?.trim()).toBeTruthy();
      expect(f.helpUrl).toBe(`https://localhost:3000/functions.html#kv.${f.id.toLowerCase()}`);
      expect(f.result).toEqual({ type: "number" });
      for (const parameter of f.parameters) {
        expect(parameter.description?.trim()).toBeTruthy();
        // `any`, so that the functions (not Excel) word the error for text
        expect(parameter.type).toBe("any");
      }
    }
  });

  it("takes ranges only where a range is meant", () => {
    const matrixParameters = generated.functions.flatMap((f) =>
      f.parameters.filter((p) => p.dimensionality === "matrix").map((p) => `${f.id}.${p.name}`),
    );
    expect(matrixParameters).toEqual(["CUSTOMEREQUITY.clv", "NPS.scores"]);
  });
});
