import type { PurchaseAnalysis } from "./analyzeTransactions";

/**
 * Average CLV of a run: the value of the existing customers ÷ the customers analysed (new customers excluded), or
 * undefined when there are none. One definition for the Overview sheet and the pane's Results step, so the two
 * always show the same figure.
 *
 * Source: customer equity (docs/ARCHITECTURE.md, "Models"): average CLV × existing customers is their part.
 * @example averageClv(analyzeTransactions(cdnowLog, settings)) // existing customers' value ÷ 2,357
 */
export function averageClv(analysis: PurchaseAnalysis): number | undefined {
  const { kpis, value } = analysis;
  return kpis.customers > 0 ? value.customerEquity.existingCustomersValue / kpis.customers : undefined;
}
