/**
 * The worksheet functions in Danish and Swedish: src/i18n/functionNames.json (the one source of truth) against the
 * metadata generated from the function sources webpack builds (so functions added later are covered), the
 * Excel naming rules for every name in every language, and golden files of the generated functions.da.json and
 * functions.sv.json. Run with UPDATE_GOLDEN=1 to rewrite test/golden/functions.{da,sv}.json after a deliberate
 * change, then review the diff.
 */
import fs from "fs";
import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { productionConfig, REPO_ROOT } from "../manifest/emittedFiles";

// webpack.config.js requires this module, which loads the ESM-only `marked`; only the function sources are needed here.
jest.mock("../../scripts/renderFunctionReference.js", () => ({ renderFunctionReference: (markdown: string) => markdown }));

interface Parameter {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: Parameter[];
  result: { type?: string; dimensionality?: string };
}
interface Metadata {
  functions: FunctionMetadata[];
}
interface Translation {
  name: string;
  description: string;
  parameters?: Record<string, string>;
}
type Translations = Record<string, Record<string, Translation>>;
/** src/i18n/functionChoices.json: per custom enum, per choice, its tooltip in each language. */
type ChoiceTooltips = Record<string, Record<string, Record<string, string>>>;

const { checkTranslations, functionNameProblems, isCellReference, localizeMetadata, untranslatedShape, localeFileName } =
  require("../../scripts/functionTranslations.js") as {
    checkTranslations: (metadata: Metadata, translations: Translations, languages?: string[], choiceTooltips?: ChoiceTooltips) => { problems: string[]; warnings: string[] };
    functionNameProblems: (name: string) => string[];
    isCellReference: (name: string) => boolean;
    localizeMetadata: (metadata: Metadata, translations: Translations, language: string, choiceTooltips?: ChoiceTooltips) => Metadata;
    untranslatedShape: (metadata: Metadata) => unknown;
    localeFileName: (language: string) => string;
  };
const { BUILTIN_FUNCTIONS, BUILTIN_FUNCTION_NAMES } = require("../../scripts/excelBuiltinFunctionNames.js") as {
  BUILTIN_FUNCTIONS: [string, string, string][];
  BUILTIN_FUNCTION_NAMES: Record<"en" | "da" | "sv", string[]>;
};

const LANGUAGES = ["da", "sv"];
const translations: Translations = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, "src/i18n/functionNames.json"), "utf8"));
const choiceTooltips: ChoiceTooltips = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, "src/i18n/functionChoices.json"), "utf8"));

let english: Metadata;

beforeAll(async () => {
  const config = await productionConfig();
  const sources = (config.entry.functions as string[]).map((source) => path.resolve(REPO_ROOT, source));
  const result = await generateCustomFunctionsMetadata(sources, true);
  expect(result.errors).toEqual([]);
  english = JSON.parse(result.metadataJson);
  if (process.env.UPDATE_GOLDEN === "1") {
    for (const language of LANGUAGES) {
      const file = path.join(REPO_ROOT, "test/golden", localeFileName(language));
      fs.writeFileSync(file, `${JSON.stringify(localizeMetadata(english, translations, language, choiceTooltips), null, 2)}\n`);
    }
  }
});

describe("function names in English, Danish and Swedish (src/i18n/functionNames.json)", () => {
  it("translates the name and description of every function in functions.json into Danish and Swedish", () => {
    const { problems, warnings } = checkTranslations(english, translations, undefined, choiceTooltips);
    // Translations of functions that do not exist (yet), and parameters left in English, are warnings only.
    if (warnings.length > 0) console.warn(`Function translations, warnings:\n${warnings.map((w) => `  - ${w}`).join("\n")}`);
    const untranslated = problems.filter((problem) => / has no (Danish|Swedish) /.test(problem));
    expect(untranslated).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("translates every parameter description of the settled functions (lifetime value and KPIs)", () => {
    // Functions still being built may keep English parameter descriptions for a while: the build warns about them.
    const settled = ["CLV", "CLVRETENTION", "CUSTOMEREQUITY", "NPS", "CHURNRATE", "RETENTIONRATE", "CONVERSIONRATE", "AOV", "PURCHASEFREQUENCY", "CACPAYBACK"];
    const englishOnly = english.functions
      .filter((fn) => settled.includes(fn.id))
      .flatMap((fn) =>
        LANGUAGES.flatMap((language) => fn.parameters.filter((p) => !translations[fn.id]?.[language]?.parameters?.[p.name]).map((p) => `${language}: ${fn.id}.${p.name}`)),
      );
    expect(english.functions.filter((fn) => settled.includes(fn.id))).toHaveLength(settled.length);
    expect(englishOnly).toEqual([]);
  });

  it("gives every function a valid name in every language: a letter first, 3+ characters, letters, digits, _ and . only", () => {
    const names = english.functions.flatMap((fn) => [fn.name, ...LANGUAGES.map((language) => translations[fn.id]?.[language]?.name ?? fn.name)]);
    expect(names.length).toBe(english.functions.length * 3);
    expect(names.flatMap((name) => functionNameProblems(name).map((problem) => `${name}: ${problem}`))).toEqual([]);
  });

  it("uses no name twice within a language, and keeps the KV namespace out of the names", () => {
    for (const names of [english.functions.map((fn) => fn.name), ...LANGUAGES.map((language) => Object.values(translations).map((t) => t[language].name))]) {
      const upper = names.map((name) => name.toUpperCase());
      expect(upper.filter((name, index) => upper.indexOf(name) !== index)).toEqual([]);
      expect(upper.filter((name) => name.startsWith("KV."))).toEqual([]);
    }
  });

  it("translates with every entry complete, also for functions not in the build yet", () => {
    for (const byLanguage of Object.values(translations)) {
      expect(Object.keys(byLanguage).sort()).toEqual(["da", "sv"]);
      for (const language of LANGUAGES) {
        expect(functionNameProblems(byLanguage[language].name)).toEqual([]);
        expect(byLanguage[language].description.trim()).not.toBe("");
      }
    }
  });
});

describe("the naming rules", () => {
  it("rejects cell-reference look-alikes in A1 and R1C1 style, and accepts names that only look close", () => {
    for (const name of ["CLV2", "AB12", "A1", "XFD1048576", "R2C3", "r1c1", "R1048576C16384"]) expect(isCellReference(name)).toBe(true);
    for (const name of ["CLV", "XFE1", "A1048577", "R2C16385", "RFM", "NPS", "R2C", "CLV.2", "KUNDEVÆRDI"]) expect(isCellReference(name)).toBe(false);
    expect(functionNameProblems("CLV2")).toEqual(['"CLV2" reads as a cell reference']);
    expect(functionNameProblems("R2C3")).toEqual(['"R2C3" reads as a cell reference']);
  });

  it("rejects short names, names not starting with a letter and names with other characters", () => {
    for (const name of ["KV", "1CLV", "_CLV", "CLV-X", "KUNDE VÆRDI", "CLV$", ""]) expect(functionNameProblems(name)).not.toEqual([]);
    for (const name of ["KUNDEVÆRDI", "KUNDVÄRDE", "NÆSTE.KØB", "GNS.ORDREVÆRDI", "CAC_PAYBACK"]) expect(functionNameProblems(name)).toEqual([]);
  });

  it("rejects built-in Excel function names in any of the three languages, in any letter case", () => {
    expect(functionNameProblems("SUM")).toEqual(['"SUM" is a built-in Excel function name (en, da)']);
    expect(functionNameProblems("summa")).toEqual(['"summa" is a built-in Excel function name (sv)']);
    expect(functionNameProblems("Middel")).toEqual(['"Middel" is a built-in Excel function name (da)']);
    expect(functionNameProblems("NUTIDSVÆRDI")).toEqual(['"NUTIDSVÆRDI" is a built-in Excel function name (da)']);
    expect(functionNameProblems("RÄNTA")).toEqual(['"RÄNTA" is a built-in Excel function name (sv)']);
  });

  it("knows the common built-in names in English, Danish and Swedish", () => {
    const rows = new Map(BUILTIN_FUNCTIONS.map((row) => [row[0], row]));
    expect(rows.get("AVERAGE")).toEqual(["AVERAGE", "MIDDEL", "MEDEL"]);
    expect(rows.get("COUNT")).toEqual(["COUNT", "TÆL", "ANTAL"]);
    expect(rows.get("IF")).toEqual(["IF", "HVIS", "OM"]);
    expect(rows.get("VLOOKUP")).toEqual(["VLOOKUP", "LOPSLAG", "LETARAD"]);
    expect(BUILTIN_FUNCTION_NAMES.sv).toContain("SUMMA");
    expect(BUILTIN_FUNCTION_NAMES.en.length).toBeGreaterThan(150);
    for (const row of BUILTIN_FUNCTIONS) for (const name of row) expect(name).toMatch(/^\p{Lu}[\p{Lu}\p{N}.]*$/u);
  });
});

describe("checkTranslations and localizeMetadata", () => {
  const metadata: Metadata = {
    functions: [
      { id: "CLV", name: "CLV", description: "Lifetime value.", parameters: [{ name: "value", description: "A value.", type: "any" }], result: { type: "number" } },
      { id: "NPS", name: "NPS", description: "Net Promoter Score.", parameters: [{ name: "scores", description: "Answers.", type: "any", dimensionality: "matrix" }], result: { type: "number" } },
    ],
  };
  const complete: Translations = {
    CLV: { da: { name: "KUNDEVÆRDI", description: "Kundeværdi.", parameters: { value: "En værdi." } }, sv: { name: "KUNDVÄRDE", description: "Kundvärde.", parameters: { value: "Ett värde." } } },
    NPS: { da: { name: "NPS", description: "NPS.", parameters: { scores: "Svar." } }, sv: { name: "NPS", description: "NPS.", parameters: { scores: "Svar." } } },
  };

  it("fails on a function without a translation, naming it and the language", () => {
    const withoutNps = { CLV: complete.CLV };
    expect(checkTranslations(metadata, withoutNps).problems).toEqual([
      "NPS has no Danish (da) name in src/i18n/functionNames.json",
      "NPS has no Swedish (sv) name in src/i18n/functionNames.json",
    ]);
    const noDescription = { ...complete, CLV: { ...complete.CLV, sv: { name: "KUNDVÄRDE", description: "" } } };
    expect(checkTranslations(metadata, noDescription).problems).toEqual(["CLV has no Swedish (sv) description in src/i18n/functionNames.json"]);
  });

  it("warns, without failing, about a translation of a function that does not exist yet and about English parameter descriptions", () => {
    const extra = { ...complete, SEGMENT: complete.CLV, CLV: { ...complete.CLV, da: { name: "KUNDEVÆRDI", description: "Kundeværdi.", parameters: { other: "x" } } } };
    const { problems, warnings } = checkTranslations(metadata, extra);
    expect(problems).toEqual([]);
    expect(warnings).toEqual([
      "src/i18n/functionNames.json translates SEGMENT, which functions.json does not have (yet)",
      "CLV.value has no Danish (da) description: the English one is used",
      'CLV has no parameter "other" for the Danish (da) description',
    ]);
    expect(localizeMetadata(metadata, extra, "da").functions[0].parameters[0].description).toBe("A value.");
  });

  it("fails on invalid, built-in or repeated names", () => {
    const bad = { ...complete, CLV: { ...complete.CLV, da: { name: "CLV2", description: "x" }, sv: { name: "MEDEL", description: "x" } }, NPS: { ...complete.NPS, sv: { name: "medel", description: "x" } } };
    expect(checkTranslations(metadata, bad).problems).toEqual([
      'Danish name of CLV: "CLV2" reads as a cell reference',
      'Swedish name of CLV: "MEDEL" is a built-in Excel function name (sv)',
      'Swedish name of NPS: "medel" is a built-in Excel function name (sv)',
      'Swedish name "medel" is used by both CLV and NPS',
    ]);
  });

  it("translates names and descriptions only, keeping ids, parameters, types and results", () => {
    const danish = localizeMetadata(metadata, complete, "da");
    expect(danish.functions.map((fn) => [fn.id, fn.name, fn.description, fn.parameters[0].description])).toEqual([
      ["CLV", "KUNDEVÆRDI", "Kundeværdi.", "En værdi."],
      ["NPS", "NPS", "NPS.", "Svar."],
    ]);
    expect(untranslatedShape(danish)).toEqual(untranslatedShape(metadata));
    expect(metadata.functions[0].name).toBe("CLV");
  });
});

describe.each(LANGUAGES)("functions.%s.json", (language) => {
  let localized: Metadata;
  beforeAll(() => {
    localized = localizeMetadata(english, translations, language, choiceTooltips);
  });

  it("matches its golden file", () => {
    const golden = path.join(REPO_ROOT, "test/golden", localeFileName(language));
    const expected = JSON.parse(fs.readFileSync(golden, "utf8"));
    // A new or renamed function changes the ids first: say so plainly before the full diff.
    const hint = `test/golden/${localeFileName(language)} is out of date: after a deliberate change run UPDATE_GOLDEN=1 npx jest test/functions/localizedNames.test.ts and review the diff`;
    expect({ ids: localized.functions.map((fn) => fn.id), hint }).toEqual({ ids: expected.functions.map((fn: FunctionMetadata) => fn.id), hint });
    expect(localized).toEqual(expected);
  });

  it("keeps the ids, help links, parameter names, types, dimensionality and results of functions.json", () => {
    expect(localized.functions.map((fn) => fn.id)).toEqual(english.functions.map((fn) => fn.id));
    expect(localized.functions.map((fn) => fn.helpUrl)).toEqual(english.functions.map((fn) => fn.helpUrl));
    expect(untranslatedShape(localized)).toEqual(untranslatedShape(english));
  });

  it("names and describes every function in its own language", () => {
    for (const fn of localized.functions) {
      expect(fn.name).toBe(translations[fn.id][language].name);
      expect(fn.description).toBe(translations[fn.id][language].description);
    }
    expect(localized.functions.find((fn) => fn.id === "CLV")?.name).toBe(language === "da" ? "KUNDEVÆRDI" : "KUNDVÄRDE");
  });

  it("gives every choice AutoComplete offers (answer scale, response-time unit, time unit, model) its tooltip in its own language", () => {
    const enums = (localized as unknown as { enums: { id: string; values: { name: string; tooltip: string }[] }[] }).enums;
    expect(enums.map((choices) => choices.id)).toEqual(["SatisfactionScaleOption", "ResponseTimeUnitOption", "TimeUnitOption", "PurchaseModelOption"]);
    for (const choices of enums) {
      for (const value of choices.values) expect(value.tooltip).toBe(choiceTooltips[choices.id][value.name][language]);
    }
    expect(checkTranslations(english, translations, [language], {}).problems).toContain(`The choice "week" of TimeUnitOption has no ${language === "da" ? "Danish" : "Swedish"} (${language}) tooltip in src/i18n/functionChoices.json`);
  });
});
