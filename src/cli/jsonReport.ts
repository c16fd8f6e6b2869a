import { reportedCohorts } from "../core/report/reportedCohorts";
import { tableRows, type RowSource } from "../core/report/customerRows";
import { isoDateText } from "../core/read/civilDate";
import type { ReadDiagnostics, TextEncoding } from "../core/read/readDiagnostics";
import type { Layout } from "../core/read/detectColumns";
import type { Report, ReportCell, ReportTable } from "../core/report/reportModel";
import {
  columnReader,
  figures,
  keySuffix,
  numberCell,
  optionalColumnReader,
  optionalFigures,
  reportedClvMethod,
  reportedFit,
  reportedPurchaseModel,
  reportedRetention,
  reportTable,
  sheetNotes,
  type ReportedFit,
} from "../core/report/reportReader";
import type { Language } from "../i18n/language";
import { renderModelUnavailable } from "../i18n/modelMessages";
import { reportLabel } from "../i18n/reportLabels";
import { renderSentence } from "../i18n/reportSentences";
import { renderRowProblem } from "../i18n/rowProblems";
import { JsonBytes } from "./jsonBytes";
import { outputText } from "./outputText";
import { noticeTexts } from "./noticeTexts";

/** The first unreadable rows listed; `rowsSkipped` counts them all. */
const LISTED_PROBLEMS = 100;

function modelJson(fit: ReportedFit, language: Language) {
  return fit.ok ? { ...fit.estimates, convergence: fit.convergence } : { unavailable: fit.reason, message: renderModelUnavailable(fit.reason, language) };
}

function segmentsJson(table: ReportTable, language: Language) {
  const cell = optionalColumnReader(table);
  return table.rows.map((row) => ({
    id: cell(row, "segment"),
    name: reportLabel(language, String(cell(row, "segment"))),
    customers: cell(row, "customers"),
    share: cell(row, "share"),
    revenue: cell(row, "revenue"),
    clv: cell(row, "totalClv"),
    averageClv: cell(row, "averageClv"),
    averagePAlive: cell(row, "averagePAlive"),
    averagePurchaseChance: cell(row, "averagePurchaseChance"),
  }));
}

/** Customers written between two looks for full chunks to hand on. */
const CUSTOMERS_BETWEEN_HANDOVERS = 1024;

/** A perCustomer field: its JSON key, the customers table's column and, for rounded figures, the decimals kept. */
interface CustomerField {
  key: string;
  column: string;
  digits?: number;
}

/** perCustomer's fields in order; model figures rounded to 6 decimals, CLVs to 4. `customers` only on a grouped table. */
const customerFields: CustomerField[] = [
  { key: "id", column: "customer" },
  { key: "customers", column: "customersInGroup" },
  { key: "purchases", column: "purchases" },
  { key: "averageOrderValue", column: "averageOrderValue", digits: 6 },
  { key: "frequency", column: "frequency" },
  { key: "recency", column: "recency", digits: 6 },
  { key: "T", column: "T", digits: 6 },
  { key: "monetary", column: "monetary", digits: 6 },
  { key: "pAlive", column: "pAlive", digits: 6 },
  { key: "purchaseChance", column: "purchaseChance", digits: 6 },
  { key: "expectedPurchases", column: "expectedPurchases", digits: 6 },
  { key: "clv", column: "clv", digits: 4 },
  { key: "clvLow", column: "clvLow", digits: 4 },
  { key: "clvHigh", column: "clvHigh", digits: 4 },
  { key: "segment", column: "segment" },
];

/**
 * perCustomer's objects, one per row of the customers table, as UTF-8 chunks of about a megabyte, each handed on as
 * soon as it is full; the text is the one JSON.stringify gives for the objects.
 */
function* customersJsonBytes(customers: RowSource): Generator<Uint8Array> {
  const encoder = new TextEncoder();
  const index = new Map(customers.columns.map((column, position) => [column.key, position]));
  // A grouped table's rows are groups: each says how many customers it stands for.
  const fields = customerFields
    .filter((field) => field.key !== "customers" || index.has(field.column))
    .map((field, position) => ({ prefix: encoder.encode(`${position === 0 ? "{" : ","}${JSON.stringify(field.key)}:`), column: index.get(field.column), digits: field.digits }));
  const json = new JsonBytes();
  const row: ReportCell[] = [];
  for (let number = 0; number < customers.length; number += 1) {
    customers.row(number, row);
    if (number > 0) json.ascii(",");
    for (const { prefix, column, digits } of fields) {
      json.bytes(prefix);
      const value = column === undefined ? null : row[column];
      if (digits === undefined) json.value(value);
      else json.rounded(value, digits);
    }
    json.ascii("}");
    // The full chunks are handed on every so many customers, not after each (a megabyte is ~4,000 customers).
    if (number % CUSTOMERS_BETWEEN_HANDOVERS === CUSTOMERS_BETWEEN_HANDOVERS - 1) yield* json.take();
  }
  yield* json.finish();
}

/**
 * How the file was written and laid out: its encoding (as decoded), its delimiter ("whitespace" for space-aligned
 * columns) and whether it is a transaction log or a per-customer table.
 */
export interface FileFacts {
  encoding: TextEncoding;
  delimiter: string;
  layout: Layout;
}

/**
 * The one JSON object (and newline) `kundevaerdi analyze --json` prints, from the report, what was read and how
 * the file was written. `transactions` is the number of purchase rows read (null for a per-customer table, whose
 * rows are customers: see `rowsRead`); each notice is followed by the option that changes it (noticeTexts).
 * `retention` is the retention by month with its averages, `cohorts` the Cohorts sheet by cohort (observed and projected
 * apart; reportedCohorts) — both null for a per-customer table.
 * @example JSON.parse(renderJsonReport(buildReport(analysis), data.diagnostics, "en", { encoding: "utf-8", delimiter: ",", layout: "transactions" })).customers // 2357
 */
export function renderJsonReport(report: Report, read: ReadDiagnostics, language: Language, file?: FileFacts): string {
  return outputText(jsonReportChunks(report, read, language, file));
}

/**
 * renderJsonReport's text in chunks, as it is produced: everything but the customers as text, then `perCustomer` as
 * UTF-8 bytes about a megabyte at a time, so a million customers are written without one string of all of them.
 * `customers` gives the rows (by default the report's Customers table; the command line reads them from the analysis).
 * @example for (const chunk of jsonReportChunks(report, read, "en")) process.stdout.write(chunk);
 */
export function* jsonReportChunks(
  report: Report,
  read: ReadDiagnostics,
  language: Language,
  file?: FileFacts,
  customers: RowSource = tableRows(reportTable(report, "customers")),
): Generator<string | Uint8Array> {
  const headline = figures(reportTable(report, "headline"));
  const assumptions = optionalFigures(reportTable(report, "assumptions"));
  const independence = figures(reportTable(report, "spendIndependence"));
  const json = {
    customers: headline("customers"),
    layout: file?.layout ?? "transactions",
    encoding: file?.encoding ?? null,
    delimiter: file?.delimiter ?? null,
    transactions: file?.layout === "customerTable" ? null : read.rowsRead,
    rowsRead: read.rowsRead,
    rowsSkipped: read.rowsSkipped,
    emptyRows: read.emptyRows,
    problems: read.problems.slice(0, LISTED_PROBLEMS).map((problem) => ({ ...problem, message: renderRowProblem(problem, language) })),
    notices: noticeTexts(read.notices, language),
    timeUnit: keySuffix(assumptions("timeUnit"), "timeUnit_"),
    observationEnd: typeof assumptions("observationEnd") === "number" ? isoDateText(numberCell(assumptions("observationEnd"))) : null,
    settings: {
      horizonMonths: assumptions("horizonMonths"),
      customerLifetimeYears: assumptions("customerLifetimeYears"),
      yearlyRetentionRate: assumptions("yearlyRetentionRate"),
      observedYears: assumptions("observedYears"),
      annualDiscountRate: assumptions("annualDiscountRate"),
      grossMargin: assumptions("grossMargin"),
      newCustomers: assumptions("newCustomers"),
    },
    kpis: {
      customers: headline("customers"),
      purchases: headline("purchases"),
      revenue: headline("revenue"),
      repeatCustomers: headline("repeatCustomers"),
      repeatPurchaseRate: headline("repeatPurchaseRate"),
      averageOrderValue: headline("averageOrderValue"),
      purchaseFrequency: headline("purchaseFrequency"),
    },
    retention: reportedRetention(report),
    cohorts: reportedCohorts(report),
    method: reportedClvMethod(report),
    methodNotes: sheetNotes(report, "overview").map((key) => reportLabel(language, key)),
    summary: (report.sheets.find((sheet) => sheet.id === "overview")?.lead ?? []).map((sentence) => renderSentence(language, sentence, report.currency)),
    currency: report.currency ?? null,
    purchaseModel: purchaseModelJson(report),
    models: {
      [reportedPurchaseModel(report)]: modelJson(reportedFit(report, reportedPurchaseModel(report)), language),
      gammaGamma: modelJson(reportedFit(report, "gammaGamma"), language),
    },
    spendIndependence: {
      repeatBuyers: independence("repeatBuyersWithSpend"),
      correlation: independence("spendCorrelation"),
      questionable: independence("spendIndependenceQuestionable") === "yes",
    },
    customerEquity: { value: headline("customerEquity"), low: headline("customerEquityLow"), high: headline("customerEquityHigh") },
    segments: segmentsJson(reportTable(report, "segments"), language),
  };
  // perCustomer comes last: the object without it, then its array piece by piece.
  const head = JSON.stringify(json);
  yield `${head.slice(0, -1)},"perCustomer":[`;
  yield* customersJsonBytes(customers);
  yield "]}\n";
}

/**
 * The purchase model used (null: none, the simple formula), why (`request`, `holdout`, `likelihood`, `tie`,
 * `onlyOne`, `none`) and the models compared: log-likelihood, holdout error and status (`used`, `notChosen` or the
 * reason code it could not be used, e.g. `degenerateFit`).
 */
function purchaseModelJson(report: Report): { used: string | null; choice: string | null; compared: { model: string; logLikelihood: ReportCell; holdoutError: ReportCell; status: string }[] } {
  const headline = optionalFigures(reportTable(report, "headline"));
  const used = headline("purchaseModel");
  const choice = headline("purchaseModelChoice");
  const table = report.sheets.flatMap((sheet) => sheet.tables).find((candidate) => candidate.id === "modelComparison");
  const cell = table ? columnReader(table) : undefined;
  const compared = table && cell
    ? table.rows.map((row) => {
        const status = String(cell(row, "comparisonStatus"));
        return {
          model: String(cell(row, "model")),
          logLikelihood: cell(row, "logLikelihood"),
          holdoutError: cell(row, "holdoutError"),
          status: status.startsWith("reason_") ? status.slice("reason_".length) : status.slice("status_".length),
        };
      })
    : [];
  return {
    used: typeof used === "string" && used !== "purchaseModel_none" ? keySuffix(used, "purchaseModel_") : null,
    choice: typeof choice === "string" ? keySuffix(choice, "modelChoice_") : null,
    compared,
  };
}
