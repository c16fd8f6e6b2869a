import { analyzeCustomerValue, type CustomerValueAnalysis } from "../core/models/customerValue";
import { assignSegments } from "../core/segments/assignSegments";
import { defaultSegmentRules } from "../core/segments/defaultSegmentMap";
import { rfmScores } from "../core/segments/rfmScores";
import { aggregateSegments } from "../core/segments/segmentAggregates";
import type { CustomerSummary } from "../core/summary/customerSummary";
import type { ModelInput } from "../core/summary/modelInput";

/** The benchmark's model stage: both fits, P(alive), expected purchases, CLV over 12 months with 80 % intervals, equity. */
export function customerValueStage(history: ModelInput): { history: ModelInput; value: CustomerValueAnalysis } {
  const value = analyzeCustomerValue(history, { timeUnit: "day", horizonMonths: 12, annualDiscountRate: 0.1, grossMargin: 1, newCustomers: 0 });
  return { history, value };
}

/** The benchmark's segment stage: RFM scores, the default R×F map and per-segment figures with CLV and P(alive). */
export function segmentStage(summary: CustomerSummary, { history, value }: { history: ModelInput; value: CustomerValueAnalysis }) {
  const customers = summary.customerIds.length;
  const clv = new Float64Array(customers);
  const pAlive = new Float64Array(customers);
  for (let k = 0; k < history.customerIndex.length; k += 1) {
    clv[history.customerIndex[k]] = value.customers.clv[k];
    pAlive[history.customerIndex[k]] = value.customers.probabilityAlive?.[k] ?? 0;
  }
  const segments = assignSegments(rfmScores(summary), defaultSegmentRules);
  return aggregateSegments(segments, summary, { clv, pAlive });
}
