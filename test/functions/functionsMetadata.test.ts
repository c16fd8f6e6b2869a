import * as fs from "fs";
import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { purchaseModelRequestArgument, timeUnitArgument } from "../../src/functions/ranges";

const { functionSources } = require("../../scripts/functionSources.js") as { functionSources: string[] };

/*
 * Golden test of functions.json, the metadata the build generates from the JSDoc of the worksheet
 * functions (the same call the webpack plugin makes). Run with UPDATE_GOLDEN=1 to rewrite
 * test/golden/functions.json after a deliberate change, then review the diff.
 */

const root = path.resolve(__dirname, "../..");
const sources = functionSources.map((file) => path.join(root, file));
const goldenFile = path.join(root, "test/golden/functions.json");

interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: { name: string; description?: string; type?: string; dimensionality?: string; optional?: boolean; customEnumId?: string }[];
  result: { type?: string; dimensionality?: string };
  options?: { requiresParameterAddresses?: boolean; cancelable?: boolean };
}

/** A list of choices AutoComplete offers for a parameter (a custom enum). */
interface ChoiceList {
  id: string;
  type: string;
  values: { name: string; stringValue: string; tooltip: string }[];
}

let generated: { functions: FunctionMetadata[]; enums: ChoiceList[] };

/** The functions that return a 2D array: Excel spills it (a 1×1 result shows as one value). */
const spillingIds = [
  "ABTEST",
  "NPSINTERVAL",
  "NPSCHANGE",
  "CSAT",
  "CSI",
  "ABVALUE",
  "ENGAGEMENT",
  "RESPONSETIME",
  "SEGMENT",
  "RFMSCORE",
  "RFM",
  "NEXTPURCHASE",
  "BGNBD",
  "PURCHASEMODEL",
  "SUMMARYMODEL",
  "GAMMAGAMMA",
  "PALIVE",
  "EXPECTEDPURCHASES",
  "PREDICTEDCLV",
  "SBG",
  "SBGSURVIVAL",
  "SBGRETENTION",
  "SBGRESIDUALVALUE",
  "COHORT",
];

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
      "NPSINTERVAL",
      "NPSCHANGE",
      "CSAT",
      "CSI",
      "ABTEST",
      "ABSAMPLESIZE",
      "ABVALUE",
      "ENGAGEMENT",
      "RESPONSETIME",
      "SEGMENT",
      "RFMSCORE",
      "RFM",
      "NEXTPURCHASE",
      "BGNBD",
      "PURCHASEMODEL",
      "SUMMARYMODEL",
      "GAMMAGAMMA",
      "PALIVE",
      "EXPECTEDPURCHASES",
      "PREDICTEDCLV",
      "SBG",
      "SBGSURVIVAL",
      "SBGRETENTION",
      "SBGRESIDUALVALUE",
      "COHORT",
    ]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of generated.functions) expect(f.name).toBe(f.id);
  });

  it("describes every function and parameter and links each to its section of the reference", () => {
    for (const f of generated.functions) {
      expect(f.description?.trim()).toBeTruthy();
      expect(f.helpUrl).toBe(`https://localhost:3000/functions.html#kv.${f.id.toLowerCase()}`);
      if (spillingIds.includes(f.id)) expect(f.result.dimensionality).toBe("matrix");
      else expect(f.result).toEqual({ type: "number" });
      for (const parameter of f.parameters) {
        expect(parameter.description?.trim()).toBeTruthy();
        // `any`, so that the functions (not Excel) word the error for text; a list of choices is text
        expect(parameter.type).toBe(parameter.customEnumId === undefined ? "any" : "string");
      }
    }
  });

  it("lets Excel cancel exactly the functions that fit a model on the data (they run in stages; KV.SBG's fit on a few periods does not)", () => {
    // Microsoft Learn, "Make a custom function cancelable": the `cancelable` option, and Invocation.onCanceled.
    const cancelable = generated.functions.filter((f) => f.options?.cancelable).map((f) => f.id);
    expect(cancelable).toEqual(["BGNBD", "PURCHASEMODEL", "SUMMARYMODEL", "GAMMAGAMMA"]);
  });

  it("offers the time unit and the model name as choices (custom enums) wherever a function takes them, each choice one the function accepts", () => {
    // Microsoft Learn, "Create custom enums for your custom functions": a parameter names its enum by customEnumId.
    const enums = new Map(generated.enums.map((choices) => [choices.id, choices]));
    const accepts: Record<string, (value: string) => unknown> = { timeUnit: (value) => timeUnitArgument(value, "timeUnit"), model: (value) => purchaseModelRequestArgument(value, "model") };
    const offered = generated.functions.flatMap((f) =>
      f.parameters.filter((p) => p.name in accepts).map((p) => ({ id: f.id, name: p.name, enumId: p.customEnumId })),
    );
    expect(offered.map(({ id, name }) => `${id}.${name}`)).toEqual(["BGNBD.timeUnit", "PURCHASEMODEL.model", "PURCHASEMODEL.timeUnit", "SUMMARYMODEL.model", "SUMMARYMODEL.timeUnit"]);
    for (const { name, enumId } of offered) {
      const choices = enums.get(enumId ?? "");
      expect(choices?.type).toBe("string");
      expect(choices?.values.map((value) => value.stringValue)).toEqual(name === "timeUnit" ? ["week", "day"] : ["auto", "bgnbd", "mbgnbd", "paretonbd"]);
      for (const value of choices?.values ?? []) {
        expect(value.tooltip.trim()).toBeTruthy();
        expect(accepts[name](value.stringValue)).toBe(value.stringValue);
      }
    }
  });

  it("asks Excel for its ranges' addresses wherever Excel gives them (to functions that return an array), so that messages name sheet rows", () => {
    const withRanges = generated.functions.filter((f) => f.parameters.some((p) => p.dimensionality === "matrix"));
    const asking = withRanges.filter((f) => f.options?.requiresParameterAddresses).map((f) => f.id);
    // KV.ABTEST spills but takes only numbers: there are no ranges to name.
    expect(asking).toEqual(spillingIds.filter((id) => withRanges.some((f) => f.id === id)));
    // KV.NPS and KV.CUSTOMEREQUITY return one number: Excel gives such a function no addresses (their messages count within the range).
    expect(withRanges.filter((f) => !asking.includes(f.id)).map((f) => [f.id, f.result.dimensionality])).toEqual([
      ["CUSTOMEREQUITY", undefined],
      ["NPS", undefined],
    ]);
  });

  it("takes ranges only where a range is meant", () => {
    const matrixParameters = generated.functions.flatMap((f) =>
      f.parameters.filter((p) => p.dimensionality === "matrix").map((p) => `${f.id}.${p.name}`),
    );
    // Columns of per-customer or per-row values, and the spilled parameter ranges of KV.BGNBD / KV.GAMMAGAMMA / KV.SBG
    const spillingRanges = [
      "NPSINTERVAL.scores",
      "NPSCHANGE.scoresBefore",
      "NPSCHANGE.scoresAfter",
      "CSAT.answers",
      "CSI.answers",
      "ABVALUE.valuesA",
      "ABVALUE.valuesB",
      "ENGAGEMENT.interactions",
      "ENGAGEMENT.audience",
      "RESPONSETIME.startsOrDurations",
      "RESPONSETIME.ends",
      "RESPONSETIME.holidays",
      "SEGMENT.recency",
      "SEGMENT.frequency",
      "SEGMENT.monetary",
      "RFMSCORE.recency",
      "RFMSCORE.frequency",
      "RFMSCORE.monetary",
      "RFM.customers",
      "RFM.dates",
      "RFM.amounts",
      "NEXTPURCHASE.customers",
      "NEXTPURCHASE.dates",
      "BGNBD.customers",
      "BGNBD.dates",
      "PURCHASEMODEL.customers",
      "PURCHASEMODEL.dates",
      "SUMMARYMODEL.frequency",
      "SUMMARYMODEL.recency",
      "SUMMARYMODEL.T",
      "SUMMARYMODEL.customers",
      "GAMMAGAMMA.frequency",
      "GAMMAGAMMA.monetary",
      "GAMMAGAMMA.customers",
      "PALIVE.frequency",
      "PALIVE.recency",
      "PALIVE.T",
      "PALIVE.bgnbdParameters",
      "EXPECTEDPURCHASES.frequency",
      "EXPECTEDPURCHASES.recency",
      "EXPECTEDPURCHASES.T",
      "EXPECTEDPURCHASES.bgnbdParameters",
      "PREDICTEDCLV.frequency",
      "PREDICTEDCLV.recency",
      "PREDICTEDCLV.T",
      "PREDICTEDCLV.monetary",
      "PREDICTEDCLV.bgnbdParameters",
      "PREDICTEDCLV.gammaGammaParameters",
      "SBG.periodsOrSurvivors",
      "SBG.active",
      "SBGSURVIVAL.period",
      "SBGSURVIVAL.sbgParameters",
      "SBGRETENTION.period",
      "SBGRETENTION.sbgParameters",
      "SBGRESIDUALVALUE.renewals",
      "SBGRESIDUALVALUE.sbgParameters",
      "COHORT.customers",
      "COHORT.dates",
      "COHORT.amounts",
    ];
    expect(matrixParameters).toEqual(["CUSTOMEREQUITY.clv", "NPS.scores", ...spillingRanges]);
  });
});
