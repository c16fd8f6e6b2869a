import { isoDateText } from "../core/read/civilDate";
import type { ReadDiagnostics } from "../core/read/readDiagnostics";
import type { Report, ReportCell } from "../core/report/reportModel";
import {
  columnReader,
  figures,
  keySuffix,
  optionalColumnReader,
  optionalFigures,
  reportedFit,
  reportedPurchaseModel,
  reportedRetention,
  reportTable,
  sheetNotes,
} from "../core/report/reportReader";
import { cliText } from "../i18n/cliMessages";
import type { Language } from "../i18n/language";
import { renderModelUnavailable } from "../i18n/modelMessages";
import { reportLabel } from "../i18n/reportLabels";
import { renderSentence } from "../i18n/reportSentences";
import { withCurrency } from "../core/report/moneyFormat";
import { renderReadCounts, renderRowProblem } from "../i18n/rowProblems";
import { noticeTexts } from "./noticeTexts";
import { alignedTable, numberFormats } from "./textFormats";
import { cohortLines } from "./cohortText";

/** The first unreadable rows listed under the read counts. */
const LISTED_PROBLEMS = 5;

/** The purchase model and Gamma-Gamma lines: which purchase model and why, the models compared, each model's estimates, or why it could not be fitted and what is used instead. */
function modelLines(report: Report, timeUnit: "day" | "week", language: Language): string[] {
  const { number, fixed } = numberFormats(language);
  const model = reportedPurchaseModel(report);
  const purchase = reportedFit(report, model);
  const gammaGamma = reportedFit(report, "gammaGamma");
  const headline = optionalFigures(reportTable(report, "headline"));
  const lines: string[] = [];
  const chosen = headline("purchaseModel");
  const why = headline("purchaseModelChoice");
  if (typeof chosen === "string" && typeof why === "string") lines.push(cliText(language, "reportModelChoice", { model: reportLabel(language, chosen), why: reportLabel(language, why) }));
  lines.push(...comparisonLines(report, language));
  if (purchase.ok) {
    const { estimates: e, convergence } = purchase;
    const units = cliText(language, timeUnit === "day" ? "units_day" : "units_week");
    const common = {
      r: number(e.r),
      alpha: number(e.alpha),
      units,
      logLikelihood: fixed(e.logLikelihood, 2),
      convergence: cliText(language, convergence.converged ? "reportConverged" : "reportNotConverged"),
      iterations: String(convergence.iterations),
    };
    if (model === "paretonbd") lines.push(cliText(language, "reportParetonbd", { ...common, s: number(e.s), beta: number(e.beta) }));
    else lines.push(cliText(language, model === "mbgnbd" ? "reportMbgnbd" : "reportBgnbd", { ...common, a: number(e.a), b: number(e.b) }));
  } else {
    lines.push(renderModelUnavailable(purchase.reason, language));
    return lines;
  }
  if (gammaGamma.ok) {
    const { estimates: e } = gammaGamma;
    lines.push(cliText(language, "reportGammaGamma", { p: number(e.p), q: number(e.q), v: number(e.v), logLikelihood: fixed(e.logLikelihood, 2) }));
  } else {
    lines.push(`${renderModelUnavailable(gammaGamma.reason, language)} ${cliText(language, "reportOwnSpend")}`);
  }
  return lines;
}

/**
 * The retention line: the average monthly retention and churn over the complete months and the last complete
 * month's, then the incomplete month left out; none for a report without retention or without a complete month's rate.
 */
function retentionLines(report: Report, percent: (cell: ReportCell) => string, language: Language): string[] {
  const retention = reportedRetention(report);
  if (!retention || retention.averageRetentionRate === null) return [];
  const last = retention.months.filter((month) => month.complete && month.retentionRate !== null).at(-1);
  if (!last) return [];
  const incomplete = retention.months.find((month) => !month.complete);
  const line = cliText(language, "reportRetention", {
    retention: percent(retention.averageRetentionRate),
    churn: percent(retention.averageChurnRate),
    month: last.month,
    lastRetention: percent(last.retentionRate),
    lastChurn: percent(last.churnRate),
  });
  return [incomplete ? line + cliText(language, "reportRetentionIncomplete", { month: incomplete.month }) : line];
}

/**
 * The readable report `kundevaerdi analyze` prints without --json, from the report and what was read, in the
 * command's language; each read notice is followed by the command-line option that changes it (noticeTexts).
 * @example renderTextReport(buildReport(analysis), data.diagnostics, "en") // "Read: 6,919 rows read, 0 skipped, 0 empty.\n…"
 */
export function renderTextReport(report: Report, read: ReadDiagnostics, language: Language): string {
  const formats = numberFormats(language);
  const { percent, fixed } = formats;
  const money = (cell: ReportCell): string => (typeof cell === "number" ? withCurrency(formats.money(cell), report.currency) : "");
  const headline = figures(reportTable(report, "headline"));
  const assumptions = optionalFigures(reportTable(report, "assumptions"));
  const timeUnit = keySuffix(assumptions("timeUnit"), "timeUnit_") === "day" ? "day" : "week";
  const lines: string[] = [];
  lines.push(cliText(language, "reportRead", { counts: renderReadCounts(read, language) }));
  for (const problem of read.problems.slice(0, LISTED_PROBLEMS)) lines.push(`  ${renderRowProblem(problem, language)}`);
  for (const notice of noticeTexts(read.notices, language)) lines.push(`  ${notice}`);
  lines.push("");
  const lead = report.sheets.find((sheet) => sheet.id === "overview")?.lead ?? [];
  if (lead.length > 0) lines.push(...lead.map((sentence) => renderSentence(language, sentence, report.currency)), "");
  const end = assumptions("observationEnd");
  if (typeof end === "number") lines.push(cliText(language, "reportObservationEnd", { date: isoDateText(end), unit: cliText(language, `unit_${timeUnit}`) }));
  lines.push(
    cliText(language, "reportHeadline", {
      customers: String(headline("customers")),
      purchases: String(headline("purchases")),
      revenue: money(headline("revenue")),
      repeatRate: percent(headline("repeatPurchaseRate")),
      averageOrderValue: money(headline("averageOrderValue")),
    }),
  );
  lines.push(...retentionLines(report, percent, language));
  lines.push("");
  const cohorts = cohortLines(report, language);
  if (cohorts.length > 0) lines.push(...cohorts, "");
  lines.push(...modelLines(report, timeUnit, language));
  lines.push(...sheetNotes(report, "overview").map((key) => reportLabel(language, key)));
  const low = headline("customerEquityLow");
  const interval = low === null ? "" : cliText(language, "reportInterval", { low: money(low), high: money(headline("customerEquityHigh")) });
  const common = { rate: percent(assumptions("annualDiscountRate")), margin: percent(assumptions("grossMargin")), equity: money(headline("customerEquity")), interval };
  const years = assumptions("customerLifetimeYears");
  const retention = assumptions("yearlyRetentionRate");
  lines.push("");
  lines.push(
    typeof years === "number"
      ? cliText(language, "reportEquityLifetime", { ...common, years: fixed(years, 1) })
      : typeof retention === "number"
        ? cliText(language, "reportEquityRetention", { ...common, retention: percent(retention) })
        : cliText(language, "reportEquity", { ...common, months: String(assumptions("horizonMonths")) }),
  );
  lines.push("");
  const segments = reportTable(report, "segments");
  const cell = optionalColumnReader(segments);
  lines.push(
    alignedTable(
      (["reportSegment", "reportCustomers", "reportShare", "reportRevenue", "reportClv", "reportPAlive"] as const).map((key) => cliText(language, key)),
      segments.rows.map((row) => [
        reportLabel(language, String(cell(row, "segment"))),
        String(cell(row, "customers")),
        percent(cell(row, "share")),
        money(cell(row, "revenue")),
        money(cell(row, "totalClv")),
        percent(cell(row, "averagePAlive")),
      ]),
    ),
  );
  return `${lines.join("\n")}\n`;
}

/** One line per purchase model compared (none when only one was tried). */
function comparisonLines(report: Report, language: Language): string[] {
  const table = report.sheets.flatMap((sheet) => sheet.tables).find((candidate) => candidate.id === "modelComparison");
  if (!table) return [];
  const { fixed } = numberFormats(language);
  const cell = columnReader(table);
  return table.rows.map((row) => {
    const logLikelihood = cell(row, "logLikelihood");
    const error = cell(row, "holdoutError");
    return cliText(language, "reportModelCompared", {
      model: reportLabel(language, String(cell(row, "model"))),
      logLikelihood: typeof logLikelihood === "number" ? fixed(logLikelihood, 2) : "–",
      holdout: typeof error === "number" ? cliText(language, "reportHoldoutError", { error: fixed(error, 3) }) : "",
      status: reportLabel(language, String(cell(row, "comparisonStatus"))),
    });
  });
}
