/*
 * Messages about reading purchase data, in English, Danish and Swedish: one line per unreadable cell
 * ("Row 7, column 'Købsdato': '31-02-2024' is not a valid date; correct the day, month or year."), the notices
 * about how columns were read, the errors that stop a read, and why an analysis cannot run on a per-customer table.
 * Every message says what is wrong, where (the row the user sees, the column), and what to do, in words that hold
 * in the task pane, the command line and the worksheet functions ("choose the date order", not a button's name).
 */
import { type Analysis, type AnalysisSupport, type CustomerFact, analysisNeeds } from "../core/read/analysisSupport";
import type { ColumnRef } from "../core/read/columnRef";
import type { ColumnRole } from "../core/read/columnRoles";
import type { DateOrder } from "../core/read/dateText";
import type { PurchaseDataError, PurchaseDataErrorCode, PurchaseDataErrorParameters } from "../core/read/purchaseDataError";
import type { ReadNotice, ReadNoticeCode, ReadDiagnostics, RowProblem, RowProblemReason, TextEncoding } from "../core/read/readDiagnostics";
import type { Language } from "./language";

/** How a language quotes values, names columns and writes counts and lists. */
interface Wording {
  /** A cell value in the language's quotes, shortened when long. */
  quote(text: string): string;
  /** "column 'Købsdato'", or "column 3" for data without headers. */
  column(column: ColumnRef): string;
  /** "Row 7, column 'Købsdato'". */
  cell(row: number, column: ColumnRef): string;
  /** A whole number with the language's thousands separator: 6,919 / 6.919 / 6 919. */
  count(value: number): string;
  /** An amount with at most two decimals and the language's separators: 1,234.5 / 1.234,5 / 1 234,5. */
  amount(value: number): string;
  /** "a, b and c" with the given conjunction. */
  list(items: string[], conjunction: "and" | "or"): string;
}

/** One message per reason, notice, error and name; typing the tables with these makes a missing translation a type error. */
interface RowProblemMessages {
  wording: Wording;
  reasons: { readonly [Reason in RowProblemReason]: (value: string, wording: Wording) => string };
  notices: { readonly [Code in ReadNoticeCode]: (notice: Extract<ReadNotice, { code: Code }>, wording: Wording) => string };
  errors: { readonly [Code in PurchaseDataErrorCode]: (params: PurchaseDataErrorParameters[Code], wording: Wording) => string };
  roles: Readonly<Record<ColumnRole, string>>;
  dateOrders: Readonly<Record<DateOrder, string>>;
  analyses: Readonly<Record<Analysis, string>>;
  /** What the table lacks ("first purchase dates"); `bothDates` names first and last dates at once, as missing and as needed. */
  facts: Readonly<Record<CustomerFact, string>>;
  bothDates: { missing: string; needed: string };
  /** What cannot be computed without a fact ("recency"). */
  measures: Readonly<Record<"frequency" | "spend" | "recency", string>>;
  /** Why `analysis` cannot run and what to do: `toAdd` names the missing facts as columns to choose or add, `columns` how many. */
  unsupported(missing: string, measures: string, analysis: string, needs: string, toAdd: string, columns: number): string;
  counts(report: ReadDiagnostics, wording: Wording): string;
}

/** How the messages name an encoding. */
const encodingNames: Readonly<Record<TextEncoding, string>> = {
  "utf-8": "UTF-8",
  "utf-16le": "UTF-16 (little-endian)",
  "utf-16be": "UTF-16 (big-endian)",
  "windows-1252": "Windows-1252",
};

/** Long values are cut so that a message stays on a line or two. */
const longestQuotedText = 40;

function shortened(text: string): string {
  return text.length > longestQuotedText ? `${text.slice(0, longestQuotedText - 1)}…` : text;
}

/**
 * An amount with two decimals written with the separator of an amount like 1,234 or 1.234, so that writing amounts
 * that way shows the column's decimal separator; `fallback` when the example has none.
 * @example twoDecimals("1.234 kr", ",") // "1.23"
 */
function twoDecimals(example: string, fallback: "." | ","): string {
  const separator = /\d([.,])\d{3}(?!\d)/.exec(example)?.[1] ?? fallback;
  return `1${separator}23`;
}

/**
 * An amount with its trailing minus sign moved to the front, as the messages suggest writing it.
 * @example leadingMinus("1.234,50 kr-") // "-1.234,50 kr"
 */
function leadingMinus(text: string): string {
  return `-${text.trim().replace(/\s*-$/, "")}`;
}

function wording(options: {
  quote: (text: string) => string;
  columnWord: string;
  rowWord: string;
  thousandsSeparator: string;
  decimalSeparator: string;
  conjunctions: { and: string; or: string };
}): Wording {
  const count = (value: number): string => String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, options.thousandsSeparator);
  const column = (ref: ColumnRef): string =>
    ref.header === undefined ? `${options.columnWord} ${ref.index + 1}` : `${options.columnWord} ${options.quote(shortened(ref.header))}`;
  return {
    quote: (text) => options.quote(shortened(text)),
    column,
    cell: (row, ref) => `${options.rowWord} ${row}, ${column(ref)}`,
    count,
    amount: (value) => {
      const [whole, decimals] = (Math.round(Math.abs(value) * 100) / 100).toString().split(".");
      return `${value < 0 ? "-" : ""}${count(Number(whole))}${decimals ? `${options.decimalSeparator}${decimals}` : ""}`;
    },
    list: (items, conjunction) =>
      items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} ${options.conjunctions[conjunction]} ${items[items.length - 1]}`,
  };
}

const english: RowProblemMessages = {
  wording: wording({ quote: (text) => `'${text}'`, columnWord: "column", rowWord: "Row", thousandsSeparator: ",", decimalSeparator: ".", conjunctions: { and: "and", or: "or" } }),
  reasons: {
    missingCustomer: () => "the customer is blank; fill it in or delete the row.",
    invalidCustomer: (value, w) => `${w.quote(value)} is not a customer id; write the customer's number or name instead.`,
    missingDate: () => "the date is blank; fill in the purchase date or delete the row.",
    unreadableDate: (value, w) => `${w.quote(value)} is not a date; write it as 31-01-2024 (or 2024-01-31).`,
    invalidDate: (value, w) => `${w.quote(value)} is not a valid date; correct the day, month or year.`,
    ambiguousDate: (value, w) =>
      `${w.quote(value)} could be day first or month first, and this column has dates of both kinds; write it with the year first (like 2024-01-31), or choose the date order.`,
    missingAmount: () => "the amount is blank; fill it in or delete the row.",
    unreadableAmount: (value, w) => `${w.quote(value)} is not an amount; write it as a number, like 250.`,
    ambiguousAmount: (value, w) =>
      `${w.quote(value)} could use either a decimal point or a thousands separator, and this column has both decimal commas and decimal points; ` +
      "write it without a thousands separator (1234) or with two decimals (1.23).",
    unreadableQuantity: (value, w) => `${w.quote(value)} is not a quantity; the row is kept without it. Write the quantity as a number, like 2.`,
    missingPurchaseCount: () => "the number of purchases is blank; fill it in (0 or more) or delete the row.",
    invalidPurchaseCount: (value, w) => `${w.quote(value)} is not a number of purchases; write a whole number, 0 or more.`,
    missingCustomerCount: () => "the number of customers is blank; fill in how many customers the row stands for (1 or more), or delete the row.",
    invalidCustomerCount: (value, w) => `${w.quote(value)} is not a number of customers; write a whole number, 1 or more.`,
    duplicateCustomer: (value, w) =>
      `customer ${w.quote(value)} already has a row above; only the first is used. Combine the two rows into one, or delete the wrong one.`,
    lastBeforeFirst: (value, w) =>
      `the last purchase ${w.quote(value)} is before the first purchase; correct one of the two dates, or swap the first and last purchase columns.`,
    implausibleDate: (value, w) =>
      `the number ${w.quote(value)} is not a date of this data (as an Excel date it would fall before 1900-03-01 or decades from the other dates); write the date out (31-01-2024) or clear the cell.`,
    negativeAmount: (value, w) => `the amount ${w.quote(value)} is below 0; a customer's total cannot be negative. Correct it or remove the row.`,
    amountWithoutPurchases: (value, w) =>
      `the number of purchases is 0 but the row has the amount ${w.quote(value)}; give the number of purchases, or clear the amount.`,
    repeatedHeader: (value, w) => `the row repeats the header (${w.quote(value)} …); delete it (the rows below it are read as data).`,
    extraFields: (value, w) =>
      `the line has more fields than the header (${w.quote(value)} beyond the last column): a value holds the file's delimiter without quotes, or a column has no header; put such values in quotes ("1234,56"), or give the column a header.`,
    onePurchaseTwoDates: (value, w) =>
      `the customer has 1 purchase, but the last purchase ${w.quote(value)} is not the first purchase's date; correct the number of purchases, or make the two dates the same.`,
    errorValue: (value, w) =>
      `the cell holds the Excel error ${w.quote(value)}, not a value; correct the formula or the data that gives it, or remove the row.`,
    headerRow: (value, w) =>
      `the first row looks like a header (${w.quote(value)} …), not a purchase; start the ranges on the row below it, or correct the row if it is a purchase.`,
    zeroDate: () =>
      "the date is 0, which is no date (a formula that refers to an empty cell shows 0); fill in the purchase date or delete the row.",
    trailingMinus: (value, w) =>
      `${w.quote(value)} has its minus sign at the end; write it as ${w.quote(leadingMinus(value))} (a return is a negative amount).`,
  },
  notices: {
    dateOrderAmbiguous: ({ column, assumed, example }, w) =>
      `In ${w.column(column)} every date like ${w.quote(example.value)} (row ${example.row}) could be day first or month first; ` +
      `they were read ${english.dateOrders[assumed]}. Choose the date order if that is wrong.`,
    dateOrderConflict: ({ column, dayFirst, monthFirst }, w) =>
      `${capitalized(w.column(column))} has dates written day first (${w.quote(dayFirst.value)}, row ${dayFirst.row}) and month first ` +
      `(${w.quote(monthFirst.value)}, row ${monthFirst.row}); dates that could be either are skipped. ` +
      "Write those dates with the year first (2024-01-31), or choose the date order to read every date one way.",
    twoDigitYears: ({ column, example }, w) =>
      `${capitalized(w.column(column))} has two-digit years (${w.quote(example.value)}, row ${example.row}); 00–29 were read as 2000–2029 and 30–99 as 1930–1999. ` +
      "If that is wrong, write the years with four digits.",
    decimalSeparatorAmbiguous: ({ column, example }, w) =>
      `In ${w.column(column)} amounts like ${w.quote(example.value)} (row ${example.row}) could have three decimals or a thousands separator; ` +
      `they were read as thousands. If they are decimals, write them with two decimals, like ${twoDecimals(example.value, ".")}.`,
    decimalSeparatorConflict: ({ column, decimalComma, decimalPoint }, w) =>
      `${capitalized(w.column(column))} has amounts with a decimal comma (${w.quote(decimalComma.value)}, row ${decimalComma.row}) and with a decimal point ` +
      `(${w.quote(decimalPoint.value)}, row ${decimalPoint.row}); amounts like 1,234 that could be either are skipped. ` +
      "Write those amounts without a thousands separator (1234) or with two decimals (1.23).",
    mixedCurrencies: ({ column, currencies }, w) =>
      `${capitalized(w.column(column))} has amounts in different currencies (${w.list(currencies, "and")}); they are added up as they are. ` +
      "Convert the amounts to one currency before analysing them.",
    columnGuessed: ({ role, column }, w) =>
      `No header names the ${english.roles[role]}; ${w.column(column)} was chosen from its content. Choose another column if that is wrong.`,
    columnChoice: ({ role, chosen, alternatives }, w) =>
      `Several columns could be the ${english.roles[role]}; ${w.column(chosen)} was used, not ${w.list(alternatives.map(w.column), "or")}. Choose the other column if that is wrong.`,
    dateAsLastPurchase: ({ column }, w) =>
      `${capitalized(w.column(column))} was taken as each customer's last purchase date. If it holds first purchase dates, choose it as the ${english.roles.firstPurchase}.`,
    amountAsTotal: ({ column, example }, w) =>
      `${capitalized(w.column(column))} was taken as each customer's total amount` +
      (example
        ? `: ${w.quote(example.customer)} bought for ${w.amount(example.amount)} in total, not ${w.count(example.purchases)} × ${w.amount(example.amount)} = ${w.amount(example.amount * example.purchases)}. If it is the amount per purchase, choose it as the ${english.roles.averageAmount}.`
        : `. If it holds average amounts, choose it as the ${english.roles.averageAmount}.`),
    noAmountColumn: () =>
      "The data has no amount column, so customer value cannot be computed; only purchase counts and dates are used. Choose the column with the amounts, or add one.",
    textEncoding: ({ encoding }) =>
      encoding === "windows-1252"
        ? "The file is not UTF-8, so it was read as Windows-1252 (what Excel's CSV export writes on Danish and Swedish Windows). If letters like æ, ø, å look wrong, save the file as CSV UTF-8."
        : `The file was read as ${encodingNames[encoding]}. If letters like æ, ø, å look wrong, export it again as CSV UTF-8.`,
    implausibleAmounts: ({ column, rows, typical, example, customer }, w) =>
      `In ${w.column(column)} ${w.count(rows)} ${rows === 1 ? "amount is" : "amounts are"} more than 1,000 times the size of the typical amount ${w.amount(typical)} ` +
      `(${w.quote(example.value)}, row ${example.row}, customer ${w.quote(customer)}); ${rows === 1 ? "correct it if it is a typing error" : "correct them if they are typing errors"}. ` +
      `${rows === 1 ? "It counts" : "They count"} in revenue, but the models keep such customers out of other customers' values.`,
    fieldsJoined: ({ column, rows, example }, w) =>
      `In ${w.column(column)} ${w.count(rows)} ${rows === 1 ? "amount with a decimal comma was" : "amounts with a decimal comma were"} split by the file's commas ` +
      `(${w.quote(example.value)}, row ${example.row}) and joined back. Check ${rows === 1 ? "it" : "them"}, or put such amounts in quotes.`,
    unnamedColumns: ({ column, columns, rows, example }, w) =>
      `The header names ${w.count(column.index)} columns, but ${w.count(rows)} ${rows === 1 ? "line has" : "lines have"} ${w.count(columns)} more ` +
      `(${w.quote(example.value)}, row ${example.row}); ${columns === 1 ? "that column has" : "those columns have"} no header and ${columns === 1 ? "is" : "are"} not read. ` +
      "If a value holds the file's delimiter, put it in quotes; give a column a header if it holds data you need.",
    returnsWithoutPurchase: ({ column, customers, total, example, customer }, w) =>
      `${w.count(customers)} ${customers === 1 ? "customer has" : "customers have"} only returns and no purchase (customer ${w.quote(customer)}, ` +
      `${w.quote(example.value)} in ${w.column(column)}, row ${example.row}); they are not counted as customers, ` +
      `but their amounts (${w.amount(total)} in total) count in revenue. If their purchases are missing from the data, add them.`,
  },
  errors: {
    noData: () => "There is no data to read: the range is empty. Choose the range that holds the data.",
    missingColumns: ({ missing, headers }, w) =>
      `No column was found for the ${w.list(missing.map((role) => english.roles[role]), "or")}` +
      (headers.length > 0 ? ` among ${w.list(headers.map(w.quote), "and")}` : "") +
      ". Choose the columns.",
    unknownColumn: ({ role, given }, w) =>
      `There is no column ${typeof given === "number" ? given + 1 : w.quote(given)} for the ${english.roles[role]}. Choose one of the columns the data has.`,
    sameColumnTwice: ({ roles, column }, w) =>
      `Column ${typeof column === "number" ? column + 1 : w.quote(column)} was chosen both as the ${english.roles[roles[0]]} and as the ${english.roles[roles[1]]}. ` +
      "Choose another column for one of them.",
  },
  roles: {
    customer: "customer",
    date: "date",
    amount: "amount",
    quantity: "quantity",
    orderId: "order number",
    purchases: "number of purchases",
    totalAmount: "total amount",
    averageAmount: "average amount",
    firstPurchase: "first purchase date",
    lastPurchase: "last purchase date",
    customerCount: "number of customers",
  },
  dateOrders: { dmy: "day first (31/01/2024)", mdy: "month first (01/31/2024)" },
  analyses: {
    segments: "RFM segmentation",
    valueTiers: "Value tiers",
    historicalValue: "Historical customer value",
    simpleClv: "The simple CLV (amount per purchase × purchases per year × lifetime)",
    bgnbd: "BG/NBD",
    gammaGamma: "Gamma-Gamma",
    predictiveClv: "Predictive CLV",
  },
  facts: {
    purchaseCount: "numbers of purchases",
    amounts: "amounts",
    firstPurchase: "first purchase dates",
    lastPurchase: "last purchase dates",
  },
  bothDates: { missing: "first or last purchase dates", needed: "first and last purchase dates" },
  measures: { frequency: "frequency", spend: "spend", recency: "recency" },
  unsupported: (missing, measures, analysis, needs, toAdd, columns) =>
    `The table has no ${missing}, so ${measures} cannot be computed; ${analysis} needs a transaction log or ${needs}. ` +
    `Choose or add ${columns === 1 ? "a column" : "columns"} with the ${toAdd}, or use a transaction log (one row per purchase).`,
  counts: (report, w) =>
    `${w.count(report.rowsRead)} ${report.rowsRead === 1 ? "row" : "rows"} read, ${w.count(report.rowsSkipped)} skipped, ${w.count(report.emptyRows)} empty.` +
    (report.problemCount > report.problems.length ? ` The first ${w.count(report.problems.length)} of ${w.count(report.problemCount)} problems are listed.` : ""),
};

const danish: RowProblemMessages = {
  wording: wording({ quote: (text) => `»${text}«`, columnWord: "kolonne", rowWord: "Række", thousandsSeparator: ".", decimalSeparator: ",", conjunctions: { and: "og", or: "eller" } }),
  reasons: {
    missingCustomer: () => "kundefeltet er tomt; udfyld det, eller slet rækken.",
    invalidCustomer: (value, w) => `${w.quote(value)} er ikke et kunde-id; skriv kundens nummer eller navn i stedet.`,
    missingDate: () => "datoen er tom; udfyld købsdatoen, eller slet rækken.",
    unreadableDate: (value, w) => `${w.quote(value)} er ikke en dato; skriv den som 31-01-2024 (eller 2024-01-31).`,
    invalidDate: (value, w) => `${w.quote(value)} er ikke en gyldig dato; ret dag, måned eller år.`,
    ambiguousDate: (value, w) =>
      `${w.quote(value)} kan være skrevet med dagen eller måneden først, og kolonnen har datoer af begge slags; skriv den med året først (som 2024-01-31), eller vælg datoformatet.`,
    missingAmount: () => "beløbet er tomt; udfyld det, eller slet rækken.",
    unreadableAmount: (value, w) => `${w.quote(value)} er ikke et beløb; skriv det som et tal, fx 250.`,
    ambiguousAmount: (value, w) =>
      `${w.quote(value)} kan have decimaltegn eller tusindtalsseparator, og kolonnen har både decimalkomma og decimalpunktum; ` +
      "skriv det uden tusindtalsseparator (1234) eller med to decimaler (1,23).",
    unreadableQuantity: (value, w) => `${w.quote(value)} er ikke et antal; rækken bruges uden det. Skriv antallet som et tal, fx 2.`,
    missingPurchaseCount: () => "antal køb er tomt; udfyld det (0 eller mere), eller slet rækken.",
    invalidPurchaseCount: (value, w) => `${w.quote(value)} er ikke et antal køb; skriv et helt tal, 0 eller mere.`,
    missingCustomerCount: () => "antal kunder er tomt; udfyld hvor mange kunder rækken står for (1 eller flere), eller slet rækken.",
    invalidCustomerCount: (value, w) => `${w.quote(value)} er ikke et antal kunder; skriv et helt tal, 1 eller mere.`,
    duplicateCustomer: (value, w) =>
      `kunden ${w.quote(value)} har allerede en række længere oppe; kun den første bruges. Saml de to rækker til én, eller slet den forkerte.`,
    lastBeforeFirst: (value, w) =>
      `det seneste køb ${w.quote(value)} ligger før det første køb; ret en af de to datoer, eller byt om på kolonnerne for første og seneste køb.`,
    implausibleDate: (value, w) =>
      `tallet ${w.quote(value)} er ikke en dato i disse data (som Excel-dato ville det ligge før 1900-03-01 eller årtier fra de andre datoer); skriv datoen ud (31-01-2024) eller tøm cellen.`,
    negativeAmount: (value, w) => `beløbet ${w.quote(value)} er under 0; en kundes samlede beløb kan ikke være negativt. Ret det, eller fjern rækken.`,
    amountWithoutPurchases: (value, w) =>
      `antal køb er 0, men rækken har beløbet ${w.quote(value)}; angiv antal køb, eller tøm beløbet.`,
    repeatedHeader: (value, w) => `rækken gentager overskriften (${w.quote(value)} …); slet den (rækkerne under den læses som data).`,
    extraFields: (value, w) =>
      `linjen har flere felter end overskriften (${w.quote(value)} efter sidste kolonne): en værdi indeholder filens skilletegn uden anførselstegn, eller en kolonne mangler overskrift; sæt sådanne værdier i anførselstegn ("1234,56"), eller giv kolonnen en overskrift.`,
    onePurchaseTwoDates: (value, w) =>
      `kunden har 1 køb, men det seneste køb ${w.quote(value)} er ikke datoen for det første køb; ret antal køb, eller gør de to datoer ens.`,
    errorValue: (value, w) =>
      `cellen indeholder Excel-fejlen ${w.quote(value)}, ikke en værdi; ret formlen eller de data, der giver den, eller fjern rækken.`,
    headerRow: (value, w) =>
      `den første række ligner en overskrift (${w.quote(value)} …), ikke et køb; start områderne på rækken under den, eller ret rækken, hvis den er et køb.`,
    zeroDate: () =>
      "datoen er 0, som ikke er en dato (en formel, der henviser til en tom celle, viser 0); udfyld købsdatoen, eller slet rækken.",
    trailingMinus: (value, w) =>
      `${w.quote(value)} har minustegnet til sidst; skriv det som ${w.quote(leadingMinus(value))} (en returnering er et negativt beløb).`,
  },
  notices: {
    dateOrderAmbiguous: ({ column, assumed, example }, w) =>
      `I ${w.column(column)} kan alle datoer som ${w.quote(example.value)} (række ${example.row}) have dagen eller måneden først; ` +
      `de er læst med ${danish.dateOrders[assumed]}. Vælg datoformatet, hvis det er forkert.`,
    dateOrderConflict: ({ column, dayFirst, monthFirst }, w) =>
      `${capitalized(w.column(column))} har datoer med dagen først (${w.quote(dayFirst.value)}, række ${dayFirst.row}) og med måneden først ` +
      `(${w.quote(monthFirst.value)}, række ${monthFirst.row}); datoer, der kan læses begge veje, springes over. ` +
      "Skriv de datoer med året først (2024-01-31), eller vælg datoformatet for at læse alle datoer på samme måde.",
    twoDigitYears: ({ column, example }, w) =>
      `${capitalized(w.column(column))} har tocifrede årstal (${w.quote(example.value)}, række ${example.row}); 00–29 er læst som 2000–2029 og 30–99 som 1930–1999. ` +
      "Hvis det er forkert, så skriv årstallene med fire cifre.",
    decimalSeparatorAmbiguous: ({ column, example }, w) =>
      `I ${w.column(column)} kan beløb som ${w.quote(example.value)} (række ${example.row}) have tre decimaler eller tusindtalsseparator; ` +
      `de er læst som tusinder. Er det decimaler, så skriv dem med to decimaler, fx ${twoDecimals(example.value, ",")}.`,
    decimalSeparatorConflict: ({ column, decimalComma, decimalPoint }, w) =>
      `${capitalized(w.column(column))} har beløb med decimalkomma (${w.quote(decimalComma.value)}, række ${decimalComma.row}) og med decimalpunktum ` +
      `(${w.quote(decimalPoint.value)}, række ${decimalPoint.row}); beløb som 1.234, der kan læses begge veje, springes over. ` +
      "Skriv sådanne beløb uden tusindtalsseparator (1234) eller med to decimaler (1,23).",
    mixedCurrencies: ({ column, currencies }, w) =>
      `${capitalized(w.column(column))} har beløb i forskellige valutaer (${w.list(currencies, "and")}); de lægges sammen, som de er. ` +
      "Omregn beløbene til én valuta, før de analyseres.",
    columnGuessed: ({ role, column }, w) =>
      `Ingen overskrift angiver ${danish.roles[role]}; ${w.column(column)} er valgt ud fra indholdet. Vælg en anden kolonne, hvis det er forkert.`,
    columnChoice: ({ role, chosen, alternatives }, w) =>
      `Flere kolonner kan være ${danish.roles[role]}; ${w.column(chosen)} er brugt, ikke ${w.list(alternatives.map(w.column), "or")}. Vælg den anden kolonne, hvis det er forkert.`,
    dateAsLastPurchase: ({ column }, w) =>
      `${capitalized(w.column(column))} er brugt som hver kundes seneste købsdato. Hvis den indeholder datoer for første køb, så vælg den som ${danish.roles.firstPurchase}.`,
    amountAsTotal: ({ column, example }, w) =>
      `${capitalized(w.column(column))} er brugt som hver kundes samlede beløb` +
      (example
        ? `: ${w.quote(example.customer)} har købt for ${w.amount(example.amount)} i alt, ikke ${w.count(example.purchases)} × ${w.amount(example.amount)} = ${w.amount(example.amount * example.purchases)}. Hvis det er beløbet pr. køb, så vælg den som ${danish.roles.averageAmount}.`
        : `. Hvis den indeholder gennemsnitlige beløb, så vælg den som ${danish.roles.averageAmount}.`),
    noAmountColumn: () =>
      "Der er ingen beløbskolonne, så kundeværdi kan ikke beregnes; kun antal køb og datoer bruges. Vælg kolonnen med beløbene, eller tilføj en.",
    textEncoding: ({ encoding }) =>
      encoding === "windows-1252"
        ? "Filen er ikke UTF-8, så den er læst som Windows-1252 (det, Excels CSV-eksport skriver på dansk og svensk Windows). Hvis bogstaver som æ, ø og å ser forkerte ud, så gem filen som CSV UTF-8."
        : `Filen er læst som ${encodingNames[encoding]}. Hvis bogstaver som æ, ø og å ser forkerte ud, så eksportér den igen som CSV UTF-8.`,
    implausibleAmounts: ({ column, rows, typical, example, customer }, w) =>
      `I ${w.column(column)} er ${w.count(rows)} beløb over 1.000 gange så store som det typiske beløb ${w.amount(typical)} ` +
      `(${w.quote(example.value)}, række ${example.row}, kunde ${w.quote(customer)}); ${rows === 1 ? "ret det, hvis det er en tastefejl" : "ret dem, hvis det er tastefejl"}. ` +
      `${rows === 1 ? "Det tæller" : "De tæller"} med i omsætningen, men modellerne holder sådanne kunder ude af de andre kunders værdi.`,
    fieldsJoined: ({ column, rows, example }, w) =>
      `I ${w.column(column)} var ${w.count(rows)} beløb med decimalkomma delt af filens kommaer ` +
      `(${w.quote(example.value)}, række ${example.row}) og er sat sammen igen. Kontrollér ${rows === 1 ? "det" : "dem"}, eller sæt sådanne beløb i anførselstegn.`,
    unnamedColumns: ({ column, columns, rows, example }, w) =>
      `Overskriften navngiver ${w.count(column.index)} kolonner, men ${w.count(rows)} ${rows === 1 ? "linje har" : "linjer har"} ${w.count(columns)} mere ` +
      `(${w.quote(example.value)}, række ${example.row}); ${columns === 1 ? "den kolonne" : "de kolonner"} har ingen overskrift og læses ikke. ` +
      "Hvis en værdi indeholder filens skilletegn, så sæt den i anførselstegn; giv en kolonne en overskrift, hvis den indeholder data, du skal bruge.",
    returnsWithoutPurchase: ({ column, customers, total, example, customer }, w) =>
      `${w.count(customers)} ${customers === 1 ? "kunde har" : "kunder har"} kun returneringer og intet køb (kunde ${w.quote(customer)}, ` +
      `${w.quote(example.value)} i ${w.column(column)}, række ${example.row}); de tælles ikke som kunder, ` +
      `men deres beløb (${w.amount(total)} i alt) tæller med i omsætningen. Hvis deres køb mangler i dataene, så tilføj dem.`,
  },
  errors: {
    noData: () => "Der er ingen data at læse: området er tomt. Vælg det område, der indeholder dataene.",
    missingColumns: ({ missing, headers }, w) =>
      `Der blev ikke fundet en kolonne for ${w.list(missing.map((role) => danish.roles[role]), "or")}` +
      (headers.length > 0 ? ` blandt ${w.list(headers.map(w.quote), "and")}` : "") +
      ". Vælg kolonnerne.",
    unknownColumn: ({ role, given }, w) =>
      `Der er ingen kolonne ${typeof given === "number" ? given + 1 : w.quote(given)} til ${danish.roles[role]}. Vælg en af de kolonner, dataene har.`,
    sameColumnTwice: ({ roles, column }, w) =>
      `Kolonne ${typeof column === "number" ? column + 1 : w.quote(column)} er valgt både som ${danish.roles[roles[0]]} og som ${danish.roles[roles[1]]}. ` +
      "Vælg en anden kolonne til en af dem.",
  },
  roles: {
    customer: "kunde",
    date: "dato",
    amount: "beløb",
    quantity: "antal",
    orderId: "ordrenummer",
    purchases: "antal køb",
    totalAmount: "samlet beløb",
    averageAmount: "gennemsnitligt beløb",
    firstPurchase: "første købsdato",
    lastPurchase: "seneste købsdato",
    customerCount: "antal kunder",
  },
  dateOrders: { dmy: "dagen først (31-01-2024)", mdy: "måneden først (01-31-2024)" },
  analyses: {
    segments: "RFM-segmentering",
    valueTiers: "Værdigrupper",
    historicalValue: "Historisk kundeværdi",
    simpleClv: "Den simple CLV (beløb pr. køb × køb pr. år × levetid)",
    bgnbd: "BG/NBD",
    gammaGamma: "Gamma-Gamma",
    predictiveClv: "Forventet CLV",
  },
  facts: {
    purchaseCount: "antal køb",
    amounts: "beløb",
    firstPurchase: "datoer for første køb",
    lastPurchase: "datoer for seneste køb",
  },
  bothDates: { missing: "datoer for første eller seneste køb", needed: "datoer for første og seneste køb" },
  measures: { frequency: "købsfrekvens", spend: "forbrug", recency: "recency (tid mellem første og seneste køb)" },
  unsupported: (missing, measures, analysis, needs, toAdd, columns) =>
    `Tabellen har ingen ${missing}, så ${measures} kan ikke beregnes; ${analysis} kræver en transaktionslog eller ${needs}. ` +
    `Vælg eller tilføj ${columns === 1 ? "en kolonne" : "kolonner"} med ${toAdd}, eller brug en transaktionslog (én række pr. køb).`,
  counts: (report, w) =>
    `${w.count(report.rowsRead)} ${report.rowsRead === 1 ? "række" : "rækker"} læst, ${w.count(report.rowsSkipped)} sprunget over, ` +
    `${w.count(report.emptyRows)} ${report.emptyRows === 1 ? "tom" : "tomme"}.` +
    (report.problemCount > report.problems.length ? ` De første ${w.count(report.problems.length)} af ${w.count(report.problemCount)} problemer er vist.` : ""),
};

const swedish: RowProblemMessages = {
  wording: wording({ quote: (text) => `”${text}”`, columnWord: "kolumn", rowWord: "Rad", thousandsSeparator: "\u00a0", decimalSeparator: ",", conjunctions: { and: "och", or: "eller" } }),
  reasons: {
    missingCustomer: () => "kundfältet är tomt; fyll i det eller ta bort raden.",
    invalidCustomer: (value, w) => `${w.quote(value)} är inte ett kund-id; skriv kundens nummer eller namn i stället.`,
    missingDate: () => "datumet är tomt; fyll i köpdatumet eller ta bort raden.",
    unreadableDate: (value, w) => `${w.quote(value)} är inte ett datum; skriv det som 2024-01-31 (eller 31-01-2024).`,
    invalidDate: (value, w) => `${w.quote(value)} är inte ett giltigt datum; rätta dag, månad eller år.`,
    ambiguousDate: (value, w) =>
      `${w.quote(value)} kan vara skrivet med dagen eller månaden först, och kolumnen har datum av båda slagen; skriv det med året först (som 2024-01-31) eller välj datumformat.`,
    missingAmount: () => "beloppet är tomt; fyll i det eller ta bort raden.",
    unreadableAmount: (value, w) => `${w.quote(value)} är inte ett belopp; skriv det som ett tal, t.ex. 250.`,
    ambiguousAmount: (value, w) =>
      `${w.quote(value)} kan ha decimaltecken eller tusentalsavgränsare, och kolumnen har både decimalkomma och decimalpunkt; ` +
      "skriv det utan tusentalsavgränsare (1234) eller med två decimaler (1,23).",
    unreadableQuantity: (value, w) => `${w.quote(value)} är inte ett antal; raden används utan det. Skriv antalet som ett tal, t.ex. 2.`,
    missingPurchaseCount: () => "antalet köp är tomt; fyll i det (0 eller fler) eller ta bort raden.",
    invalidPurchaseCount: (value, w) => `${w.quote(value)} är inte ett antal köp; skriv ett heltal, 0 eller fler.`,
    missingCustomerCount: () => "antalet kunder är tomt; fyll i hur många kunder raden står för (1 eller fler) eller ta bort raden.",
    invalidCustomerCount: (value, w) => `${w.quote(value)} är inte ett antal kunder; skriv ett heltal, 1 eller fler.`,
    duplicateCustomer: (value, w) =>
      `kunden ${w.quote(value)} har redan en rad längre upp; bara den första används. Slå ihop de två raderna till en eller ta bort den felaktiga.`,
    lastBeforeFirst: (value, w) =>
      `det senaste köpet ${w.quote(value)} ligger före det första köpet; rätta ett av de två datumen eller byt plats på kolumnerna för första och senaste köp.`,
    implausibleDate: (value, w) =>
      `talet ${w.quote(value)} är inget datum i dessa data (som Excel-datum skulle det ligga före 1900-03-01 eller årtionden från de andra datumen); skriv ut datumet (31-01-2024) eller töm cellen.`,
    negativeAmount: (value, w) => `beloppet ${w.quote(value)} är under 0; en kunds totala belopp kan inte vara negativt. Rätta det eller ta bort raden.`,
    amountWithoutPurchases: (value, w) =>
      `antalet köp är 0 men raden har beloppet ${w.quote(value)}; ange antalet köp eller töm beloppet.`,
    repeatedHeader: (value, w) => `raden upprepar rubriken (${w.quote(value)} …); ta bort den (raderna under den läses som data).`,
    extraFields: (value, w) =>
      `raden har fler fält än rubriken (${w.quote(value)} efter sista kolumnen): ett värde innehåller filens avgränsare utan citattecken, eller en kolumn saknar rubrik; sätt sådana värden inom citattecken ("1234,56"), eller ge kolumnen en rubrik.`,
    onePurchaseTwoDates: (value, w) =>
      `kunden har 1 köp, men det senaste köpet ${w.quote(value)} är inte datumet för det första köpet; rätta antalet köp eller gör de två datumen lika.`,
    errorValue: (value, w) =>
      `cellen innehåller Excel-felet ${w.quote(value)}, inte ett värde; rätta formeln eller de data som ger det, eller ta bort raden.`,
    headerRow: (value, w) =>
      `den första raden ser ut som en rubrik (${w.quote(value)} …), inte ett köp; låt områdena börja på raden under den, eller rätta raden om den är ett köp.`,
    zeroDate: () =>
      "datumet är 0, vilket inte är något datum (en formel som hänvisar till en tom cell visar 0); fyll i köpdatumet eller ta bort raden.",
    trailingMinus: (value, w) =>
      `${w.quote(value)} har minustecknet i slutet; skriv det som ${w.quote(leadingMinus(value))} (en retur är ett negativt belopp).`,
  },
  notices: {
    dateOrderAmbiguous: ({ column, assumed, example }, w) =>
      `I ${w.column(column)} kan alla datum som ${w.quote(example.value)} (rad ${example.row}) ha dagen eller månaden först; ` +
      `de har lästs med ${swedish.dateOrders[assumed]}. Välj datumformat om det är fel.`,
    dateOrderConflict: ({ column, dayFirst, monthFirst }, w) =>
      `${capitalized(w.column(column))} har datum med dagen först (${w.quote(dayFirst.value)}, rad ${dayFirst.row}) och med månaden först ` +
      `(${w.quote(monthFirst.value)}, rad ${monthFirst.row}); datum som kan läsas åt båda hållen hoppas över. ` +
      "Skriv de datumen med året först (2024-01-31) eller välj datumformat för att läsa alla datum på samma sätt.",
    twoDigitYears: ({ column, example }, w) =>
      `${capitalized(w.column(column))} har tvåsiffriga årtal (${w.quote(example.value)}, rad ${example.row}); 00–29 har lästs som 2000–2029 och 30–99 som 1930–1999. ` +
      "Om det är fel, skriv årtalen med fyra siffror.",
    decimalSeparatorAmbiguous: ({ column, example }, w) =>
      `I ${w.column(column)} kan belopp som ${w.quote(example.value)} (rad ${example.row}) ha tre decimaler eller tusentalsavgränsare; ` +
      `de har lästs som tusental. Är det decimaler, skriv dem med två decimaler, t.ex. ${twoDecimals(example.value, ",")}.`,
    decimalSeparatorConflict: ({ column, decimalComma, decimalPoint }, w) =>
      `${capitalized(w.column(column))} har belopp med decimalkomma (${w.quote(decimalComma.value)}, rad ${decimalComma.row}) och med decimalpunkt ` +
      `(${w.quote(decimalPoint.value)}, rad ${decimalPoint.row}); belopp som 1,234 som kan läsas åt båda hållen hoppas över. ` +
      "Skriv sådana belopp utan tusentalsavgränsare (1234) eller med två decimaler (1,23).",
    mixedCurrencies: ({ column, currencies }, w) =>
      `${capitalized(w.column(column))} har belopp i olika valutor (${w.list(currencies, "and")}); de summeras som de är. ` +
      "Räkna om beloppen till en valuta innan de analyseras.",
    columnGuessed: ({ role, column }, w) =>
      `Ingen rubrik anger ${swedish.roles[role]}; ${w.column(column)} har valts utifrån innehållet. Välj en annan kolumn om det är fel.`,
    columnChoice: ({ role, chosen, alternatives }, w) =>
      `Flera kolumner kan vara ${swedish.roles[role]}; ${w.column(chosen)} har använts, inte ${w.list(alternatives.map(w.column), "or")}. Välj den andra kolumnen om det är fel.`,
    dateAsLastPurchase: ({ column }, w) =>
      `${capitalized(w.column(column))} har använts som varje kunds senaste köpdatum. Om den innehåller datum för första köp, välj den som ${swedish.roles.firstPurchase}.`,
    amountAsTotal: ({ column, example }, w) =>
      `${capitalized(w.column(column))} har använts som varje kunds totala belopp` +
      (example
        ? `: ${w.quote(example.customer)} har köpt för ${w.amount(example.amount)} totalt, inte ${w.count(example.purchases)} × ${w.amount(example.amount)} = ${w.amount(example.amount * example.purchases)}. Om det är beloppet per köp, välj den som ${swedish.roles.averageAmount}.`
        : `. Om den innehåller genomsnittliga belopp, välj den som ${swedish.roles.averageAmount}.`),
    noAmountColumn: () =>
      "Det finns ingen beloppskolumn, så kundvärde kan inte beräknas; bara antal köp och datum används. Välj kolumnen med beloppen eller lägg till en.",
    textEncoding: ({ encoding }) =>
      encoding === "windows-1252"
        ? "Filen är inte UTF-8, så den har lästs som Windows-1252 (det som Excels CSV-export skriver på danska och svenska Windows). Om bokstäver som å, ä och ö ser fel ut, spara filen som CSV UTF-8."
        : `Filen har lästs som ${encodingNames[encoding]}. Om bokstäver som å, ä och ö ser fel ut, exportera den igen som CSV UTF-8.`,
    implausibleAmounts: ({ column, rows, typical, example, customer }, w) =>
      `I ${w.column(column)} är ${w.count(rows)} belopp över 1\u00a0000 gånger så stora som det typiska beloppet ${w.amount(typical)} ` +
      `(${w.quote(example.value)}, rad ${example.row}, kund ${w.quote(customer)}); ${rows === 1 ? "rätta det om det är ett skrivfel" : "rätta dem om det är skrivfel"}. ` +
      `${rows === 1 ? "Det räknas" : "De räknas"} med i omsättningen, men modellerna håller sådana kunder utanför de andra kundernas värde.`,
    fieldsJoined: ({ column, rows, example }, w) =>
      `I ${w.column(column)} delades ${w.count(rows)} belopp med decimalkomma av filens kommatecken ` +
      `(${w.quote(example.value)}, rad ${example.row}) och har satts ihop igen. Kontrollera ${rows === 1 ? "det" : "dem"}, eller sätt sådana belopp inom citattecken.`,
    unnamedColumns: ({ column, columns, rows, example }, w) =>
      `Rubriken namnger ${w.count(column.index)} kolumner, men ${w.count(rows)} ${rows === 1 ? "rad har" : "rader har"} ${w.count(columns)} till ` +
      `(${w.quote(example.value)}, rad ${example.row}); ${columns === 1 ? "den kolumnen" : "de kolumnerna"} har ingen rubrik och läses inte. ` +
      "Om ett värde innehåller filens avgränsare, sätt det inom citattecken; ge en kolumn en rubrik om den innehåller data du behöver.",
    returnsWithoutPurchase: ({ column, customers, total, example, customer }, w) =>
      `${w.count(customers)} ${customers === 1 ? "kund har" : "kunder har"} bara returer och inget köp (kund ${w.quote(customer)}, ` +
      `${w.quote(example.value)} i ${w.column(column)}, rad ${example.row}); de räknas inte som kunder, ` +
      `men deras belopp (${w.amount(total)} totalt) räknas med i omsättningen. Om deras köp saknas i data, lägg till dem.`,
  },
  errors: {
    noData: () => "Det finns inga data att läsa: området är tomt. Välj det område som innehåller data.",
    missingColumns: ({ missing, headers }, w) =>
      `Ingen kolumn hittades för ${w.list(missing.map((role) => swedish.roles[role]), "or")}` +
      (headers.length > 0 ? ` bland ${w.list(headers.map(w.quote), "and")}` : "") +
      ". Välj kolumnerna.",
    unknownColumn: ({ role, given }, w) =>
      `Det finns ingen kolumn ${typeof given === "number" ? given + 1 : w.quote(given)} för ${swedish.roles[role]}. Välj en av kolumnerna i data.`,
    sameColumnTwice: ({ roles, column }, w) =>
      `Kolumn ${typeof column === "number" ? column + 1 : w.quote(column)} har valts både som ${swedish.roles[roles[0]]} och som ${swedish.roles[roles[1]]}. ` +
      "Välj en annan kolumn för en av dem.",
  },
  roles: {
    customer: "kund",
    date: "datum",
    amount: "belopp",
    quantity: "antal",
    orderId: "ordernummer",
    purchases: "antal köp",
    totalAmount: "totalt belopp",
    averageAmount: "genomsnittligt belopp",
    firstPurchase: "första köpdatum",
    lastPurchase: "senaste köpdatum",
    customerCount: "antal kunder",
  },
  dateOrders: { dmy: "dagen först (31/01/2024)", mdy: "månaden först (01/31/2024)" },
  analyses: {
    segments: "RFM-segmentering",
    valueTiers: "Värdegrupper",
    historicalValue: "Historiskt kundvärde",
    simpleClv: "Det enkla CLV (belopp per köp × köp per år × livslängd)",
    bgnbd: "BG/NBD",
    gammaGamma: "Gamma-Gamma",
    predictiveClv: "Prognostiserat CLV",
  },
  facts: {
    purchaseCount: "antal köp",
    amounts: "belopp",
    firstPurchase: "datum för första köp",
    lastPurchase: "datum för senaste köp",
  },
  bothDates: { missing: "datum för första eller senaste köp", needed: "datum för första och senaste köp" },
  measures: { frequency: "köpfrekvens", spend: "köpbelopp", recency: "recency (tid mellan första och senaste köp)" },
  unsupported: (missing, measures, analysis, needs, toAdd, columns) =>
    `Tabellen har inga ${missing}, så ${measures} kan inte beräknas; ${analysis} kräver en transaktionslogg eller ${needs}. ` +
    `Välj eller lägg till ${columns === 1 ? "en kolumn" : "kolumner"} med ${toAdd} eller använd en transaktionslogg (en rad per köp).`,
  counts: (report, w) =>
    `${w.count(report.rowsRead)} ${report.rowsRead === 1 ? "rad läst" : "rader lästa"}, ` +
    `${w.count(report.rowsSkipped)} ${report.rowsSkipped === 1 ? "överhoppad" : "överhoppade"}, ${w.count(report.emptyRows)} ${report.emptyRows === 1 ? "tom" : "tomma"}.` +
    (report.problemCount > report.problems.length ? ` De första ${w.count(report.problems.length)} av ${w.count(report.problemCount)} problem visas.` : ""),
};

const messages: Record<Language, RowProblemMessages> = { en: english, da: danish, sv: swedish };

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The message for one unreadable cell, naming its row and column.
 * @example renderRowProblem({ row: 7, column: { index: 1, header: "Købsdato" }, reason: "invalidDate", value: "31-02-2024" }, "en")
 * // "Row 7, column 'Købsdato': '31-02-2024' is not a valid date; correct the day, month or year."
 */
export function renderRowProblem(problem: RowProblem, language: Language): string {
  const { wording: w, reasons } = messages[language];
  return `${w.cell(problem.row, problem.column)}: ${reasons[problem.reason](problem.value, w)}`;
}

function renderNoticeOf<Code extends ReadNoticeCode>(table: RowProblemMessages["notices"], notice: Extract<ReadNotice, { code: Code }>, w: Wording): string {
  const render = table[notice.code as Code] as (notice: Extract<ReadNotice, { code: Code }>, wording: Wording) => string;
  return render(notice, w);
}

/**
 * The message for a notice about how a column was read.
 * @example renderReadNotice({ code: "amountAsTotal", column: { index: 2, header: "Købsbeløb" } }, "da")
 * // "Kolonne »Købsbeløb« er brugt som hver kundes samlede beløb. Hvis den indeholder gennemsnitlige beløb, så vælg den som gennemsnitligt beløb."
 */
export function renderReadNotice(notice: ReadNotice, language: Language): string {
  const { wording: w, notices } = messages[language];
  return renderNoticeOf(notices, notice, w);
}

function renderErrorOf<Code extends PurchaseDataErrorCode>(table: RowProblemMessages["errors"], code: Code, params: PurchaseDataErrorParameters[Code], w: Wording): string {
  return table[code](params, w);
}

/**
 * The message for purchase data that cannot be read at all.
 * @example renderPurchaseDataError(new PurchaseDataError("noData", {}), "sv") // "Det finns inga data att läsa: området är tomt. Välj det område som innehåller data."
 */
export function renderPurchaseDataError(error: PurchaseDataError, language: Language): string {
  const { wording: w, errors } = messages[language];
  return renderErrorOf(errors, error.code, error.params, w);
}

/** The measure each fact gives: without it, this cannot be computed. */
const factMeasures: Readonly<Record<CustomerFact, "frequency" | "spend" | "recency">> = {
  purchaseCount: "frequency",
  amounts: "spend",
  firstPurchase: "recency",
  lastPurchase: "recency",
};

/** The facts as phrases, with first and last purchase dates joined into one phrase when both occur. */
function factPhrases(facts: readonly CustomerFact[], table: RowProblemMessages, as: "missing" | "needed"): string[] {
  const both = facts.includes("firstPurchase") && facts.includes("lastPurchase");
  return facts.flatMap((fact) => {
    if (both && fact === "lastPurchase") return [];
    return [both && fact === "firstPurchase" ? table.bothDates[as] : table.facts[fact]];
  });
}

/**
 * Why an analysis cannot run on the data (see `supportedAnalyses`), or undefined when it can.
 * @example renderAnalysisSupport({ analysis: "bgnbd", supported: false, missing: ["firstPurchase", "lastPurchase"] }, "en")
 * // "The table has no first or last purchase dates, so recency cannot be computed;
 * //  BG/NBD needs a transaction log or numbers of purchases and first and last purchase dates.
 * //  Choose or add columns with the first and last purchase dates, or use a transaction log (one row per purchase)."
 */
export function renderAnalysisSupport(support: AnalysisSupport, language: Language): string | undefined {
  if (support.supported) return undefined;
  const table = messages[language];
  const w = table.wording;
  const measures = [...new Set(support.missing.map((fact) => table.measures[factMeasures[fact]]))];
  return table.unsupported(
    w.list(factPhrases(support.missing, table, "missing"), "or"),
    w.list(measures, "and"),
    table.analyses[support.analysis],
    w.list(factPhrases(analysisNeeds[support.analysis], table, "needed"), "and"),
    w.list(factPhrases(support.missing, table, "needed"), "and"),
    support.missing.length,
  );
}

/**
 * The counts of a read: rows read, skipped and empty, and how many problems are listed of how many.
 * @example renderReadCounts(report, "en") // "6,919 rows read, 0 skipped, 0 empty."
 */
export function renderReadCounts(report: ReadDiagnostics, language: Language): string {
  const table = messages[language];
  return table.counts(report, table.wording);
}

/**
 * The name of a column role, for choosing columns in the user interface.
 * @example columnRoleName("purchases", "sv") // "antal köp"
 */
export function columnRoleName(role: ColumnRole, language: Language): string {
  return messages[language].roles[role];
}
