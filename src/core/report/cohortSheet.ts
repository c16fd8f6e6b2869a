import type { PurchaseAnalysis } from "../analysis/analyzeTransactions";
import type { CohortAnalysis } from "../cohorts/cohortAnalysis";
import { cohortMeasureRow, type CohortMeasure } from "../cohorts/cohortMeasure";
import type { Cohort } from "../cohorts/cohortTable";
import { periodStartDay } from "../cohorts/calendarPeriod";
import type { CellMark, ChartSpec, ColumnFormat, HeatMap, ReportCell, ReportColumn, ReportSentence, ReportSheet, ReportTable } from "./reportModel";
import { finiteCell } from "./finiteCell";

/** At most this many cohorts are drawn in the chart (more lines cannot be told apart); evenly spaced, first and last included. */
export const CHART_COHORTS = 8;

/** The columns before the periods: the cohort's name and the customers it won. */
const LEADING_COLUMNS = 2;

/** How one block of the sheet shows a measure: its title, its number format, and the projection's value for a period. */
interface Block {
  id: string;
  measure: CohortMeasure;
  format: ColumnFormat;
  /** The projected value of cohort c in projected period j, given the cohort's last observed row value. */
  projected: (c: number, j: number, lastObserved: number) => number;
}

/** The period columns 0 … count − 1, headed by their numbers. */
function periodColumns(count: number, format: ColumnFormat): ReportColumn[] {
  return Array.from({ length: count }, (_, age) => ({ key: `period_${age}`, format, heading: age }));
}

/** Which cohorts the chart draws: all of up to CHART_COHORTS, else CHART_COHORTS evenly spaced ones. */
function chartedCohorts(count: number): number[] {
  if (count <= CHART_COHORTS) return Array.from({ length: count }, (_, c) => c);
  return Array.from({ length: CHART_COHORTS }, (_, k) => Math.round((k * (count - 1)) / (CHART_COHORTS - 1)));
}

/** The periods a cohort has been observed whole: all but the last when the data end inside it. */
function completeAges(cohort: Cohort, lastPeriodComplete: boolean): number {
  return cohort.active.length - (lastPeriodComplete ? 0 : 1);
}

/**
 * A block of the sheet: one row per cohort — its name, the customers it won, then the measure per period since
 * acquisition: observed, the incomplete last period marked, and the projection marked, up to the horizon.
 */
function blockTable(cohorts: CohortAnalysis, block: Block, title: string, margin: number, width: number): ReportTable {
  const { table, projection } = cohorts;
  const marks: CellMark[] = [];
  const rows: ReportCell[][] = table.cohorts.map((cohort, c) => {
    const observed = cohortMeasureRow(cohort, block.measure, margin);
    const cells: ReportCell[] = [cohort.label, cohort.customers, ...Array.from(observed, finiteCell)];
    if (!table.lastPeriodComplete) marks.push({ kind: "incomplete", row: c, column: LEADING_COLUMNS + observed.length - 1, columns: 1 });
    if (projection && projection.periods > 0) {
      for (let j = 0; j < projection.periods; j += 1) {
        const value = block.projected(c, j, observed[observed.length - 1]);
        cells.push(finiteCell(value));
      }
      marks.push({ kind: "projected", row: c, column: LEADING_COLUMNS + observed.length, columns: projection.periods });
    }
    while (cells.length < LEADING_COLUMNS + width) cells.push(null);
    return cells;
  });
  return {
    id: block.id,
    title,
    columns: [{ key: "cohort", format: "text" }, { key: "cohortCustomers", format: "integer" }, ...periodColumns(width, block.format)],
    rows,
    marks,
  };
}

/**
 * The all-cohorts row of a block: per period, the cohorts observed whole through it pooled by size — Σ active
 * customers ÷ Σ customers won; for the amounts, Σ the period's revenue ÷ Σ customers won, summed up period by period
 * (pooling the cumulative values instead would fall wherever a young cohort drops out of the pool) — empty where no
 * cohort has completed the period.
 */
function pooledFooter(cohorts: CohortAnalysis, measure: "activeRate" | "cumulativeRevenuePerCustomer", margin: number, width: number): NonNullable<ReportTable["footer"]> {
  const { table } = cohorts;
  const cells: ReportCell[] = [table.cohorts.reduce((sum, cohort) => sum + cohort.customers, 0)];
  const perPeriod = measure === "activeRate" ? "activeRate" : "revenuePerCustomer";
  const rows = table.cohorts.map((cohort) => cohortMeasureRow(cohort, perPeriod, margin));
  let cumulative = 0;
  for (let age = 0; age < width; age += 1) {
    let amount = 0;
    let customers = 0;
    table.cohorts.forEach((cohort, c) => {
      if (completeAges(cohort, table.lastPeriodComplete) <= age) return;
      amount += rows[c][age] * cohort.customers;
      customers += cohort.customers;
    });
    if (customers === 0) {
      cells.push(null);
      continue;
    }
    cumulative += amount / customers;
    cells.push(measure === "activeRate" ? amount / customers : cumulative);
  }
  return { label: "cohortAllCohorts", cells };
}

/** The share of the customers behind the observed rates whose rate lies at or below the top of the heat map's scale. */
export const HEAT_MAP_TOP_SHARE = 0.95;

/**
 * The heat map of the active-rate block: the whole periods each cohort was observed, on one scale from 0 to the rate
 * that HEAT_MAP_TOP_SHARE of the rates after period 0 do not exceed, each rate counted by its cohort's size — period 0
 * is 100 % by definition, and a tiny cohort's 100 % would wash the rest out; rates above the top get the full colour.
 */
function activeRateHeatMap(cohorts: CohortAnalysis): HeatMap {
  const { table } = cohorts;
  const rates: Array<{ rate: number; weight: number }> = [];
  const runs = table.cohorts.map((cohort, row) => {
    const columns = completeAges(cohort, table.lastPeriodComplete);
    for (let age = 1; age < columns; age += 1) rates.push({ rate: cohort.active[age] / cohort.customers, weight: cohort.customers });
    return { row, column: LEADING_COLUMNS, columns };
  });
  rates.sort((a, b) => a.rate - b.rate);
  const total = rates.reduce((sum, { weight }) => sum + weight, 0);
  let covered = 0;
  let highest = 0;
  for (const { rate, weight } of rates) {
    highest = rate;
    covered += weight;
    if (covered >= HEAT_MAP_TOP_SHARE * total) break;
  }
  return { runs: runs.filter((run) => run.columns > 0), lowest: 0, highest: highest > 0 ? highest : 1 };
}

/**
 * The chart's data: one row per period since acquisition, one column per charted cohort, its observed cumulative
 * revenue (or margin) per acquired customer over the whole periods; projections stay in the blocks above.
 */
function chartTable(cohorts: CohortAnalysis, title: string, margin: number): ReportTable {
  const { table } = cohorts;
  const charted = chartedCohorts(table.cohorts.length);
  const width = Math.max(0, ...charted.map((c) => completeAges(table.cohorts[c], table.lastPeriodComplete)));
  const series = charted.map((c) => cohortMeasureRow(table.cohorts[c], "cumulativeRevenuePerCustomer", margin));
  return {
    id: "cohortChartData",
    title,
    columns: [{ key: "periodsSinceAcquisition", format: "integer" }, ...charted.map((c) => ({ key: `cohort_${c}`, format: "currency" as const, heading: table.cohorts[c].label }))],
    rows: Array.from({ length: width }, (_, age) => [
      age,
      ...charted.map((c, k) => (age < completeAges(table.cohorts[c], table.lastPeriodComplete) ? series[k][age] : null)),
    ]),
  };
}

/** The sentences above the blocks: what a row and a column are, what is projected and how sure, the incomplete period, the amounts. */
function cohortSentences(analysis: PurchaseAnalysis, cohorts: CohortAnalysis, margin: number): ReportSentence[] {
  const { table, projection } = cohorts;
  const period = { label: `cohortPeriod_${table.period}` };
  const customers = table.cohorts.reduce((sum, cohort) => sum + cohort.customers, 0);
  const sentences: ReportSentence[] = [
    { key: "lead_cohorts", values: { customers: { value: customers, format: "integer" }, cohorts: { value: table.cohorts.length, format: "integer" }, period } },
  ];
  const equity = analysis.value.customerEquity;
  const months = { value: analysis.settings.horizonMonths, format: "integer" as const };
  if (projection && projection.periods === 0) {
    sentences.push({ key: "lead_cohortHorizonShort", values: { months, period } });
  } else if (projection && analysis.value.purchase.ok && "modelError" in equity) {
    sentences.push({
      key: equity.modelError.source === "holdout" ? "lead_cohortProjection" : "lead_cohortProjectionAssumed",
      values: { model: { label: `modelShort_${analysis.value.purchase.fit.name}` }, months, error: { value: equity.modelError.relative, format: "percent" } },
    });
  } else {
    sentences.push({ key: "lead_cohortNoProjection", values: {} });
  }
  if (!table.lastPeriodComplete) {
    sentences.push({ key: "lead_cohortIncomplete", values: { period, start: { value: periodStartDay(table.period, table.lastPeriod), format: "date" }, end: { value: table.observationEndDay, format: "date" } } });
  }
  if (table.hasAmounts) {
    sentences.push(margin === 1 ? { key: "lead_cohortRevenue", values: {} } : { key: "lead_cohortMargin", values: { margin: { value: margin, format: "percent" } } });
  }
  return sentences;
}

/**
 * The Cohorts sheet of a log's run: sentences on how to read it, then three blocks — the share of each cohort who
 * bought in each period since the first purchase (a heat map), the cumulative revenue (or margin, with the run's
 * margin applied) per acquired customer, both with an all-cohorts row, and the active customers — observed, with the current incomplete period
 * marked and the purchase model's projection marked up to the horizon, then a line chart of the observed cumulative
 * revenue per customer by cohort. None without cohorts (a per-customer table, or no purchase).
 * @example cohortSheet(analyzeTransactions(cdnowLog, settings))?.tables.map((table) => table.id) // ["cohortActiveRate", "cohortRevenue", "cohortActive", "cohortChartData"]
 */
export function cohortSheet(analysis: PurchaseAnalysis): ReportSheet | undefined {
  const cohorts = analysis.cohorts;
  if (!cohorts || cohorts.table.cohorts.length === 0) return undefined;
  const { table, projection } = cohorts;
  const margin = analysis.settings.grossMargin;
  const width = table.cohorts[0].active.length + (projection?.periods ?? 0);
  const size = (c: number) => table.cohorts[c].customers;
  const blocks: Block[] = [
    { id: "cohortActiveRate", measure: "activeRate", format: "percent", projected: (c, j) => (projection?.active[c][j] ?? Number.NaN) / size(c) },
    {
      id: "cohortRevenue",
      measure: "cumulativeRevenuePerCustomer",
      format: "currency",
      projected: (c, j, lastObserved) => lastObserved + ((projection?.revenueToEnd[c][j] ?? Number.NaN) * margin) / size(c),
    },
    { id: "cohortActive", measure: "activeCustomers", format: "integer", projected: (c, j) => projection?.active[c][j] ?? Number.NaN },
  ];
  const amountWord = margin === 1 ? "Revenue" : "Margin";
  const tables = blocks
    .filter((block) => table.hasAmounts || block.measure !== "cumulativeRevenuePerCustomer")
    .map((block) => {
      const title = block.id === "cohortRevenue" ? `cohort${amountWord}_${table.period}` : `${block.id}_${table.period}`;
      const built = blockTable(cohorts, block, title, margin, width);
      if (block.id === "cohortActiveRate") return { ...built, heatMap: activeRateHeatMap(cohorts), footer: pooledFooter(cohorts, "activeRate", margin, width) };
      return block.id === "cohortRevenue" ? { ...built, footer: pooledFooter(cohorts, "cumulativeRevenuePerCustomer", margin, width) } : built;
    });
  const charts: ChartSpec[] = [];
  if (table.hasAmounts) {
    const chartData = chartTable(cohorts, `cohortChartData${amountWord}`, margin);
    if (chartData.rows.length > 0) {
      tables.push(chartData);
      charts.push({
        id: "cohortChart",
        kind: "line",
        title: `cohortChart${amountWord}`,
        table: chartData.id,
        categoryColumn: "periodsSinceAcquisition",
        valueColumns: chartData.columns.slice(1).map((column) => column.key),
      });
    }
  }
  return {
    id: "cohorts",
    lead: cohortSentences(analysis, cohorts, margin),
    tables,
    charts,
    notes: [
      ...(projection && projection.periods > 0 ? ["note_cohortProjected"] : []),
      ...(table.lastPeriodComplete ? [] : ["note_cohortIncomplete"]),
      "note_cohortDefinitions",
      "note_cohortPurchases",
      ...(charts.length > 0 && table.cohorts.length > CHART_COHORTS ? ["note_cohortChartSample"] : []),
    ],
  };
}
