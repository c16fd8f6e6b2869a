/*
 * Input-error messages in English, Danish and Swedish. Argument names stay in English, as Excel shows
 * them in the formula tooltip; numbers use the language's decimal separator (0.4 / 0,4). A cell of a range
 * is named by its place on the sheet ("Cell B28 of scores") when the worksheet function knows it, else by
 * its row and column within the range ("Row 27, column 2 of scores"). A message about the data in a range (a cell,
 * the range's shape) ends with what to do: "…, got 'n/a'; replace it with a number."
 */
import type { GivenValue, InputError, InputErrorCode, InputErrorParameters } from "../core/inputError";
import { isoDateText } from "../core/read/civilDate";
import type { Language } from "./language";

/** How a language writes the values quoted in a message. */
interface ValueWording {
  /** A number as the user would type it: 0.4 in English, 0,4 in Danish and Swedish. */
  number(value: number): string;
  /** The value the user gave where a number was expected: quoted text, TRUE/FALSE, or a description. */
  given(value: GivenValue): string;
  /** A cell of a range argument: "Cell B28 of scores" when its sheet cell is known, else "Row 27, column 2 of scores". */
  cell(argument: string, row: number, column: number): string;
}

/** How a language names a cell of a range argument, by its sheet cell or by its row and column within the range. */
interface CellWording {
  sheetCell(argument: string, cell: string): string;
  rangeCell(argument: string, row: number, column: number): string;
}

/** One message per error code; typing the tables with this makes a missing translation a type error. */
type MessageTable = {
  readonly [Code in InputErrorCode]: (argument: string, params: InputErrorParameters[Code], wording: ValueWording) => string;
};

/** What a worksheet function says about the day/month order of the text dates of a range. */
export interface DateOrderUnknownParameters {
  /** The argument holding the dates. */
  argument: string;
  /** A date that could be either order, as written, and its row. */
  example: string;
  row: number;
  /** The example read day first and month first, as ISO dates (2024-04-03, 2024-03-04). */
  dayFirst: string;
  monthFirst: string;
}

interface LanguageMessages {
  wording: ValueWording;
  cells: CellWording;
  inputErrors: MessageTable;
  unexpected(detail: string): string;
  /** Appended when a message counts rows within the range because Excel gave no address. */
  rowsWithinRange: string;
  dateOrderUnknown(params: DateOrderUnknownParameters, wording: ValueWording): string;
  /**
   * Appended to a date that could be either order in a column with dates written both ways, after the row problem's
   * own advice ("… or choose the date order."): how a worksheet function is given the date order.
   */
  dateOrderConflictHint: string;
  /** Added (after a semicolon) to an error about one cell of a range whose message names no row: what to do with that cell. */
  cellAdvice: string;
}

/** A rate in a message: three decimals, as a marketer quotes it (0.553). */
function roundedRate(rate: number): number {
  return Number(rate.toFixed(3));
}

/** A model parameter in a message: three significant digits (0.704). */
function roundedParameter(value: number): number {
  return Number(value.toPrecision(3));
}

/** Seconds into a day as 24-hour "hh:mm", with ":ss" when there are seconds. */
function clockText(seconds: number): string {
  const two = (value: number) => String(value).padStart(2, "0");
  const text = `${two(Math.floor(seconds / 3600))}:${two(Math.floor(seconds / 60) % 60)}`;
  return seconds % 60 === 0 ? text : `${text}:${two(seconds % 60)}`;
}

/** A time of day (a fraction of a day, 1 = 24:00) as "hh:mm". */
function timeText(fraction: number): string {
  return clockText(Math.round(fraction * 86_400));
}

/** An instant (days since 1970-01-01, the time as the fraction) as ISO 8601 "2024-03-01 09:00", the same in every language. */
function dateTimeText(instant: number): string {
  const seconds = Math.round(instant * 86_400);
  const day = Math.floor(seconds / 86_400);
  return `${isoDateText(day)} ${clockText(seconds - day * 86_400)}`;
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
  cells: CellWording,
): ValueWording {
  return {
    cell: cells.rangeCell,
    number: numberWording(decimalSeparator),
    given: (value) => {
      if (typeof value === "string") return quote(shortened(value));
      if (typeof value === "boolean") return value ? logical.true : logical.false;
      return otherValue;
    },
  };
}

const englishCells: CellWording = {
  sheetCell: (argument, cell) => `Cell ${cell} of ${argument}`,
  rangeCell: (argument, row, column) => `Row ${row}, column ${column} of ${argument}`,
};

const english: LanguageMessages = {
  wording: valueWording(".", (text) => `'${text}'`, { true: "TRUE", false: "FALSE" }, "a value that is not a number", englishCells),
  cells: englishCells,
  inputErrors: {
    required: (argument) => `${argument} is required but is empty.`,
    notANumber: (argument, { value }, w) => `${argument} must be a number, got ${w.given(value)}.`,
    cellNotANumber: (argument, { value, row, column }, w) =>
      value === ""
        ? `${w.cell(argument, row, column)} is blank inside the data: fill in a number (0 is a value) or remove that row from every range.`
        : `${w.cell(argument, row, column)} must be a number or blank, got ${w.given(value)}; replace it with a number.`,
    mustBeNonNegative: (argument, { value }, w) => `${argument} must be a number ≥ 0, got ${w.number(value)}.`,
    mustBePositive: (argument, { value }, w) => `${argument} must be a number > 0, got ${w.number(value)}.`,
    mustBeWholeNumber: (argument, { value }, w) =>
      `${argument} must be a whole number ≥ 0 (0, 1, 2, …), got ${w.number(value)}.`,
    fractionRange: (argument, { value }, w) =>
      `${argument} must be a fraction from 0 to 1 (0.1 = 10 %), got ${w.number(value)}.`,
    openFractionRange: (argument, { value }, w) =>
      `${argument} must be a fraction greater than 0 and less than 1 (0.95 = 95 %), got ${w.number(value)}.`,
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
    noValues: (argument) => `${argument} has no values (every cell is blank); give the range that holds the data.`,
    invalidScore: (argument, { value, row, column }, w) =>
      `${w.cell(argument, row, column)} must be a whole number from 0 to 10, got ${w.number(value)}; correct the answer or clear the cell.`,
    offScale: (argument, { value, row, column, lowest, highest }, w) =>
      `${w.cell(argument, row, column)} must be a whole number from ${lowest} to ${highest} (the survey's scale), got ${w.number(value)}; correct the answer, clear the cell or give the scale.`,
    countRequiredForAverage: (argument, { averageArgument }) =>
      `${argument} is required when ${averageArgument} is a single average value rather than a range of per-customer values.`,
    resultTooLarge: (argument) => `The result is too large to calculate; check ${argument}.`,
    notOneColumn: (argument, { rows, columns }) =>
      `${argument} must be one column or one row, got a range of ${rows} rows and ${columns} columns; give only the column (or row) with the values.`,
    lengthMismatch: (argument, { length, otherArgument, otherLength }) =>
      `${argument} has ${length} rows but ${otherArgument} has ${otherLength}; give ranges of the same size.`,
    scoreOutOfRange: (argument, { value, row }, w) =>
      `Row ${row} of ${argument} must be a score, a whole number from 1 to 5, got ${w.number(value)}; correct the score, or give a range with one value per customer.`,
    parametersMalformed: (argument, { missing }) =>
      `${argument} must be the parameters spilled by KV.BGNBD or KV.GAMMAGAMMA (labels and values); missing: ${missing}. ` +
      "Give the whole range the function spills, labels included.",
    notADate: (argument, { value }, w) => `${argument} must be a date (an Excel date serial number), got ${w.number(value)}.`,
    unknownChoice: (argument, { value, choices }, w) => `${argument} must be one of ${choices}, got ${w.given(value)}.`,
    mustBePositiveWholeNumber: (argument, { value }, w) => `${argument} must be a whole number ≥ 1 (1, 2, 3, …), got ${w.number(value)}.`,
    notYesNo: (argument, { value }, w) =>
      `${argument} must be TRUE (still active) or FALSE (cancelled), also written 1/0 or yes/no, ${value === "" ? "but the cell is blank" : `got ${w.given(value)}`}.`,
    survivorsIncrease: (argument, { period, survivors, previous }, w) =>
      `${argument} must not grow from one period to the next, but period ${period} starts with ${w.number(survivors)} customers after ${w.number(previous)} in period ${period - 1}: ` +
      "give one cohort's customers still active at the start of periods 0, 1, 2, … (or, for one row per customer, give active too).",
    tooFewCustomers: (argument, { customers, minimum }) =>
      `The sBG model needs at least ${minimum} customers, and ${argument} holds ${customers}: add more customers to the data.`,
    noChurners: (argument, { customers }) =>
      `None of the ${customers} customers in ${argument} cancelled, so the sBG model has no churn to learn from: give data that include cancellations.`,
    churnOnlyInFirstPeriod: (argument, { churners }) =>
      `All ${churners} cancellations in ${argument} are in the first period, so the sBG model cannot tell how churn changes with time as a customer: ` +
      "give data that follow customers beyond their first period.",
    retentionNotRising: (argument, { retentionRate }, w) =>
      `Retention does not rise with time as a customer in ${argument}, so the sBG model finds no difference between customers: ` +
      `use KV.CLVRETENTION with the one retention rate that fits them all, ${w.number(roundedRate(retentionRate))} per period.`,
    fitNotConverged: (argument, { iterations }) =>
      `The sBG model did not settle on an answer for ${argument} (after ${iterations} steps), so its figures would not be reliable; add more customers or periods to the data.`,
    infiniteLifetime: (argument, { alpha }, w) =>
      `With alpha ${w.number(roundedParameter(alpha))} (at most 1) and ${argument} 0 the expected remaining lifetime is infinite: give a discount rate above 0.`,
    discountRateTooSmall: (argument, { value, minimum }, w) => `${argument} must be 0 or at least ${w.number(minimum)} per period, got ${w.number(value)}.`,
    sbgParametersMalformed: (argument, { missing }) =>
      `${argument} must be the parameters spilled by KV.SBG (labels and values); missing: ${missing}. Give the whole range the function spills, labels included.`,
    cellNegative: (argument, { value, row, column }, w) =>
      `${w.cell(argument, row, column)} must be a number ≥ 0, got ${w.number(value)}; correct it, or clear its row in every range.`,
    missingReach: (argument, { value, interactions, row, column }, w) =>
      `${w.cell(argument, row, column)} must be the post's reach (or impressions), a number > 0, but it is ${value === null ? "blank" : w.number(value)} beside ${w.number(interactions)} interactions; fill it in, or clear the post's row in both ranges.`,
    cellNotADate: (argument, { value, row, column }, w) =>
      `${w.cell(argument, row, column)} must be a date (an Excel date, with or without a time of day), got ${typeof value === "number" ? w.number(value) : w.given(value)}; write a date in the cell, or clear its row in every range.`,
    durationLooksLikeDate: (argument, { value, row, column }, w) =>
      `${w.cell(argument, row, column)} is ${w.number(value)}, a date rather than a duration; give the answer times as ends, or durations (end − start).`,
    endBeforeStart: (argument, { start, end, startArgument, row, column }, w) =>
      `${w.cell(argument, row, column)} (${dateTimeText(end)}) is before its start in ${startArgument} (${dateTimeText(start)}): swap the two ranges if they are the wrong way round, or correct the row.`,
    missingStart: (argument, { endArgument, row, column }, w) =>
      `${w.cell(argument, row, column)} is blank, but its row has an end in ${endArgument}; fill in when the request came in, or clear the end.`,
    notATimeOfDay: (argument, { value }, w) =>
      `${argument} must be a time of day such as "08:00" (or 8/24, a fraction of a day), got ${typeof value === "number" ? w.number(value) : w.given(value)}.`,
    businessHoursOrder: (argument, { start, end, startArgument }) =>
      `${argument} (${timeText(end)}) must be after ${startArgument} (${timeText(start)}); give business hours that open and close on the same day.`,
    businessHoursIncomplete: (argument, { given }) => `${argument} is empty, but ${given} is given; give both the opening and the closing time, or leave both out.`,
    businessHoursNeedTimes: (argument) =>
      `Business hours (${argument}) need the time each request came in and was answered; give starts and ends instead of durations, or leave the business hours out.`,
    holidaysNeedBusinessHours: (argument) => `${argument} are taken out of business hours; give businessStart and businessEnd too, or leave ${argument} out.`,
  },
  unexpected: (detail) => `Kundeværdi could not calculate this (internal error: ${detail}).`,
  rowsWithinRange: "Rows are counted from the first cell of the range.",
  dateOrderUnknown: ({ argument, example, row, dayFirst, monthFirst }, w) =>
    `The dates in ${argument} could be day first or month first: no date has a day above 12, ` +
    `and ${w.given(example)} (row ${row}) is ${dayFirst} day first but ${monthFirst} month first. ` +
    `Give dateOrder: "dmy" (day first) or "mdy" (month first).`,
  dateOrderConflictHint: 'Give dateOrder "dmy" (day first) or "mdy" (month first) to read every date in one order.',
  cellAdvice: "correct that cell or remove its row from every range",
};

const danishCells: CellWording = {
  sheetCell: (argument, cell) => `Celle ${cell} i ${argument}`,
  rangeCell: (argument, row, column) => `Række ${row}, kolonne ${column} i ${argument}`,
};

const danish: LanguageMessages = {
  wording: valueWording(",", (text) => `»${text}«`, { true: "SAND", false: "FALSK" }, "en værdi, der ikke er et tal", danishCells),
  cells: danishCells,
  inputErrors: {
    required: (argument) => `${argument} skal udfyldes, men er tom.`,
    notANumber: (argument, { value }, w) => `${argument} skal være et tal, men er ${w.given(value)}.`,
    cellNotANumber: (argument, { value, row, column }, w) =>
      value === ""
        ? `${w.cell(argument, row, column)} er tom midt i dataene: udfyld et tal (0 er en værdi), eller fjern rækken fra alle områderne.`
        : `${w.cell(argument, row, column)} skal være et tal eller tom, men er ${w.given(value)}; erstat det med et tal.`,
    mustBeNonNegative: (argument, { value }, w) => `${argument} skal være et tal ≥ 0, men er ${w.number(value)}.`,
    mustBePositive: (argument, { value }, w) => `${argument} skal være et tal > 0, men er ${w.number(value)}.`,
    mustBeWholeNumber: (argument, { value }, w) =>
      `${argument} skal være et helt tal ≥ 0 (0, 1, 2, …), men er ${w.number(value)}.`,
    fractionRange: (argument, { value }, w) =>
      `${argument} skal være en andel fra 0 til 1 (0,1 = 10 %), men er ${w.number(value)}.`,
    openFractionRange: (argument, { value }, w) =>
      `${argument} skal være en andel større end 0 og mindre end 1 (0,95 = 95 %), men er ${w.number(value)}.`,
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
    noValues: (argument) => `${argument} indeholder ingen værdier (alle celler er tomme); angiv det område, der indeholder dataene.`,
    invalidScore: (argument, { value, row, column }, w) =>
      `${w.cell(argument, row, column)} skal være et helt tal fra 0 til 10, men er ${w.number(value)}; ret svaret, eller tøm cellen.`,
    offScale: (argument, { value, row, column, lowest, highest }, w) =>
      `${w.cell(argument, row, column)} skal være et helt tal fra ${lowest} til ${highest} (undersøgelsens skala), men er ${w.number(value)}; ret svaret, tøm cellen, eller angiv skalaen.`,
    countRequiredForAverage: (argument, { averageArgument }) =>
      `${argument} skal udfyldes, når ${averageArgument} er én gennemsnitsværdi og ikke et område med en værdi pr. kunde.`,
    resultTooLarge: (argument) => `Resultatet er for stort til at kunne beregnes; kontrollér ${argument}.`,
    notOneColumn: (argument, { rows, columns }) =>
      `${argument} skal være én kolonne eller én række, men er et område med ${rows} rækker og ${columns} kolonner; angiv kun kolonnen (eller rækken) med værdierne.`,
    lengthMismatch: (argument, { length, otherArgument, otherLength }) =>
      `${argument} har ${length} rækker, men ${otherArgument} har ${otherLength}; angiv områder af samme størrelse.`,
    scoreOutOfRange: (argument, { value, row }, w) =>
      `Række ${row} i ${argument} skal være en score, et helt tal fra 1 til 5, men er ${w.number(value)}; ret scoren, eller angiv et område med én værdi pr. kunde.`,
    parametersMalformed: (argument, { missing }) =>
      `${argument} skal være de parametre, KV.BGNBD eller KV.GAMMAGAMMA returnerer (navne og værdier); mangler: ${missing}. ` +
      "Angiv hele det område, funktionen returnerer, med navnene.",
    notADate: (argument, { value }, w) => `${argument} skal være en dato (et Excel-datoserienummer), men er ${w.number(value)}.`,
    unknownChoice: (argument, { value, choices }, w) => `${argument} skal være en af ${choices}, men er ${w.given(value)}.`,
    mustBePositiveWholeNumber: (argument, { value }, w) => `${argument} skal være et helt tal ≥ 1 (1, 2, 3, …), men er ${w.number(value)}.`,
    notYesNo: (argument, { value }, w) =>
      `${argument} skal være SAND (stadig aktiv) eller FALSK (opsagt), også skrevet 1/0 eller ja/nej, ${value === "" ? "men cellen er tom" : `men er ${w.given(value)}`}.`,
    survivorsIncrease: (argument, { period, survivors, previous }, w) =>
      `${argument} må ikke vokse fra én periode til den næste, men periode ${period} starter med ${w.number(survivors)} kunder efter ${w.number(previous)} i periode ${period - 1}: ` +
      "angiv for én kohorte de kunder, der stadig er aktive ved starten af periode 0, 1, 2, … (eller angiv også active for én række pr. kunde).",
    tooFewCustomers: (argument, { customers, minimum }) =>
      `sBG-modellen kræver mindst ${minimum} kunder, og ${argument} har ${customers}: tilføj flere kunder til dataene.`,
    noChurners: (argument, { customers }) =>
      `Ingen af de ${customers} kunder i ${argument} har opsagt, så sBG-modellen har intet frafald at lære af: angiv data med opsigelser.`,
    churnOnlyInFirstPeriod: (argument, { churners }) =>
      `Alle ${churners} opsigelser i ${argument} ligger i første periode, så sBG-modellen kan ikke se, hvordan frafaldet ændrer sig med tiden som kunde: ` +
      "angiv data, der følger kunderne ud over deres første periode.",
    retentionNotRising: (argument, { retentionRate }, w) =>
      `Fastholdelsen stiger ikke med tiden som kunde i ${argument}, så sBG-modellen finder ingen forskel på kunderne: ` +
      `brug KV.KUNDEVÆRDI.FASTHOLDELSE med den ene fastholdelsesrate, der passer på dem alle, ${w.number(roundedRate(retentionRate))} pr. periode.`,
    fitNotConverged: (argument, { iterations }) =>
      `sBG-modellen fandt ikke et stabilt resultat for ${argument} (efter ${iterations} trin), så tallene ville ikke være pålidelige; tilføj flere kunder eller perioder til dataene.`,
    infiniteLifetime: (argument, { alpha }, w) =>
      `Med alpha ${w.number(roundedParameter(alpha))} (højst 1) og ${argument} 0 er den forventede resterende levetid uendelig: angiv en diskonteringsrente over 0.`,
    discountRateTooSmall: (argument, { value, minimum }, w) => `${argument} skal være 0 eller mindst ${w.number(minimum)} pr. periode, men er ${w.number(value)}.`,
    sbgParametersMalformed: (argument, { missing }) =>
      `${argument} skal være de parametre, KV.SBG returnerer (navne og værdier); mangler: ${missing}. Angiv hele det område, funktionen returnerer, med navnene.`,
    cellNegative: (argument, { value, row, column }, w) =>
      `${w.cell(argument, row, column)} skal være et tal ≥ 0, men er ${w.number(value)}; ret det, eller tøm rækken i alle områderne.`,
    missingReach: (argument, { value, interactions, row, column }, w) =>
      `${w.cell(argument, row, column)} skal være opslagets rækkevidde (eller visninger), et tal > 0, men er ${value === null ? "tom" : w.number(value)} ved ${w.number(interactions)} interaktioner; udfyld den, eller tøm opslagets række i begge områder.`,
    cellNotADate: (argument, { value, row, column }, w) =>
      `${w.cell(argument, row, column)} skal være en dato (en Excel-dato, med eller uden klokkeslæt), men er ${typeof value === "number" ? w.number(value) : w.given(value)}; skriv en dato i cellen, eller tøm rækken i alle områderne.`,
    durationLooksLikeDate: (argument, { value, row, column }, w) =>
      `${w.cell(argument, row, column)} er ${w.number(value)}, en dato og ikke en varighed; angiv svartidspunkterne som ends, eller angiv varigheder (slut − start).`,
    endBeforeStart: (argument, { start, end, startArgument, row, column }, w) =>
      `${w.cell(argument, row, column)} (${dateTimeText(end)}) ligger før starten i ${startArgument} (${dateTimeText(start)}): byt de to områder, hvis de står omvendt, eller ret rækken.`,
    missingStart: (argument, { endArgument, row, column }, w) =>
      `${w.cell(argument, row, column)} er tom, men rækken har et sluttidspunkt i ${endArgument}; angiv, hvornår henvendelsen kom ind, eller slet sluttidspunktet.`,
    notATimeOfDay: (argument, { value }, w) =>
      `${argument} skal være et klokkeslæt som "08:00" (eller 8/24, en brøkdel af et døgn), men er ${typeof value === "number" ? w.number(value) : w.given(value)}.`,
    businessHoursOrder: (argument, { start, end, startArgument }) =>
      `${argument} (${timeText(end)}) skal ligge efter ${startArgument} (${timeText(start)}); angiv en åbningstid, der åbner og lukker samme dag.`,
    businessHoursIncomplete: (argument, { given }) => `${argument} er tom, men ${given} er angivet; angiv både åbnings- og lukketid, eller udelad begge.`,
    businessHoursNeedTimes: (argument) =>
      `Åbningstid (${argument}) kræver tidspunktet, hver henvendelse kom og blev besvaret; angiv starter og slutninger i stedet for varigheder, eller udelad åbningstiden.`,
    holidaysNeedBusinessHours: (argument) => `${argument} trækkes fra åbningstiden; angiv også businessStart og businessEnd, eller udelad ${argument}.`,
  },
  unexpected: (detail) => `Kundeværdi kunne ikke beregne resultatet (intern fejl: ${detail}).`,
  rowsWithinRange: "Rækkerne tælles fra områdets første celle.",
  dateOrderUnknown: ({ argument, example, row, dayFirst, monthFirst }, w) =>
    `Datoerne i ${argument} kan have dagen eller måneden først: ingen dato har en dag over 12, ` +
    `og ${w.given(example)} (række ${row}) er ${dayFirst} med dagen først, men ${monthFirst} med måneden først. ` +
    `Angiv dateOrder: "dmy" (dagen først) eller "mdy" (måneden først).`,
  dateOrderConflictHint: 'Angiv dateOrder "dmy" (dagen først) eller "mdy" (måneden først) for at læse alle datoer i samme rækkefølge.',
  cellAdvice: "ret cellen, eller fjern dens række fra alle områderne",
};

const swedishCells: CellWording = {
  sheetCell: (argument, cell) => `Cell ${cell} i ${argument}`,
  rangeCell: (argument, row, column) => `Rad ${row}, kolumn ${column} i ${argument}`,
};

const swedish: LanguageMessages = {
  wording: valueWording(",", (text) => `”${text}”`, { true: "SANT", false: "FALSKT" }, "ett värde som inte är ett tal", swedishCells),
  cells: swedishCells,
  inputErrors: {
    required: (argument) => `${argument} måste anges, men är tomt.`,
    notANumber: (argument, { value }, w) => `${argument} måste vara ett tal, men är ${w.given(value)}.`,
    cellNotANumber: (argument, { value, row, column }, w) =>
      value === ""
        ? `${w.cell(argument, row, column)} är tom mitt i data: fyll i ett tal (0 är ett värde) eller ta bort raden ur alla områden.`
        : `${w.cell(argument, row, column)} måste vara ett tal eller tom, men är ${w.given(value)}; ersätt det med ett tal.`,
    mustBeNonNegative: (argument, { value }, w) => `${argument} måste vara ett tal ≥ 0, men är ${w.number(value)}.`,
    mustBePositive: (argument, { value }, w) => `${argument} måste vara ett tal > 0, men är ${w.number(value)}.`,
    mustBeWholeNumber: (argument, { value }, w) =>
      `${argument} måste vara ett heltal ≥ 0 (0, 1, 2, …), men är ${w.number(value)}.`,
    fractionRange: (argument, { value }, w) =>
      `${argument} måste vara en andel från 0 till 1 (0,1 = 10 %), men är ${w.number(value)}.`,
    openFractionRange: (argument, { value }, w) =>
      `${argument} måste vara en andel större än 0 och mindre än 1 (0,95 = 95 %), men är ${w.number(value)}.`,
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
    noValues: (argument) => `${argument} innehåller inga värden (alla celler är tomma); ange det område som innehåller data.`,
    invalidScore: (argument, { value, row, column }, w) =>
      `${w.cell(argument, row, column)} måste vara ett heltal från 0 till 10, men är ${w.number(value)}; rätta svaret eller töm cellen.`,
    offScale: (argument, { value, row, column, lowest, highest }, w) =>
      `${w.cell(argument, row, column)} måste vara ett heltal från ${lowest} till ${highest} (undersökningens skala), men är ${w.number(value)}; rätta svaret, töm cellen eller ange skalan.`,
    countRequiredForAverage: (argument, { averageArgument }) =>
      `${argument} måste anges när ${averageArgument} är ett enda genomsnittsvärde och inte ett område med ett värde per kund.`,
    resultTooLarge: (argument) => `Resultatet är för stort för att kunna beräknas; kontrollera ${argument}.`,
    notOneColumn: (argument, { rows, columns }) =>
      `${argument} måste vara en kolumn eller en rad, men är ett område med ${rows} rader och ${columns} kolumner; ange bara kolumnen (eller raden) med värdena.`,
    lengthMismatch: (argument, { length, otherArgument, otherLength }) =>
      `${argument} har ${length} rader men ${otherArgument} har ${otherLength}; ange områden av samma storlek.`,
    scoreOutOfRange: (argument, { value, row }, w) =>
      `Rad ${row} i ${argument} måste vara en poäng, ett heltal från 1 till 5, men är ${w.number(value)}; rätta poängen eller ange ett område med ett värde per kund.`,
    parametersMalformed: (argument, { missing }) =>
      `${argument} måste vara de parametrar som KV.BGNBD eller KV.GAMMAGAMMA returnerar (namn och värden); saknas: ${missing}. ` +
      "Ange hela området som funktionen returnerar, med namnen.",
    notADate: (argument, { value }, w) => `${argument} måste vara ett datum (ett Excel-datumserienummer), men är ${w.number(value)}.`,
    unknownChoice: (argument, { value, choices }, w) => `${argument} måste vara en av ${choices}, men är ${w.given(value)}.`,
    mustBePositiveWholeNumber: (argument, { value }, w) => `${argument} måste vara ett heltal ≥ 1 (1, 2, 3, …), men är ${w.number(value)}.`,
    notYesNo: (argument, { value }, w) =>
      `${argument} måste vara SANT (fortfarande aktiv) eller FALSKT (uppsagd), även skrivet 1/0 eller ja/nej, ${value === "" ? "men cellen är tom" : `men är ${w.given(value)}`}.`,
    survivorsIncrease: (argument, { period, survivors, previous }, w) =>
      `${argument} får inte växa från en period till nästa, men period ${period} börjar med ${w.number(survivors)} kunder efter ${w.number(previous)} i period ${period - 1}: ` +
      "ange för en kohort de kunder som fortfarande är aktiva vid början av period 0, 1, 2, … (eller ange även active för en rad per kund).",
    tooFewCustomers: (argument, { customers, minimum }) =>
      `sBG-modellen behöver minst ${minimum} kunder, och ${argument} har ${customers}: lägg till fler kunder i data.`,
    noChurners: (argument, { customers }) =>
      `Ingen av de ${customers} kunderna i ${argument} har sagt upp sig, så sBG-modellen har inget kundbortfall att lära av: ange data med uppsägningar.`,
    churnOnlyInFirstPeriod: (argument, { churners }) =>
      `Alla ${churners} uppsägningar i ${argument} ligger i första perioden, så sBG-modellen kan inte se hur kundbortfallet förändras med tiden som kund: ` +
      "ange data som följer kunderna längre än deras första period.",
    retentionNotRising: (argument, { retentionRate }, w) =>
      `Kundretentionen stiger inte med tiden som kund i ${argument}, så sBG-modellen hittar ingen skillnad mellan kunderna: ` +
      `använd KV.KUNDVÄRDE.RETENTION med den enda retentionsgrad som passar dem alla, ${w.number(roundedRate(retentionRate))} per period.`,
    fitNotConverged: (argument, { iterations }) =>
      `sBG-modellen hittade inget stabilt resultat för ${argument} (efter ${iterations} steg), så siffrorna vore inte tillförlitliga; lägg till fler kunder eller perioder i data.`,
    infiniteLifetime: (argument, { alpha }, w) =>
      `Med alpha ${w.number(roundedParameter(alpha))} (högst 1) och ${argument} 0 är den förväntade återstående livslängden oändlig: ange en diskonteringsränta över 0.`,
    discountRateTooSmall: (argument, { value, minimum }, w) => `${argument} måste vara 0 eller minst ${w.number(minimum)} per period, men är ${w.number(value)}.`,
    sbgParametersMalformed: (argument, { missing }) =>
      `${argument} måste vara de parametrar som KV.SBG returnerar (namn och värden); saknas: ${missing}. Ange hela området som funktionen returnerar, med namnen.`,
    cellNegative: (argument, { value, row, column }, w) =>
      `${w.cell(argument, row, column)} måste vara ett tal ≥ 0, men är ${w.number(value)}; rätta det eller töm raden i alla områden.`,
    missingReach: (argument, { value, interactions, row, column }, w) =>
      `${w.cell(argument, row, column)} måste vara inläggets räckvidd (eller visningar), ett tal > 0, men är ${value === null ? "tom" : w.number(value)} vid ${w.number(interactions)} interaktioner; fyll i den eller töm inläggets rad i båda områdena.`,
    cellNotADate: (argument, { value, row, column }, w) =>
      `${w.cell(argument, row, column)} måste vara ett datum (ett Excel-datum, med eller utan klockslag), men är ${typeof value === "number" ? w.number(value) : w.given(value)}; skriv ett datum i cellen eller töm raden i alla områden.`,
    durationLooksLikeDate: (argument, { value, row, column }, w) =>
      `${w.cell(argument, row, column)} är ${w.number(value)}, ett datum och inte en varaktighet; ange svarstidpunkterna som ends eller ange varaktigheter (slut − start).`,
    endBeforeStart: (argument, { start, end, startArgument, row, column }, w) =>
      `${w.cell(argument, row, column)} (${dateTimeText(end)}) ligger före starten i ${startArgument} (${dateTimeText(start)}): byt plats på de två områdena om de står omvänt, eller rätta raden.`,
    missingStart: (argument, { endArgument, row, column }, w) =>
      `${w.cell(argument, row, column)} är tom, men raden har en sluttid i ${endArgument}; fyll i när ärendet kom in eller ta bort sluttiden.`,
    notATimeOfDay: (argument, { value }, w) =>
      `${argument} måste vara ett klockslag som "08:00" (eller 8/24, en andel av ett dygn), men är ${typeof value === "number" ? w.number(value) : w.given(value)}.`,
    businessHoursOrder: (argument, { start, end, startArgument }) =>
      `${argument} (${timeText(end)}) måste ligga efter ${startArgument} (${timeText(start)}); ange öppettider som öppnar och stänger samma dag.`,
    businessHoursIncomplete: (argument, { given }) => `${argument} är tomt, men ${given} är angivet; ange både öppnings- och stängningstid eller utelämna båda.`,
    businessHoursNeedTimes: (argument) =>
      `Öppettider (${argument}) kräver tidpunkten då varje ärende kom in och besvarades; ange starter och slut i stället för varaktigheter eller utelämna öppettiderna.`,
    holidaysNeedBusinessHours: (argument) => `${argument} dras från öppettiderna; ange även businessStart och businessEnd eller utelämna ${argument}.`,
  },
  unexpected: (detail) => `Kundeværdi kunde inte beräkna resultatet (internt fel: ${detail}).`,
  rowsWithinRange: "Raderna räknas från områdets första cell.",
  dateOrderUnknown: ({ argument, example, row, dayFirst, monthFirst }, w) =>
    `Datumen i ${argument} kan ha dagen eller månaden först: inget datum har en dag över 12, ` +
    `och ${w.given(example)} (rad ${row}) är ${dayFirst} med dagen först men ${monthFirst} med månaden först. ` +
    `Ange dateOrder: "dmy" (dagen först) eller "mdy" (månaden först).`,
  dateOrderConflictHint: 'Ange dateOrder "dmy" (dagen först) eller "mdy" (månaden först) för att läsa alla datum i samma ordning.',
  cellAdvice: "rätta cellen eller ta bort dess rad ur alla områden",
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
 * The message for an input error in the given language. `sheetCell` is the A1 name of the cell a
 * `cellNotANumber` or `invalidScore` error is about, when the caller knows the range's place on the sheet.
 * @example renderInputError(new InputError("mustBePositive", "orders", { value: 0 }), "da") // "orders skal være et tal > 0, men er 0."
 * @example renderInputError(new InputError("invalidScore", "scores", { value: 11, row: 27, column: 1 }), "en", "B28") // "Cell B28 of scores must be …"
 */
export function renderInputError(error: InputError, language: Language, sheetCell?: string): string {
  const { inputErrors, wording, cells } = messages[language];
  const placed: ValueWording = sheetCell === undefined ? wording : { ...wording, cell: (argument) => cells.sheetCell(argument, sheetCell) };
  return renderCode(inputErrors, error.code, error.argument, error.params, placed);
}

/**
 * The message for an input error about one cell of a range whose parameters name no row (a negative value, a
 * recency above T): the cell first, by its sheet cell when known, else by its row and column within the range, and what
 * to do with that cell.
 * @example renderInputErrorAt(new InputError("mustBeWholeNumber", "frequency", { value: 2.5 }), "en", { row: 27, column: 1, sheetCell: "C28" })
 * // "Cell C28 of frequency: frequency must be a whole number ≥ 0 (0, 1, 2, …), got 2.5; correct that cell or remove its row from every range."
 */
export function renderInputErrorAt(error: InputError, language: Language, at: { row: number; column: number; sheetCell?: string }): string {
  const { cells, cellAdvice } = messages[language];
  const where = at.sheetCell === undefined ? cells.rangeCell(error.argument, at.row, at.column) : cells.sheetCell(error.argument, at.sheetCell);
  return `${where}: ${renderInputError(error, language, at.sheetCell).replace(/\.$/, "")}; ${cellAdvice}.`;
}

/**
 * The sentence added to a message whose row numbers count from the range's first cell (Excel gave no address).
 * @example renderRowsWithinRange("en") // "Rows are counted from the first cell of the range."
 */
export function renderRowsWithinRange(language: Language): string {
  return messages[language].rowsWithinRange;
}

/**
 * The error of a worksheet function whose text dates could all be day first or month first: which readings an
 * example has, and the argument that decides.
 * @example renderDateOrderUnknown({ argument: "dates", example: "03/04/2024", row: 5, dayFirst: "2024-04-03", monthFirst: "2024-03-04" }, "en")
 * // "The dates in dates could be day first or month first: … Give dateOrder: "dmy" (day first) or "mdy" (month first)."
 */
export function renderDateOrderUnknown(params: DateOrderUnknownParameters, language: Language): string {
  const table = messages[language];
  return table.dateOrderUnknown(params, table.wording);
}

/**
 * How a worksheet function is told the date order, added after the message of a date that could be either order in a
 * column with dates written both ways (that message already says to write the date year first or choose the order).
 * @example renderDateOrderConflictHint("en") // 'Give dateOrder "dmy" (day first) or "mdy" (month first) to read every date in one order.'
 */
export function renderDateOrderConflictHint(language: Language): string {
  return messages[language].dateOrderConflictHint;
}

/** The message for an error that is not the user's fault (a bug); `detail` is the technical description. */
export function renderUnexpectedError(language: Language, detail: string): string {
  return messages[language].unexpected(detail);
}
