import { daysFromCivil } from "../../src/core/read/civilDate";
import { dayToExcelSerial } from "../../src/core/read/excelSerial";
import { parseAreaAddress } from "../../src/excel/a1";
import type { Language } from "../../src/i18n/language";
import functionNames from "../../src/i18n/functionNames.json";
import { splitFormulaArguments, worksheetFunctions } from "../support/worksheetFunctions";

/*
 * Evaluates a KV formula as a person types it in English, Danish or Swedish Excel, the way Excel's custom-functions
 * runtime calls the function: the name looked up in the language's function metadata (functions.json, and
 * functions.da.json / functions.sv.json as the build localizes them from src/i18n/functionNames.json), arguments
 * split at the regional list separator, numbers read with the regional decimal separator, a range reference passed
 * as a 2D array of the sheet's values (a scalar for a range parameter as a 1×1 range), omitted optional arguments as
 * null, and an Invocation with the ranges' addresses last (Microsoft Learn, "Custom functions parameter options":
 * optional parameters arrive as null; "Invocation parameter": the last argument, with parameterAddresses for a
 * function tagged @requiresParameterAddresses). DATE is the one built-in function it knows, by its name in each
 * language (scripts/excelBuiltinFunctionNames.js: DATE, DATO, DATUM).
 */

/** A cell's value as the runtime passes it. */
export type CellValue = string | number | boolean | null;

/** Sheets by name, each as rows of cells from A1. */
export type SheetValues = Record<string, CellValue[][]>;

/** A formula's outcome: a value, a spilled array, or an Excel error with its message. */
export type FormulaResult = { value: unknown } | { error: string; message?: string };

/** The function metadata fields the evaluation needs. */
interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  options?: { requiresParameterAddresses?: boolean };
  parameters: { name: string; optional?: boolean; dimensionality?: string }[];
}

/** The separators Danish and Swedish regional formats use in formulas; English uses "," and ".". */
export const formulaSeparators: Record<Language, { argument: string; decimal: string }> = {
  en: { argument: ",", decimal: "." },
  da: { argument: ";", decimal: "," },
  sv: { argument: ";", decimal: "," },
};

const golden: { functions: FunctionMetadata[] } = require("../golden/functions.json");
const { localizeMetadata } = require("../../scripts/functionTranslations.js") as {
  localizeMetadata: (metadata: unknown, translations: unknown, language: string) => { functions: FunctionMetadata[] };
};
const { BUILTIN_FUNCTIONS } = require("../../scripts/excelBuiltinFunctionNames.js") as { BUILTIN_FUNCTIONS: string[][] };

const languageColumn: Record<Language, number> = { en: 0, da: 1, sv: 2 };

/**
 * The function metadata Excel shows in `language`: functions.json, or its Danish or Swedish form.
 * @example functionMetadata("da").find((f) => f.id === "CLV")?.name // "KUNDEVÆRDI"
 */
export function functionMetadata(language: Language): FunctionMetadata[] {
  return language === "en" ? golden.functions : localizeMetadata(golden, functionNames, language).functions;
}

/**
 * Excel's built-in function `english` under its name in `language`.
 * @example builtinName("DATE", "sv") // "DATUM"
 */
export function builtinName(english: string, language: Language): string {
  const row = BUILTIN_FUNCTIONS.find((names) => names[0] === english);
  if (!row) throw new Error(`${english} is not in scripts/excelBuiltinFunctionNames.js`);
  return row[languageColumn[language]];
}

/** A number typed with the language's decimal separator, or undefined. */
function typedNumber(text: string, language: Language): number | undefined {
  const decimal = formulaSeparators[language].decimal === "," ? "," : "\\.";
  if (!new RegExp(`^-?\\d+(${decimal}\\d+)?$`).test(text)) return undefined;
  return Number(text.replace(",", "."));
}

/** A range reference's sheet and cells: "cdnowElog!B2:B6920", or "A2:A9" on the formula's sheet. */
function rangeReference(text: string, currentSheet: string): { sheet: string; address: string } | undefined {
  const match = /^(?:([A-Za-z_][A-Za-z0-9_]*)!)?(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)$/.exec(text);
  return match ? { sheet: match[1] ?? currentSheet, address: match[2] } : undefined;
}

/** The values of a range, as the runtime passes them (a missing cell is null). */
function rangeValues(sheets: SheetValues, sheet: string, address: string): CellValue[][] {
  const area = parseAreaAddress(address);
  const rows = sheets[sheet];
  if (!area || !rows) throw new Error(`No range ${sheet}!${address}`);
  return Array.from({ length: area.rowCount }, (_, r) =>
    Array.from({ length: area.columnCount }, (_, c) => rows[area.row + r]?.[area.column + c] ?? null),
  );
}

/** One argument: empty, a number, text, a range, or DATE(year, month, day) under its name in `language`. */
function argumentValue(text: string, language: Language, sheets: SheetValues, currentSheet: string): { value: unknown; address: string | null } {
  const token = text.trim();
  if (token === "") return { value: null, address: null };
  const number = typedNumber(token, language);
  if (number !== undefined) return { value: number, address: null };
  if (/^"[^"]*"$/.test(token)) return { value: token.slice(1, -1), address: null };
  const date = new RegExp(`^${builtinName("DATE", language)}\\((.*)\\)$`).exec(token);
  if (date) {
    const [year, month, day] = splitFormulaArguments(date[1], formulaSeparators[language].argument).map((part) => typedNumber(part.trim(), language));
    if (year === undefined || month === undefined || day === undefined) throw new Error(`Unreadable date: ${token}`);
    return { value: dayToExcelSerial(daysFromCivil(year, month, day)), address: null };
  }
  const reference = rangeReference(token, currentSheet);
  if (reference) return { value: rangeValues(sheets, reference.sheet, reference.address), address: `${reference.sheet}!${reference.address}` };
  throw new Error(`Unsupported argument in a checklist formula: ${token}`);
}

/**
 * The result of `formula` typed in `language`'s Excel on `currentSheet` (a fitting function's Promise settled).
 * @example await evaluateFormula("=KV.KUNDEVÆRDI(500;4;3;0,4;0,1)", "da", {}, "Checks") // { value: 1989.48… }
 */
export async function evaluateFormula(formula: string, language: Language, sheets: SheetValues, currentSheet: string): Promise<FormulaResult> {
  const call = /^=KV\.([A-ZÆØÅÄÖ.]+)\((.*)\)$/u.exec(formula);
  if (!call) throw new Error(`Not a KV formula: ${formula}`);
  const metadata = functionMetadata(language).find((candidate) => candidate.name === call[1]);
  if (!metadata) throw new Error(`KV.${call[1]} is no function name in ${language}`);
  const typed = splitFormulaArguments(call[2], formulaSeparators[language].argument).map((text) => argumentValue(text, language, sheets, currentSheet));
  if (typed.length > metadata.parameters.length) throw new Error(`${formula} has more arguments than KV.${metadata.id} takes`);
  const required = metadata.parameters.filter((parameter) => !parameter.optional).length;
  if (typed.length < required) throw new Error(`${formula} lacks required arguments of KV.${metadata.id}`);
  const args = metadata.parameters.map((parameter, index) => {
    const value = typed[index]?.value ?? null;
    return parameter.dimensionality === "matrix" && value !== null && !Array.isArray(value) ? [[value]] : value;
  });
  const invocation = metadata.options?.requiresParameterAddresses ? { parameterAddresses: metadata.parameters.map((_, index) => typed[index]?.address ?? "") } : {};
  try {
    return { value: await worksheetFunctions[metadata.id](...args, invocation) };
  } catch (error) {
    if (error instanceof CustomFunctions.Error) return { error: error.code, message: error.message };
    throw error;
  }
}

/**
 * How a cell shows `value` formatted as Number with `decimals` decimals (no thousands separator) in `language`'s
 * regional format; text and errors as they are.
 * @example shownValue(1989.4815, 2, "da") // "1989,48"
 */
export function shownValue(value: unknown, decimals: number, language: Language): string {
  if (typeof value !== "number") return String(value);
  return value.toFixed(decimals).replace(".", formulaSeparators[language].decimal);
}

/**
 * The number of decimals a shown number has ("1989,48" → 2, "2357" → 0).
 * @example decimalsShown("-9582.4292") // 4
 */
export function decimalsShown(text: string): number {
  const match = /^-?\d+[.,](\d+)$/.exec(text);
  return match ? match[1].length : 0;
}

/**
 * Whether `value` is further than `relative` × |value| from the rounding boundary at `decimals`, so that an engine
 * whose last bits differ shows the same digits. The model fits differ by about 2e-8 relative between V8 builds
 * (test/e2e/engineReference.ts); the closed forms by the last bit.
 * @example clearOfRoundingEdge(0.125, 2, 1e-6) // false
 */
export function clearOfRoundingEdge(value: number, decimals: number, relative: number): boolean {
  const scaled = value * 10 ** decimals;
  const fromEdge = Math.abs(Math.abs(scaled - Math.floor(scaled)) - 0.5) / 10 ** decimals;
  return fromEdge > relative * Math.abs(value);
}
