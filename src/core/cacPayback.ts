import { finiteResult, requireFraction, requireNonNegative, requirePositive } from "./argumentChecks";

export interface CacPaybackInput {
  /** Customer acquisition cost per new customer, in any currency (≥ 0). */
  acquisitionCost: number;
  /** Revenue per customer per month, in the same currency (> 0). */
  monthlyRevenuePerCustomer: number;
  /** Gross margin as a fraction, 0.4 = 40 % (> 0 and at most 1). */
  grossMargin: number;
}

/**
 * CAC payback period: the months of gross margin it takes to recover the cost of acquiring a customer,
 * acquisitionCost / (monthlyRevenuePerCustomer × grossMargin). Not rounded up to whole months.
 *
 * Source: Skok, "SaaS Metrics 2.0 – A Guide to Measuring and Improving What Matters" (forEntrepreneurs.com):
 * months to recover CAC = CAC / (MRR per customer × gross margin %).
 * @example cacPaybackMonths({ acquisitionCost: 600, monthlyRevenuePerCustomer: 100, grossMargin: 0.4 }) // 600/(100 × 0.4) = 15
 */
export function cacPaybackMonths(input: CacPaybackInput): number {
  const acquisitionCost = requireNonNegative(input.acquisitionCost, "acquisitionCost");
  const monthlyRevenuePerCustomer = requirePositive(input.monthlyRevenuePerCustomer, "monthlyRevenuePerCustomer");
  const grossMargin = requirePositive(requireFraction(input.grossMargin, "grossMargin"), "grossMargin");
  // Nothing to recover; also keeps 0/0 out when a minute revenue × margin underflows to 0.
  if (acquisitionCost === 0) return 0;
  return finiteResult(acquisitionCost / (monthlyRevenuePerCustomer * grossMargin), [
    "acquisitionCost",
    "monthlyRevenuePerCustomer",
    "grossMargin",
  ]);
}
