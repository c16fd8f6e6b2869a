/*
 * The worksheet function KV.COHORT: a purchase log as a cohort matrix, one row per cohort (the customers whose first
 * purchase falls in a calendar month, quarter or ISO week) and one column per period since acquisition, with a
 * header row and column in the user's Office display language. The counting is core's (cohortTable,
 * cohortMeasureRow), the same as the wizard's Cohorts sheet; the transaction columns are read as
 * readTransactionColumns describes (text dates and amounts, blanks, an unreadable row named by its sheet row).
 */
import { requireFraction } from "../core/argumentChecks";
import type { CohortPeriod } from "../core/cohorts/calendarPeriod";
import { cohortMeasureRow, type CohortMeasure } from "../core/cohorts/cohortMeasure";
import { cohortTable, type CohortTable } from "../core/cohorts/cohortTable";
import { InputError } from "../core/inputError";
import { isoDateText } from "../core/read/civilDate";
import { yesNoFlag } from "../core/subscriptions/activeFlag";
import { valueError } from "../excel/worksheetErrors";
import { cohortFunctionWords, type CohortFunctionWords } from "../i18n/cohortFunctionWords";
import { optionalNumber } from "./arguments";
import { argumentPlaces } from "./argumentPlaces";
import { displayLanguage } from "./errors";
import { alignedColumns, dateOrderArgument, dayOfSerial, excelMatrix, isBlankValue, isLeftOut } from "./ranges";
import { readTransactionColumns } from "./transactionColumns";

/** A text argument as looked up: lower case, without spaces, dots, commas, hyphens, underscores and slashes ("Omsætning pr. kunde" → "omsætningprkunde"). */
function choiceKey(value: unknown): string | undefined {
  return typeof value === "string" ? value.toLowerCase().replace(/[\s.,_/-]/g, "") : undefined;
}

/** The text or logical value a message quotes for a refused choice. */
function givenChoice(value: unknown): string | boolean | undefined {
  return typeof value === "string" || typeof value === "boolean" ? value : undefined;
}

/** The measures by their English keys and their Danish and Swedish names, as choiceKey writes them. */
const measureNames: Record<string, CohortMeasure> = {
  activerate: "activeRate", activeshare: "activeRate", aktivandel: "activeRate", andelaktive: "activeRate", andelaktiva: "activeRate",
  activecustomers: "activeCustomers", aktivekunder: "activeCustomers", aktivakunder: "activeCustomers",
  revenuepercustomer: "revenuePerCustomer", revenue: "revenuePerCustomer",
  omsætningprkunde: "revenuePerCustomer", omsætningperkunde: "revenuePerCustomer", omsætning: "revenuePerCustomer",
  intäktperkund: "revenuePerCustomer", intäkt: "revenuePerCustomer", omsättningperkund: "revenuePerCustomer", omsättning: "revenuePerCustomer",
  cumulativerevenuepercustomer: "cumulativeRevenuePerCustomer", cumulativerevenue: "cumulativeRevenuePerCustomer", cumulative: "cumulativeRevenuePerCustomer",
  akkumuleretomsætningprkunde: "cumulativeRevenuePerCustomer", akkumuleretomsætning: "cumulativeRevenuePerCustomer", akkumuleret: "cumulativeRevenuePerCustomer",
  kumuleretomsætningprkunde: "cumulativeRevenuePerCustomer", kumuleretomsætning: "cumulativeRevenuePerCustomer", kumuleret: "cumulativeRevenuePerCustomer",
  ackumuleradintäktperkund: "cumulativeRevenuePerCustomer", ackumuleradintäkt: "cumulativeRevenuePerCustomer", ackumulerad: "cumulativeRevenuePerCustomer",
  kumuleradintäktperkund: "cumulativeRevenuePerCustomer", kumuleradintäkt: "cumulativeRevenuePerCustomer", kumulerad: "cumulativeRevenuePerCustomer",
  // The Cohorts sheet's own words: "per customer won", and the Swedish sheet's omsättning.
  revenuepercustomerwon: "revenuePerCustomer", omsætningprvundetkunde: "revenuePerCustomer", omsättningpervunnenkund: "revenuePerCustomer",
  cumulativerevenuepercustomerwon: "cumulativeRevenuePerCustomer", akkumuleretomsætningprvundetkunde: "cumulativeRevenuePerCustomer",
  ackumuleradomsättningperkund: "cumulativeRevenuePerCustomer", ackumuleradomsättning: "cumulativeRevenuePerCustomer",
  ackumuleradomsättningpervunnenkund: "cumulativeRevenuePerCustomer", kumuleradomsättning: "cumulativeRevenuePerCustomer",
  customerswhobought: "activeCustomers", kunderderkøbte: "activeCustomers", kundersomköpte: "activeCustomers",
};

/**
 * The measure argument: "activeRate" (default when blank), "revenuePerCustomer", "cumulativeRevenuePerCustomer" or
 * "activeCustomers", in any case and spacing, also by their Danish and Swedish names ("aktivandel", "omsætning pr.
 * kunde", "ackumulerad intäkt per kund", …).
 * @example cohortMeasureArgument("Omsætning pr. kunde") // "revenuePerCustomer"
 */
function cohortMeasureArgument(value: unknown): CohortMeasure {
  if (isBlankValue(value)) return "activeRate";
  const measure = measureNames[choiceKey(value) ?? ""];
  if (measure === undefined) {
    throw new InputError("unknownChoice", "measure", { value: givenChoice(value), choices: '"activeRate", "revenuePerCustomer", "cumulativeRevenuePerCustomer", "activeCustomers"' });
  }
  return measure;
}

/** The periods by their English names and their Danish and Swedish ones, singular and plural. */
const periodNames: Record<string, CohortPeriod> = {
  month: "month", months: "month", måned: "month", måneder: "month", månad: "month", månader: "month",
  quarter: "quarter", quarters: "quarter", kvartal: "quarter", kvartaler: "quarter",
  week: "week", weeks: "week", isoweek: "week", uge: "week", uger: "week", vecka: "week", veckor: "week",
};

/**
 * The period argument: "month" (default when blank), "quarter" or "week" (an ISO week, Monday to Sunday), also
 * måned/kvartal/uge (da) and månad/kvartal/vecka (sv).
 * @example cohortPeriodArgument("Kvartal") // "quarter"
 */
function cohortPeriodArgument(value: unknown): CohortPeriod {
  if (isBlankValue(value)) return "month";
  const period = periodNames[choiceKey(value) ?? ""];
  if (period === undefined) throw new InputError("unknownChoice", "period", { value: givenChoice(value), choices: '"month", "quarter", "week"' });
  return period;
}

/**
 * The margin argument: the share of revenue to show, 0 < margin ≤ 1 (default 1: revenue itself).
 * @example marginArgument("40%") // 0.4
 */
function marginArgument(value: unknown): number {
  const margin = optionalNumber(value, "margin");
  if (margin === undefined) return 1;
  if (requireFraction(margin, "margin") === 0) throw new InputError("mustBePositive", "margin", { value: margin });
  return margin;
}

/**
 * The current argument: whether to show the period the observation end falls inside when it is cut short; FALSE
 * when blank. TRUE/FALSE, also 1/0, yes/no, ja/nej and the logical words of Danish and Swedish Excel.
 * @example currentArgument(true) // true
 */
function currentArgument(value: unknown): boolean {
  if (isBlankValue(value)) return false;
  const flag = yesNoFlag(value);
  if (flag === undefined) throw new InputError("unknownChoice", "current", { value: givenChoice(value), choices: "TRUE, FALSE" });
  return flag;
}

/** Whether every cell of an aligned column is blank (an amounts range with nothing in it). */
function allBlank(cells: readonly unknown[]): boolean {
  for (let position = 0; position < cells.length; position += 1) if (!isBlankValue(cells[position])) return false;
  return true;
}

/**
 * The spill of a cohort table: a header row (the cohort word, the customers word, then the periods since acquisition
 * 0, 1, 2, … up to the oldest cohort's last shown period) and one row per cohort (its label, the customers won, the
 * measure per period; "" where the cohort has not got to yet). A period cut short by the observation end is shown
 * only when `showCurrent`.
 */
function cohortMatrix(table: CohortTable, measure: CohortMeasure, margin: number, showCurrent: boolean, words: CohortFunctionWords): (string | number)[][] {
  const lastShown = table.lastPeriodComplete || showCurrent ? table.lastPeriod : table.lastPeriod - 1;
  const width = Math.max(0, lastShown - table.cohorts[0].period + 1);
  const header: (string | number)[] = [words.cohort, words.customers];
  for (let age = 0; age < width; age += 1) header.push(age);
  const matrix = [header];
  for (const cohort of table.cohorts) {
    const values = cohortMeasureRow(cohort, measure, margin);
    const reached = lastShown - cohort.period;
    const row: (string | number)[] = [cohort.label, cohort.customers];
    for (let age = 0; age < width; age += 1) row.push(age <= reached ? values[age] : "");
    matrix.push(row);
  }
  return matrix;
}

/**
 * Cohorts of a purchase log: per month, quarter or ISO week of first purchase, the customers won and a measure in each period since.
 * @customfunction COHORT
 * @helpurl https://localhost:3000/functions.html#kv.cohort
 * @param customers Range with the customer id of each purchase row.
 * @param dates Range with the date of each purchase row (dates or date text), as long as customers.
 * @param amounts Range with the amount of each purchase row (numbers or amount text; returns negative), as long as customers. May be left empty for "activeRate" and "activeCustomers".
 * @param measure "activeRate" (share of the cohort with a purchase in the period), "revenuePerCustomer" (the period's net revenue per customer won), "cumulativeRevenuePerCustomer" or "activeCustomers". Omitted: "activeRate".
 * @param period "month", "quarter" or "week" (ISO weeks from Monday): the period of acquisition and of the columns. Omitted: "month".
 * @param asOf End of the observation period, a date. Omitted: the last date in the data.
 * @param margin Share of revenue to show, 0 < margin ≤ 1 (0.4 = 40 %). Omitted: 1, revenue itself.
 * @param current TRUE to show the period the observation end falls inside when it is cut short; FALSE leaves it empty, as a partial period reads as a drop. Omitted: FALSE.
 * @param dateOrder "dmy" (day first) or "mdy" (month first) for text dates such as 03/04/2024. Omitted: a date with a day above 12 decides; if none does, the function asks for it.
 * @param invocation The addresses of the ranges, so that a message names the sheet row.
 * @returns A header row (Cohort, Customers, periods since acquisition 0, 1, 2, …) and one row per cohort: its label such as 1997-01, customers won, the measure per period ("" where not yet reached).
 * @remarks Source: the cohort definitions of docs/ARCHITECTURE.md ("Cohorts"): period 0 is the calendar period of a
 * customer's first purchase day; active = at least one purchase day in the period; revenue per customer = the period's
 * net revenue × margin ÷ the customers won. Counted by cohortTable and cohortMeasureRow, as the Cohorts sheet counts.
 * @example =KV.COHORT(A2:A5000, B2:B5000, C2:C5000, "revenuePerCustomer", "quarter") // one row per quarter's cohort
 * @requiresParameterAddresses
 */
export function COHORT(
  customers: any[][],
  dates: any[][],
  amounts?: any[][],
  measure?: any,
  period?: any,
  asOf?: any,
  margin?: any,
  current?: any,
  dateOrder?: any,
  invocation?: CustomFunctions.Invocation,
): any[][] {
  const places = argumentPlaces(invocation, [
    ["customers", customers],
    ["dates", dates],
    ["amounts", amounts],
    ["measure", measure],
    ["period", period],
    ["asOf", asOf],
    ["margin", margin],
    ["current", current],
    ["dateOrder", dateOrder],
  ]);
  return excelMatrix<string | number>(() => {
    const shown = cohortMeasureArgument(measure);
    const unit = cohortPeriodArgument(period);
    const endDay = isBlankValue(asOf) ? undefined : dayOfSerial(asOf, "asOf");
    const share = marginArgument(margin);
    const showCurrent = currentArgument(current);
    const order = dateOrderArgument(dateOrder, "dateOrder");
    const words = cohortFunctionWords(displayLanguage());
    let cells = isLeftOut(amounts)
      ? alignedColumns([["customers", customers], ["dates", dates]])
      : alignedColumns([["customers", customers], ["dates", dates], ["amounts", amounts]]);
    // An amounts range with nothing in it is a log without amounts, as one left out.
    if (cells.length === 3 && allBlank(cells[2])) cells = cells.slice(0, 2);
    const withAmounts = cells.length === 3;
    if (!withAmounts && (shown === "revenuePerCustomer" || shown === "cumulativeRevenuePerCustomer")) throw valueError(words.needsAmounts(shown));
    const log = readTransactionColumns(cells[0], cells[1], withAmounts ? cells[2] : undefined, { dateOrder: order, places });
    if (log.length === 0) throw valueError(words.noPurchases());
    const table = cohortTable(log, { period: unit, observationEndDay: endDay });
    if (table.cohorts.length === 0) throw valueError(words.noPurchases(isoDateText(table.observationEndDay)));
    return cohortMatrix(table, shown, share, showCurrent, words);
  }, places);
}
