import { averageClv } from "../core/analysis/averageClv";
import type { PurchaseAnalysis } from "../core/analysis/analyzeTransactions";
import type { ClvMethod } from "../core/models/customerValue";
import type { ModelUnavailableReason, PurchaseModelName } from "../core/models/modelUnavailable";
import type { PurchaseModelChoice } from "../core/models/purchaseModelChoice";
import { methodNotes } from "../core/report/buildReport";

/**
 * How well the model fits: the holdout check's predicted and actual repeat purchases, or why there is none.
 */
export type ModelFit =
  | { kind: "holdout"; predicted: number; actual: number; relativeError: number | null; calibrationEndDay: number; observationEndDay: number }
  | { kind: "unavailable"; reason: ModelUnavailableReason }
  | { kind: "off" }
  | { kind: "needsLog" };

/**
 * The figures the Results step shows, taken from the analysis exactly as the Overview sheet's key figures
 * (src/core/report/buildReport.ts): customers, customer equity with its 80 % interval (none for the simple
 * formula), average CLV = value of the existing customers ÷ customers, repeat purchase rate, the model fit, and the
 * Overview's notes on the CLV method and what another column would add.
 */
export interface HeadlineFigures {
  customers: number;
  customerEquity: number;
  equityLow?: number;
  equityHigh?: number;
  averageClv: number | undefined;
  repeatPurchaseRate: number;
  method: ClvMethod;
  /** The purchase model used and why it was chosen (null: none, the simple formula). */
  purchaseModel: { name: PurchaseModelName; by: PurchaseModelChoice["by"] } | null;
  /** Report label keys (methodNotes): which method produced the CLV, and what the next column would unlock. */
  methodNotes: string[];
  fit: ModelFit;
}

/**
 * The Results step's figures of an analysis; `layout` tells an unrequested holdout from one a table cannot have.
 * @example headlineFigures(analyzeTransactions(log, settings), "transactions").customers // 2357
 */
export function headlineFigures(analysis: PurchaseAnalysis, layout: "transactions" | "customerTable"): HeadlineFigures {
  const { kpis, value, holdout, summary } = analysis;
  const equity = value.customerEquity;
  let fit: ModelFit;
  if (holdout?.ok) {
    const { report } = holdout;
    fit = {
      kind: "holdout",
      predicted: report.predictedTotal,
      actual: report.actualTotal,
      relativeError: report.relativeError,
      calibrationEndDay: holdout.calibrationEndDay,
      observationEndDay: summary.observationEndDay,
    };
  } else if (holdout) fit = { kind: "unavailable", reason: holdout.reason };
  else fit = layout === "customerTable" ? { kind: "needsLog" } : { kind: "off" };
  return {
    customers: kpis.customers,
    customerEquity: equity.value,
    equityLow: "low" in equity ? equity.low : undefined,
    equityHigh: "high" in equity ? equity.high : undefined,
    averageClv: averageClv(analysis),
    repeatPurchaseRate: kpis.repeatPurchaseRate,
    method: value.method,
    purchaseModel: value.modelChoice.chosen === null ? null : { name: value.modelChoice.chosen, by: value.modelChoice.by },
    methodNotes: methodNotes(analysis),
    fit,
  };
}
