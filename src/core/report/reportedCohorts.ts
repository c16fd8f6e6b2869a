import type { CohortPeriod } from "../cohorts/calendarPeriod";
import type { ReportCell, ReportTable } from "./reportModel";
import { optionalReportTable } from "./reportReader";
import type { Report } from "./reportModel";

/** One cohort's row of each block, split into what was observed and what the model projects. */
export interface ReportedCohort {
  cohort: string;
  customers: number;
  /** Whether the last observed period is counted so far (the data end inside it). */
  lastPeriodIncomplete: boolean;
  observed: CohortValues;
  /** The model's expectation for the periods after the data, up to the horizon; null when nothing is projected. */
  projected: CohortValues | null;
}

/** Per period since acquisition: the active rate, the cumulative revenue (or margin) per customer won, the active customers. */
export interface CohortValues {
  activeRate: (number | null)[];
  /** Null for a log without amounts. */
  cumulativeAmountPerCustomer: (number | null)[] | null;
  activeCustomers: (number | null)[];
}

/** The Cohorts sheet read back, for the command line's JSON and text. */
export interface ReportedCohorts {
  period: CohortPeriod;
  /** What the amounts are: revenue, or gross margin (the run's margin applied); null without amounts. */
  amounts: "revenue" | "margin" | null;
  /** The purchase model that projected the cohorts (bgnbd, mbgnbd, paretonbd), or null. */
  projectedBy: string | null;
  cohorts: ReportedCohort[];
  /** All cohorts pooled per period over the cohorts observed whole through it (each by its size); null where none. */
  allCohorts: { customers: number; activeRate: (number | null)[]; cumulativeAmountPerCustomer: (number | null)[] | null };
}

function numbers(cells: readonly ReportCell[]): (number | null)[] {
  return cells.map((cell) => (typeof cell === "number" ? cell : null));
}

/** A block's row split at the first projected column: observed cells (up to the last non-empty one) and projected cells. */
function split(table: ReportTable, row: number): { observed: (number | null)[]; projected: (number | null)[] | null } {
  const cells = table.rows[row].slice(2);
  const mark = table.marks?.find((candidate) => candidate.kind === "projected" && candidate.row === row);
  if (!mark) {
    let end = cells.length;
    while (end > 0 && cells[end - 1] === null) end -= 1;
    return { observed: numbers(cells.slice(0, end)), projected: null };
  }
  const from = mark.column - 2;
  return { observed: numbers(cells.slice(0, from)), projected: numbers(cells.slice(from, from + mark.columns)) };
}

/**
 * The Cohorts sheet's blocks read back by cohort: observed and projected values apart, the incomplete last period
 * flagged, the all-cohorts rows, what the amounts are and which model projected; null for a report without a Cohorts sheet.
 * @example reportedCohorts(buildReport(cdnowAnalysis))?.cohorts[0].observed.activeRate[1] // 0.159 (124 of 781)
 */
export function reportedCohorts(report: Report): ReportedCohorts | null {
  const rates = optionalReportTable(report, "cohortActiveRate");
  const active = optionalReportTable(report, "cohortActive");
  if (!rates || !active) return null;
  const amounts = optionalReportTable(report, "cohortRevenue");
  const sheet = report.sheets.find((candidate) => candidate.id === "cohorts");
  const projection = sheet?.lead?.find((sentence) => sentence.key === "lead_cohortProjection" || sentence.key === "lead_cohortProjectionAssumed")?.values.model;
  const pooled = (table: ReportTable | undefined) => (table?.footer ? numbers(table.footer.cells.slice(1)) : null);
  return {
    period: rates.title.slice(rates.title.indexOf("_") + 1) as CohortPeriod,
    amounts: amounts ? (amounts.title.startsWith("cohortMargin") ? "margin" : "revenue") : null,
    projectedBy: projection && "label" in projection ? projection.label.replace("modelShort_", "") : null,
    cohorts: rates.rows.map((row, r) => {
      const rate = split(rates, r);
      const count = split(active, r);
      const amount = amounts ? split(amounts, r) : null;
      return {
        cohort: String(row[0]),
        customers: Number(row[1]),
        lastPeriodIncomplete: (rates.marks ?? []).some((mark) => mark.kind === "incomplete" && mark.row === r),
        observed: { activeRate: rate.observed, cumulativeAmountPerCustomer: amount?.observed ?? null, activeCustomers: count.observed },
        projected: rate.projected && count.projected ? { activeRate: rate.projected, cumulativeAmountPerCustomer: amount?.projected ?? null, activeCustomers: count.projected } : null,
      };
    }),
    allCohorts: { customers: Number(rates.footer?.cells[0] ?? 0), activeRate: pooled(rates) ?? [], cumulativeAmountPerCustomer: pooled(amounts) },
  };
}
