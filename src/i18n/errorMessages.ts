/*
 * Input-error messages in English, Danish and Swedish. Argument names stay in English, as Excel shows
 * them in the formula tooltip; numbers use the language's decimal separator (0.4 / 0,4).
 */
import type { GivenValue, InputError, InputErrorCode, InputErrorParameters } from "../core/inputError";
import type { Language } from "./language";

/** How a language writes the values quoted in a message. */
interface ValueWording {
  /** A number as the user would type it: 0.4 in English, 0,4 in Danish and Swedish. */
  number(value: number): string;
  /** The value the user gave where a number was expected: quoted text, TRUE/FALSE, or a description. */
  given(value: GivenValue): string;
}

/** One message per error code; typing the tables with this makes a missing translation a type error. */
type MessageTable = {
  readonly [Code in InputErrorCode]: (argument: string, params: InputErrorParameters[Code], wording: ValueWording) => string;
};

interface LanguageMessages {
  wording: ValueWording;
  inputErrors: MessageTable;
  unexpected(detail: string): string;
}

/** Long text is cut so that the message stays readable in Excel's error tooltip. */
const longestQuotedText = 40;

function shortened(text: string): string {
  return text.length > longestQuotedText ? `${text.slice(0, longestQuotedText - 1)}…` : text;
}

function numberWording(decimalSeparator: string): (value: number) => string {
  return (value) => String(Number(value.toPrecision(15))).replace(".", decimalSeparator);
}

function valueWording(
  decimalSeparator: string,
  quote: (text: string) => string,
  logical: { true: string; false: string },
  otherValue: string,
): ValueWording {
  return {
    number: numberWording(decimalSeparator),
    given: (value) => {
      if (typeof value === "string") return quote(shortened(value));
      if (typeof value === "boolean") return value ? logical.true : logical.false;
      return otherValue;
    },
  };
}

const english: LanguageMessages = {
  wording: valueWording(".", (text) => `'${text}'`, { true: "TRUE", false: "FALSE" }, "a value that is not a number"),
  inputErrors: {
    required: (argument) => `${argument} is required but is empty.`,
    notANumber: (argument, { value }, w) => `${argument} must be a number, got ${w.given(value)}.`,
    cellNotANumber: (argument, { value, row, column }, w) =>
      `Row ${row}, column ${column} of ${argument} must be a number or blank, got ${w.given(value)}.`,
    mustBeNonNegative: (argument, { value }, w) => `${argument} must be a number ≥ 0, got ${w.number(value)}.`,
    mustBePositive: (argument, { value }, w) => `${argument} must be a number > 0, got ${w.number(value)}.`,
    mustBeWholeNumber: (argument, { value }, w) =>
      `${argument} must be a whole number ≥ 0 (0, 1, 2, …), got ${w.number(value)}.`,
    fractionRange: (argument, { value }, w) =>
      `${argument} must be a fraction from 0 to 1 (0.1 = 10 %), got ${w.number(value)}.`,
    rateLooksLikePercent: (argument, { value }, w) =>
      `${argument} must be a fraction from 0 to 1 (0.1 = 10 %), got ${w.number(value)}. ` +
      `For ${w.number(value)} %, write ${w.number(value / 100)} or ${w.number(value)}%.`,
    mustNotExceed: (argument, { value, limit, limitArgument }, w) =>
      `${argument} (${w.number(value)}) must not be greater than ${limitArgument} (${w.number(limit)}).`,
    retainedExceedsStart: (argument, { retained, customersAtStart }, w) =>
      `${argument} minus newCustomers gives ${w.number(retained)} retained customers, ` +
      `more than customersAtStart (${w.number(customersAtStart)}).`,
    infiniteValue: (argument, { retentionRate, discountRate }, w) =>
      `With retentionRate ${w.number(retentionRate)} and discountRate ${w.number(discountRate)} the value is infinite: ` +
      `give ${argument}, the number of periods to count.`,
    noValues: (argument) => `${argument} contains no numbers (all cells are blank).`,
    invalidScore: (argument, { value, row, column }, w) =>
      `Row ${row}, column ${column} of ${argument} must be a whole number from 0 to 10, got ${w.number(value)}.`,
    countRequiredForAverage: (argument, { averageArgument }) =>
      `${argument} is required when ${averageArgument} is a single average value rather than a range of per-customer values.`,
    resultTooLarge: (argument) => `The result is too large to calculate; check ${argument}.`,
    notOneColumn: (argument, { rows, columns }) =>
      `${argument} must be one column or one row, got a range of ${rows} rows and ${columns} columns.`,
    lengthMismatch: (argument, { length, otherArgument, otherLength }) =>
      `${argument} has ${length} rows but ${otherArgument} has ${otherLength}; give ranges of the same size.`,
    scoreOutOfRange: (argument, { value, row }, w) =>
      `Row ${row} of ${argument} must be a score, a whole number from 1 to 5, got ${w.number(value)}.`,
    parametersMalformed: (argument, { missing }) =>
      `${argument} must be the parameters spilled by KV.BGNBD or KV.GAMMAGAMMA (labels and values); missing: ${missing}.`,
    notADate: (argument, { value }, w) => `${argument} must be a date (an Excel date serial number), got ${w.number(value)}.`,
    unknownChoice: (argument, { value, choices }, w) => `${argument} must be one of ${choices}, got ${w.given(value)}.`,
  },
  unexpected: (detail) => `Kundeværdi could not calculate this (internal error: ${detail}).`,
};

const danish: LanguageMessages = {
  wording: valueWording(",", (text) => `»${text}«`, { true: "SAND", false: "FALSK" }, "en værdi, der ikke er et tal"),
  inputErrors: {
    required: (argument) => `${argument} skal udfyldes, men er tom.`,
    notANumber: (argument, { value }, w) => `${argument} skal være et tal, men er ${w.given(value)}.`,
    cellNotANumber: (argument, { value, row, column }, w) =>
      `Række ${row}, kolonne ${column} i ${argument} skal være et tal eller tom, men er ${w.given(value)}.`,
    mustBeNonNegative: (argument, { value }, w) => `${argument} skal være et tal ≥ 0, men er ${w.number(value)}.`,
    mustBePositive: (argument, { value }, w) => `${argument} skal være et tal > 0, men er ${w.number(value)}.`,
    mustBeWholeNumber: (argument, { value }, w) =>
      `${argument} skal være et helt tal ≥ 0 (0, 1, 2, …), men er ${w.number(value)}.`,
    fractionRange: (argument, { value }, w) =>
      `${argument} skal være en andel fra 0 til 1 (0,1 = 10 %), men er ${w.number(value)}.`,
    rateLooksLikePercent: (argument, { value }, w) =>
      `${argument} skal være en andel fra 0 til 1 (0,1 = 10 %), men er ${w.number(value)}. ` +
      `Mener du ${w.number(value)} %, så skriv ${w.number(value / 100)} eller ${w.number(value)} %.`,
    mustNotExceed: (argument, { value, limit, limitArgument }, w) =>
      `${argument} (${w.number(value)}) må ikke være større end ${limitArgument} (${w.number(limit)}).`,
    retainedExceedsStart: (argument, { retained, customersAtStart }, w) =>
      `${argument} minus newCustomers giver ${w.number(retained)} fastholdte kunder, ` +
      `flere end customersAtStart (${w.number(customersAtStart)}).`,
    infiniteValue: (argument, { retentionRate, discountRate }, w) =>
      `Med retentionRate ${w.number(retentionRate)} og discountRate ${w.number(discountRate)} bliver værdien uendelig: ` +
      `angiv ${argument}, antallet af perioder, der skal medregnes.`,
    noValues: (argument) => `${argument} indeholder ingen tal (alle celler er tomme).`,
    invalidScore: (argument, { value, row, column }, w) =>
      `Række ${row}, kolonne ${column} i ${argument} skal være et helt tal fra 0 til 10, men er ${w.number(value)}.`,
    countRequiredForAverage: (argument, { averageArgument }) =>
      `${argument} skal udfyldes, når ${averageArgument} er én gennemsnitsværdi og ikke et område med en værdi pr. kunde.`,
    resultTooLarge: (argument) => `Resultatet er for stort til at kunne beregnes; kontrollér ${argument}.`,
    notOneColumn: (argument, { rows, columns }) =>
      `${argument} skal være én kolonne eller én række, men er et område med ${rows} rækker og ${columns} kolonner.`,
    lengthMismatch: (argument, { length, otherArgument, otherLength }) =>
      `${argument} har ${length} rækker, men ${otherArgument} har ${otherLength}; angiv områder af samme størrelse.`,
    scoreOutOfRange: (argument, { value, row }, w) =>
      `Række ${row} i ${argument} skal være en score, et helt tal fra 1 til 5, men er ${w.number(value)}.`,
    parametersMalformed: (argument, { missing }) =>
      `${argument} skal være de parametre, KV.BGNBD eller KV.GAMMAGAMMA returnerer (navne og værdier); mangler: ${missing}.`,
    notADate: (argument, { value }, w) => `${argument} skal være en dato (et Excel-datoserienummer), men er ${w.number(value)}.`,
    unknownChoice: (argument, { value, choices }, w) => `${argument} skal være en af ${choices}, men er ${w.given(value)}.`,
  },
  unexpected: (detail) => `Kundeværdi kunne ikke beregne resultatet (intern fejl: ${detail}).`,
};

const swedish: LanguageMessages = {
  wording: valueWording(",", (text) => `”${text}”`, { true: "SANT", false: "FALSKT" }, "ett värde som inte är ett tal"),
  inputErrors: {
    required: (argument) => `${argument} måste anges, men är tomt.`,
    notANumber: (argument, { value }, w) => `${argument} måste vara ett tal, men är ${w.given(value)}.`,
    cellNotANumber: (argument, { value, row, column }, w) =>
      `Rad ${row}, kolumn ${column} i ${argument} måste vara ett tal eller tom, men är ${w.given(value)}.`,
    mustBeNonNegative: (argument, { value }, w) => `${argument} måste vara ett tal ≥ 0, men är ${w.number(value)}.`,
    mustBePositive: (argument, { value }, w) => `${argument} måste vara ett tal > 0, men är ${w.number(value)}.`,
    mustBeWholeNumber: (argument, { value }, w) =>
      `${argument} måste vara ett heltal ≥ 0 (0, 1, 2, …), men är ${w.number(value)}.`,
    fractionRange: (argument, { value }, w) =>
      `${argument} måste vara en andel från 0 till 1 (0,1 = 10 %), men är ${w.number(value)}.`,
    rateLooksLikePercent: (argument, { value }, w) =>
      `${argument} måste vara en andel från 0 till 1 (0,1 = 10 %), men är ${w.number(value)}. ` +
      `Menar du ${w.number(value)} %, skriv ${w.number(value / 100)} eller ${w.number(value)} %.`,
    mustNotExceed: (argument, { value, limit, limitArgument }, w) =>
      `${argument} (${w.number(value)}) får inte vara större än ${limitArgument} (${w.number(limit)}).`,
    retainedExceedsStart: (argument, { retained, customersAtStart }, w) =>
      `${argument} minus newCustomers ger ${w.number(retained)} behållna kunder, ` +
      `fler än customersAtStart (${w.number(customersAtStart)}).`,
    infiniteValue: (argument, { retentionRate, discountRate }, w) =>
      `Med retentionRate ${w.number(retentionRate)} och discountRate ${w.number(discountRate)} blir värdet oändligt: ` +
      `ange ${argument}, antalet perioder som ska räknas med.`,
    noValues: (argument) => `${argument} innehåller inga tal (alla celler är tomma).`,
    invalidScore: (argument, { value, row, column }, w) =>
      `Rad ${row}, kolumn ${column} i ${argument} måste vara ett heltal från 0 till 10, men är ${w.number(value)}.`,
    countRequiredForAverage: (argument, { averageArgument }) =>
      `${argument} måste anges när ${averageArgument} är ett enda genomsnittsvärde och inte ett område med ett värde per kund.`,
    resultTooLarge: (argument) => `Resultatet är för stort för att kunna beräknas; kontrollera ${argument}.`,
    notOneColumn: (argument, { rows, columns }) =>
      `${argument} måste vara en kolumn eller en rad, men är ett område med ${rows} rader och ${columns} kolumner.`,
    lengthMismatch: (argument, { length, otherArgument, otherLength }) =>
      `${argument} har ${length} rader men ${otherArgument} har ${otherLength}; ange områden av samma storlek.`,
    scoreOutOfRange: (argument, { value, row }, w) =>
      `Rad ${row} i ${argument} måste vara en poäng, ett heltal från 1 till 5, men är ${w.number(value)}.`,
    parametersMalformed: (argument, { missing }) =>
      `${argument} måste vara de parametrar som KV.BGNBD eller KV.GAMMAGAMMA returnerar (namn och värden); saknas: ${missing}.`,
    notADate: (argument, { value }, w) => `${argument} måste vara ett datum (ett Excel-datumserienummer), men är ${w.number(value)}.`,
    unknownChoice: (argument, { value, choices }, w) => `${argument} måste vara en av ${choices}, men är ${w.given(value)}.`,
  },
  unexpected: (detail) => `Kundeværdi kunde inte beräkna resultatet (internt fel: ${detail}).`,
};

const messages: Record<Language, LanguageMessages> = { en: english, da: danish, sv: swedish };

function renderCode<Code extends InputErrorCode>(
  table: MessageTable,
  code: Code,
  argument: string,
  params: InputErrorParameters[Code],
  wording: ValueWording,
): string {
  return table[code](argument, params, wording);
}

/**
 * The message for an input error in the given language.
 * @example renderInputError(new InputError("mustBePositive", "orders", { value: 0 }), "da") // "orders skal være et tal > 0, men er 0."
 */
export function renderInputError(error: InputError, language: Language): string {
  const { inputErrors, wording } = messages[language];
  return renderCode(inputErrors, error.code, error.argument, error.params, wording);
}

/** The message for an error that is not the user's fault (a bug); `detail` is the technical description. */
export function renderUnexpectedError(language: Language, detail: string): string {
  return messages[language].unexpected(detail);
}
