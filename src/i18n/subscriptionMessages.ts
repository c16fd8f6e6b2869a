/*
 * What reading subscription data says, in English, Danish and Swedish, for the command line and the pane alike: the
 * name of each column's role, why the data as a whole cannot be read and what to do, and a cell that cannot be used
 * with its row and column (its reason worded by errorMessages.ts, as for the KV.SBG functions).
 */
import type { ColumnRef } from "../core/read/columnRef";
import type { SubscriptionCellProblem } from "../core/subscriptions/readSubscriptionData";
import type { SubscriptionColumns, SubscriptionRole } from "../core/subscriptions/subscriptionColumns";
import type { SubscriptionDataError, SubscriptionDataErrorCode, SubscriptionDataErrorParameters } from "../core/subscriptions/subscriptionDataError";
import { renderInputError } from "./errorMessages";
import type { Language } from "./language";

interface SubscriptionMessages {
  quote(text: string): string;
  /** "Row 7, column 'Aktiv'" (`column` already quoted, or "3" for a column without a header). */
  cell(row: number, column: string): string;
  columnNumber(number: number): string;
  list(items: string[]): string;
  roles: Readonly<Record<SubscriptionRole, string>>;
  /** After a cell's reason: what to do with it. */
  cellAdvice: string;
  errors: { readonly [Code in SubscriptionDataErrorCode]: (params: SubscriptionDataErrorParameters[Code], m: SubscriptionMessages) => string };
}

const english: SubscriptionMessages = {
  quote: (text) => `'${text}'`,
  cell: (row, column) => `Row ${row}, column ${column}`,
  columnNumber: (number) => `number ${number}`,
  list: (items) => (items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`),
  roles: {
    periods: "periods stayed",
    active: "still active (yes/no)",
    cohort: "cohort",
    survivors: "customers still active per period",
    recency: "recency",
    observedPeriods: "T",
  },
  cellAdvice: "correct the cell, or delete the row.",
  errors: {
    noData: () => "There are no rows of data: give one row per customer (periods stayed, still active) or a survivors curve, under a header row.",
    noHeader: ({ row }) => `Row ${row} holds numbers, not column names: add a header row above the data (such as Periods, Active, Cohort) so the columns can be found.`,
    missingColumns: ({ missing, headers }, m) =>
      `No column of ${m.list(missing.map((role) => m.roles[role]))} was found (the headers are ${m.list(headers.map(m.quote))}). ` +
      "One row per customer needs a column of periods stayed and one saying whether the customer is still active (yes/no); " +
      "a survivors curve needs a column of the customers still active at the start of each period. Give the columns such headers, or choose them.",
    unknownColumn: ({ role, given }, m) =>
      `There is no column ${typeof given === "number" ? m.columnNumber(given + 1) : m.quote(given)} for ${m.roles[role]}: give the header as the data has it, or the column's number (1 = the first).`,
    sameColumnTwice: ({ roles, column }, m) => `The column ${m.quote(column)} was chosen both for ${m.roles[roles[0]]} and for ${m.roles[roles[1]]}: choose a column of its own for each.`,
  },
};

const danish: SubscriptionMessages = {
  quote: (text) => `»${text}«`,
  cell: (row, column) => `Række ${row}, kolonne ${column}`,
  columnNumber: (number) => `nummer ${number}`,
  list: (items) => (items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} og ${items[items.length - 1]}`),
  roles: {
    periods: "antal perioder som kunde",
    active: "stadig aktiv (ja/nej)",
    cohort: "kohorte",
    survivors: "kunder stadig aktive pr. periode",
    recency: "recency",
    observedPeriods: "T",
  },
  cellAdvice: "ret cellen, eller slet rækken.",
  errors: {
    noData: () => "Der er ingen rækker med data: tilføj én række pr. kunde (antal perioder, stadig aktiv) eller en overlevelseskurve under en overskriftsrække.",
    noHeader: ({ row }) => `Række ${row} rummer tal, ikke kolonnenavne: tilføj en overskriftsrække over data (fx Perioder, Aktiv, Kohorte), så kolonnerne kan findes.`,
    missingColumns: ({ missing, headers }, m) =>
      `Der blev ikke fundet en kolonne med ${m.list(missing.map((role) => m.roles[role]))} (overskrifterne er ${m.list(headers.map(m.quote))}). ` +
      "Én række pr. kunde kræver en kolonne med antal perioder og en, der siger, om kunden stadig er aktiv (ja/nej); " +
      "en overlevelseskurve kræver en kolonne med de kunder, der stadig er aktive ved starten af hver periode. Giv kolonnerne sådanne overskrifter, eller vælg dem.",
    unknownColumn: ({ role, given }, m) =>
      `Der er ingen kolonne ${typeof given === "number" ? m.columnNumber(given + 1) : m.quote(given)} til ${m.roles[role]}: skriv overskriften, som den står i data, eller kolonnens nummer (1 = den første).`,
    sameColumnTwice: ({ roles, column }, m) => `Kolonnen ${m.quote(column)} er valgt både til ${m.roles[roles[0]]} og til ${m.roles[roles[1]]}: vælg en kolonne til hver.`,
  },
};

const swedish: SubscriptionMessages = {
  quote: (text) => `”${text}”`,
  cell: (row, column) => `Rad ${row}, kolumn ${column}`,
  columnNumber: (number) => `nummer ${number}`,
  list: (items) => (items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} och ${items[items.length - 1]}`),
  roles: {
    periods: "antal perioder som kund",
    active: "fortfarande aktiv (ja/nej)",
    cohort: "kohort",
    survivors: "kunder fortfarande aktiva per period",
    recency: "recency",
    observedPeriods: "T",
  },
  cellAdvice: "rätta cellen, eller ta bort raden.",
  errors: {
    noData: () => "Det finns inga rader med data: lägg till en rad per kund (antal perioder, fortfarande aktiv) eller en överlevnadskurva under en rubrikrad.",
    noHeader: ({ row }) => `Rad ${row} innehåller tal, inte kolumnnamn: lägg till en rubrikrad ovanför data (t.ex. Perioder, Aktiv, Kohort) så att kolumnerna kan hittas.`,
    missingColumns: ({ missing, headers }, m) =>
      `Ingen kolumn med ${m.list(missing.map((role) => m.roles[role]))} hittades (rubrikerna är ${m.list(headers.map(m.quote))}). ` +
      "En rad per kund kräver en kolumn med antal perioder och en som säger om kunden fortfarande är aktiv (ja/nej); " +
      "en överlevnadskurva kräver en kolumn med de kunder som fortfarande är aktiva i början av varje period. Ge kolumnerna sådana rubriker, eller välj dem.",
    unknownColumn: ({ role, given }, m) =>
      `Det finns ingen kolumn ${typeof given === "number" ? m.columnNumber(given + 1) : m.quote(given)} för ${m.roles[role]}: skriv rubriken som den står i data, eller kolumnens nummer (1 = den första).`,
    sameColumnTwice: ({ roles, column }, m) => `Kolumnen ${m.quote(column)} är vald både för ${m.roles[roles[0]]} och för ${m.roles[roles[1]]}: välj en egen kolumn för varje.`,
  },
};

const messages: Record<Language, SubscriptionMessages> = { en: english, da: danish, sv: swedish };

/**
 * What a column of subscription data holds, in words.
 * @example subscriptionRoleName("active", "da") // "stadig aktiv (ja/nej)"
 */
export function subscriptionRoleName(role: SubscriptionRole, language: Language): string {
  return messages[language].roles[role];
}

function renderErrorOf<Code extends SubscriptionDataErrorCode>(code: Code, params: SubscriptionDataErrorParameters[Code], m: SubscriptionMessages): string {
  return m.errors[code](params, m);
}

/**
 * Why subscription data cannot be read at all, and what to do.
 * @example renderSubscriptionDataError(new SubscriptionDataError("noHeader", { row: 1 }), "en") // "Row 1 holds numbers, not column names: add a header row …"
 */
export function renderSubscriptionDataError(error: SubscriptionDataError, language: Language): string {
  return renderErrorOf(error.code, error.params, messages[language]);
}

/**
 * A cell that cannot be used: its row and column, why (errorMessages.ts, the column's header as the argument), and what to do.
 * @example renderSubscriptionCellProblem({ row: 7, column: { index: 2, header: "Aktiv" }, error: new InputError("notYesNo", "Aktiv", { value: "måske" }) }, "en")
 * // "Row 7, column 'Aktiv': Aktiv must be TRUE (still active) or FALSE (cancelled), also written 1/0 or yes/no, got 'måske'; correct the cell, or delete the row."
 */
export function renderSubscriptionCellProblem(problem: SubscriptionCellProblem, language: Language): string {
  const m = messages[language];
  return `${m.cell(problem.row, subscriptionColumnName(problem.column, language))}: ${renderInputError(problem.error, language).replace(/\.$/, "")}; ${m.cellAdvice}`;
}

/**
 * A column as messages name it: its header quoted the language's way, else its number.
 * @example subscriptionColumnName({ index: 2, header: "Aktiv" }, "da") // "»Aktiv«"
 * @example subscriptionColumnName({ index: 2, header: undefined }, "en") // "number 3"
 */
export function subscriptionColumnName(column: ColumnRef, language: Language): string {
  const m = messages[language];
  return column.header === undefined ? m.columnNumber(column.index + 1) : m.quote(column.header);
}

/**
 * How a message names data without a cohort column: by the column the model reads (periods, recency or survivors).
 * @example subscriptionDataName({ layout: "survivors", survivors: { index: 1, header: "Kvar", source: "header" } }, "sv") // "”Kvar”"
 */
export function subscriptionDataName(columns: SubscriptionColumns, language: Language): string {
  const column = columns.layout === "customers" ? columns.periods : columns.layout === "recency" ? columns.recency : columns.survivors;
  return subscriptionColumnName(column, language);
}
