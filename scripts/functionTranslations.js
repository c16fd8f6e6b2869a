/*
 * Danish and Swedish worksheet-function metadata, made from functions.json (generated from the JSDoc, English)
 * and the one source of truth for the translations, src/i18n/functionNames.json:
 *   { "<function id>": { "da": { "name", "description", "parameters": { "<parameter name>": "<description>" } }, "sv": { … } } }
 *
 * This is Microsoft's documented way to localize custom functions ("Custom functions naming and localization"):
 * one metadata JSON per language, with the same ids and a translated `name` and descriptions, named in
 * manifest.xml as `<bt:Override Locale="da-DK" …>` of the metadata `bt:Url`. The ids never change, so a workbook
 * keeps working when a colleague opens it in another language; Excel shows each user the name in their language.
 *
 * Rules (see `checkTranslations`):
 * - failure: a function in functions.json without a name or description in a language; a name that breaks
 *   Excel's naming rules, reads as a cell reference, repeats a built-in function's name (English, Danish or
 *   Swedish, scripts/excelBuiltinFunctionNames.js) or another KV function's name in the same language;
 * - warning: a translation for a function that functions.json does not (yet) have; a translated description
 *   for a parameter the function does not have; a parameter without a translated description, which then
 *   keeps its English description (a documented fallback, so a new parameter does not break the build).
 */
const { BUILTIN_FUNCTION_NAMES } = require("./excelBuiltinFunctionNames.js");

/** The translated languages and the Office locale each is served for (the manifest's `Override Locale`). */
const LANGUAGES = { da: { locale: "da-DK", label: "Danish" }, sv: { locale: "sv-SE", label: "Swedish" } };

/** The emitted metadata file of a language: functions.da.json, functions.sv.json. */
function localeFileName(language) {
  return `functions.${language}.json`;
}

/** A1-style (A1 … XFD1048576) or R1C1-style (R1C1 … R1048576C16384) cell reference: Excel would read the name as one. */
function isCellReference(name) {
  const a1 = /^([A-Z]{1,3})([0-9]+)$/i.exec(name);
  if (a1) {
    const column = [...a1[1].toUpperCase()].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0);
    return column <= 16384 && Number(a1[2]) >= 1 && Number(a1[2]) <= 1048576;
  }
  const r1c1 = /^R([0-9]+)C([0-9]+)$/i.exec(name);
  return r1c1 !== null && Number(r1c1[1]) >= 1 && Number(r1c1[1]) <= 1048576 && Number(r1c1[2]) >= 1 && Number(r1c1[2]) <= 16384;
}

/** Upper-cased built-in name → the languages it is a built-in function name in. */
const builtinLanguages = new Map();
for (const [language, names] of Object.entries(BUILTIN_FUNCTION_NAMES)) {
  for (const name of names) builtinLanguages.set(name.toUpperCase(), [...(builtinLanguages.get(name.toUpperCase()) ?? []), language]);
}

/**
 * Why `name` cannot be a function name (empty = fine): a letter first, 3+ characters, only letters, digits,
 * `_` and `.`; not a cell reference; not a built-in function name in English, Danish or Swedish.
 */
function functionNameProblems(name) {
  if (typeof name !== "string" || name === "") return ["the name is empty"];
  const problems = [];
  if (!/^\p{L}[\p{L}\p{N}_.]{2,}$/u.test(name)) problems.push(`"${name}" needs a letter first, 3+ characters, and only letters, digits, _ or .`);
  if (isCellReference(name)) problems.push(`"${name}" reads as a cell reference`);
  const clashes = builtinLanguages.get(name.toUpperCase());
  if (clashes) problems.push(`"${name}" is a built-in Excel function name (${clashes.join(", ")})`);
  return problems;
}

/** `KV.CLV (CLV)` style label of a function for messages. */
function label(fn) {
  return fn.name && fn.name !== fn.id ? `${fn.name} (id ${fn.id})` : fn.id;
}

/**
 * Checks the translations against the English metadata for every language: the problems fail the build and
 * the tests, the warnings are reported (see the file comment for which is which).
 */
function checkTranslations(metadata, translations, languages = Object.keys(LANGUAGES), choiceTooltips = {}) {
  const problems = [];
  const warnings = [];
  const functions = metadata.functions;
  const ids = new Set(functions.map((fn) => fn.id));
  for (const id of Object.keys(translations)) {
    if (!ids.has(id)) warnings.push(`src/i18n/functionNames.json translates ${id}, which functions.json does not have (yet)`);
  }
  for (const fn of functions) {
    for (const problem of functionNameProblems(fn.name)) problems.push(`English name of ${fn.id}: ${problem}`);
  }
  for (const language of languages) {
    const { label: languageLabel } = LANGUAGES[language];
    const seen = new Map();
    for (const fn of functions) {
      const translation = translations[fn.id]?.[language];
      if (!translation?.name || !translation?.description) {
        problems.push(`${label(fn)} has no ${languageLabel} (${language}) ${translation?.name ? "description" : "name"} in src/i18n/functionNames.json`);
        continue;
      }
      for (const problem of functionNameProblems(translation.name)) problems.push(`${languageLabel} name of ${fn.id}: ${problem}`);
      const upper = translation.name.toUpperCase();
      if (seen.has(upper)) problems.push(`${languageLabel} name "${translation.name}" is used by both ${seen.get(upper)} and ${fn.id}`);
      seen.set(upper, fn.id);
      const parameterNames = new Set(fn.parameters.map((p) => p.name));
      for (const parameter of fn.parameters) {
        if (!translation.parameters?.[parameter.name]) {
          warnings.push(`${fn.id}.${parameter.name} has no ${languageLabel} (${language}) description: the English one is used`);
        }
      }
      for (const name of Object.keys(translation.parameters ?? {})) {
        if (!parameterNames.has(name)) warnings.push(`${fn.id} has no parameter "${name}" for the ${languageLabel} (${language}) description`);
      }
    }
    for (const choices of metadata.enums ?? []) {
      for (const value of choices.values) {
        if (!choiceTooltips[choices.id]?.[value.name]?.[language]) {
          problems.push(`The choice "${value.name}" of ${choices.id} has no ${languageLabel} (${language}) tooltip in src/i18n/functionChoices.json`);
        }
      }
    }
  }
  return { problems, warnings };
}

/**
 * The metadata of one language: the English metadata with each function's name, description and parameter
 * descriptions translated. Everything else (ids, help URLs, parameter names, types, dimensionality, options,
 * results) is kept as it is. A missing translation keeps the English text (`checkTranslations` reports it).
 */
function localizeMetadata(metadata, translations, language, choiceTooltips = {}) {
  const localized = {
    ...metadata,
    functions: metadata.functions.map((fn) => {
      const translation = translations[fn.id]?.[language];
      return {
        ...fn,
        name: translation?.name || fn.name,
        description: translation?.description || fn.description,
        parameters: fn.parameters.map((parameter) => ({
          ...parameter,
          description: translation?.parameters?.[parameter.name] || parameter.description,
        })),
      };
    }),
  };
  if (metadata.enums) {
    localized.enums = metadata.enums.map((choices) => ({
      ...choices,
      values: choices.values.map((value) => ({ ...value, tooltip: choiceTooltips[choices.id]?.[value.name]?.[language] || value.tooltip })),
    }));
  }
  return localized;
}

/**
 * The metadata without the text a translation changes (names and descriptions of functions, descriptions of
 * parameters): two languages' metadata must be equal in this form.
 */
function untranslatedShape(metadata) {
  const without = (object, keys) => Object.fromEntries(Object.entries(object).filter(([key]) => !keys.includes(key)));
  return {
    ...metadata,
    ...(metadata.enums ? { enums: metadata.enums.map((choices) => ({ ...choices, values: choices.values.map((value) => without(value, ["tooltip"])) })) } : {}),
    functions: (metadata.functions ?? []).map((fn) => ({
      ...without(fn, ["name", "description"]),
      parameters: (fn.parameters ?? []).map((parameter) => without(parameter, ["description"])),
    })),
  };
}

module.exports = {
  LANGUAGES,
  localeFileName,
  isCellReference,
  functionNameProblems,
  checkTranslations,
  localizeMetadata,
  untranslatedShape,
};
