import type { PurchaseAnalysis } from "../core/analysis/analyzeTransactions";
import type { PurchaseData } from "../core/read/readPurchaseData";
import type { Language } from "../i18n/language";
import { renderModelUnavailable } from "../i18n/modelMessages";
import { renderReadCounts, renderReadNotice, renderRowProblem } from "../i18n/rowProblems";
import { segmentLabel, type SegmentId } from "../i18n/segmentLabels";
import { isoDateText } from "../core/read/civilDate";

const money = (value: number) => value.toLocaleString("en-GB", { maximumFractionDigits: 2, minimumFractionDigits: 2 });
const percent = (value: number) => `${(value * 100).toFixed(1)} %`;
const number = (value: number, digits = 4) => Number(value.toPrecision(digits)).toString();

function table(header: string[], rows: string[][]): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => row[column].length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join("  ");
  return [line(header), ...rows.map(line)].join("\n");
}

/**
 * The readable report `kundevaerdi analyze` prints without --json: what was read (with the first unreadable
 * rows), the model parameters with their time unit, customer equity with its 80 % interval, and the segments.
 */
export function renderTextReport(data: PurchaseData & { layout: "transactions" }, analysis: PurchaseAnalysis, language: Language): string {
  const { kpis, value, settings, summary } = analysis;
  const lines: string[] = [];
  lines.push(`Read: ${renderReadCounts(data.report, language)}`);
  for (const problem of data.report.problems.slice(0, 5)) lines.push(`  ${renderRowProblem(problem, language)}`);
  for (const notice of data.report.notices) lines.push(`  ${renderReadNotice(notice, language)}`);
  lines.push("");
  lines.push(`Observation end ${isoDateText(summary.observationEndDay)}; time unit: ${settings.timeUnit}.`);
  lines.push(
    `${kpis.customers} customers, ${kpis.purchases} purchases, revenue ${money(kpis.revenue)}, repeat-purchase rate ${percent(kpis.repeatPurchaseRate)}, ` +
      `average order value ${money(kpis.averageOrderValue)}.`,
  );
  lines.push("");
  if (value.bgnbd.ok) {
    const { parameters: p, logLikelihood, convergence } = value.bgnbd.fit;
    lines.push(
      `BG/NBD: r = ${number(p.r)}, α = ${number(p.alpha)} ${settings.timeUnit}s, a = ${number(p.a)}, b = ${number(p.b)}; ` +
        `log-likelihood ${logLikelihood.toFixed(2)} (${convergence.converged ? "converged" : "NOT converged"}, ${convergence.iterations} iterations).`,
    );
  } else {
    lines.push(`${renderModelUnavailable(value.bgnbd.reason, language)} CLV is historical: past spending per ${settings.timeUnit} carried forward, with no interval.`);
  }
  if (value.gammaGamma.ok) {
    const { parameters: p, logLikelihood } = value.gammaGamma.fit;
    lines.push(`Gamma-Gamma: p = ${number(p.p)}, q = ${number(p.q)}, v = ${number(p.v)}; log-likelihood ${logLikelihood.toFixed(2)}.`);
  } else {
    lines.push(`${renderModelUnavailable(value.gammaGamma.reason, language)} Each customer's own average spend is used.`);
  }
  const equity = value.customerEquity;
  const interval = "low" in equity ? ` (80 % interval ${money(equity.low)} – ${money(equity.high)})` : "";
  lines.push("");
  lines.push(
    `Customer equity over ${settings.horizonMonths} months at ${percent(settings.annualDiscountRate)} a year, margin ${percent(settings.grossMargin)}: ` +
      `${money(equity.value)}${interval}.`,
  );
  lines.push("");
  lines.push(
    table(
      ["Segment", "Customers", "Share", "Revenue", "CLV", "Avg P(alive)"],
      analysis.segmentFigures.map((figures) => [
        segmentLabel(language, figures.segment as SegmentId).name,
        String(figures.customers),
        percent(figures.share),
        money(figures.revenue),
        money(figures.totalClv ?? Number.NaN),
        figures.averagePAlive === undefined || Number.isNaN(figures.averagePAlive) ? "" : percent(figures.averagePAlive),
      ]),
    ),
  );
  return `${lines.join("\n")}\n`;
}
