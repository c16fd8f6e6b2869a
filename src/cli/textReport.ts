import { isoDateText } from "../core/read/civilDate";
import type { ReadDiagnostics } from "../core/read/readDiagnostics";
import type { Report, ReportCell } from "../core/report/reportModel";
import { columnReader, figures, keySuffix, numberCell, reportedFit, reportTable } from "../core/report/reportReader";
import type { Language } from "../i18n/language";
import { renderModelUnavailable } from "../i18n/modelMessages";
import { reportLabel } from "../i18n/reportLabels";
import { renderReadCounts, renderReadNotice, renderRowProblem } from "../i18n/rowProblems";

/** The first unreadable rows listed under the read counts. */
const LISTED_PROBLEMS = 5;

/** A number shown with `show`; an empty text for a cell that is not available. */
const shown = (show: (value: number) => string) => (cell: ReportCell) => (typeof cell === "number" ? show(cell) : "");
const money = shown((value) => value.toLocaleString("en-GB", { maximumFractionDigits: 2, minimumFractionDigits: 2 }));
const percent = shown((value) => `${(value * 100).toFixed(1)} %`);
const number = (value: number) => Number(value.toPrecision(4)).toString();

/** Aligned columns: the first padded on the right, the others on the left, two spaces between. */
function table(header: string[], rows: string[][]): string {
  const widths = header.map((cell) => cell.length);
  for (const row of rows) row.forEach((cell, column) => (widths[column] = Math.max(widths[column], cell.length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join("  ");
  return [line(header), ...rows.map(line)].join("\n");
}

/** The BG/NBD and Gamma-Gamma lines: each model's estimates, or why it could not be fitted and what is used instead. */
function modelLines(report: Report, timeUnit: string, language: Language): string[] {
  const bgnbd = reportedFit(report, "bgnbd");
  const gammaGamma = reportedFit(report, "gammaGamma");
  const lines: string[] = [];
  if (bgnbd.ok) {
    const { estimates: e, convergence } = bgnbd;
    lines.push(
      `BG/NBD: r = ${number(e.r)}, α = ${number(e.alpha)} ${timeUnit}s, a = ${number(e.a)}, b = ${number(e.b)}; ` +
        `log-likelihood ${e.logLikelihood.toFixed(2)} (${convergence.converged ? "converged" : "NOT converged"}, ${convergence.iterations} iterations).`,
    );
  } else {
    lines.push(`${renderModelUnavailable(bgnbd.reason, language)} CLV is historical: past spending per ${timeUnit} carried forward, with no interval.`);
  }
  if (gammaGamma.ok) {
    const { estimates: e } = gammaGamma;
    lines.push(`Gamma-Gamma: p = ${number(e.p)}, q = ${number(e.q)}, v = ${number(e.v)}; log-likelihood ${e.logLikelihood.toFixed(2)}.`);
  } else {
    lines.push(`${renderModelUnavailable(gammaGamma.reason, language)} Each customer's own average spend is used.`);
  }
  return lines;
}

/**
 * The readable report `kundevaerdi analyze` prints without --json, from the report and what was read.
 * @example renderTextReport(buildReport(analysis), data.diagnostics, "en") // "Read: 6,919 rows read, 0 skipped, 0 empty.\n…"
 */
export function renderTextReport(report: Report, read: ReadDiagnostics, language: Language): string {
  const headline = figures(reportTable(report, "headline"));
  const assumptions = figures(reportTable(report, "assumptions"));
  const timeUnit = keySuffix(assumptions("timeUnit"), "timeUnit_");
  const lines: string[] = [];
  lines.push(`Read: ${renderReadCounts(read, language)}`);
  for (const problem of read.problems.slice(0, LISTED_PROBLEMS)) lines.push(`  ${renderRowProblem(problem, language)}`);
  for (const notice of read.notices) lines.push(`  ${renderReadNotice(notice, language)}`);
  lines.push("");
  lines.push(`Observation end ${isoDateText(numberCell(assumptions("observationEnd")))}; time unit: ${timeUnit}.`);
  lines.push(
    `${headline("customers")} customers, ${headline("purchases")} purchases, revenue ${money(headline("revenue"))}, ` +
      `repeat-purchase rate ${percent(headline("repeatPurchaseRate"))}, average order value ${money(headline("averageOrderValue"))}.`,
  );
  lines.push("");
  lines.push(...modelLines(report, timeUnit, language));
  const low = headline("customerEquityLow");
  const interval = low === null ? "" : ` (80 % interval ${money(low)} – ${money(headline("customerEquityHigh"))})`;
  lines.push("");
  lines.push(
    `Customer equity over ${assumptions("horizonMonths")} months at ${percent(assumptions("annualDiscountRate"))} a year, ` +
      `margin ${percent(assumptions("grossMargin"))}: ${money(headline("customerEquity"))}${interval}.`,
  );
  lines.push("");
  const segments = reportTable(report, "segments");
  const cell = columnReader(segments);
  lines.push(
    table(
      ["Segment", "Customers", "Share", "Revenue", "CLV", "Avg P(alive)"],
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
