import { CodedError } from "../codedError";
import type { AnalysisSupport } from "../read/analysisSupport";

/**
 * The parameters of each reason a per-customer table cannot be summarized for the models. Customers are named
 * by their id in the table; days are days since 1970-01-01 UTC.
 */
export interface CustomerTableErrorParameters {
  /** The table lacks facts the predictive CLV needs (purchase count, first and last purchase, amounts). */
  missingFacts: { support: Extract<AnalysisSupport, { supported: false }> };
  /** No customer in the table has a purchase, so there is no last purchase to end the observation at. */
  noPurchases: Record<string, never>;
  /** A customer's last purchase is after the observation end: a table's totals cannot be cut at an earlier day. */
  purchaseAfterObservationEnd: { customer: string; lastPurchaseDay: number; observationEndDay: number };
  /** A customer with one purchase has different first and last purchase dates. */
  onePurchaseTwoDates: { customer: string; firstPurchaseDay: number; lastPurchaseDay: number };
}

/**
 * The kinds of CustomerTableError.
 */
export type CustomerTableErrorCode = keyof CustomerTableErrorParameters;

/**
 * A per-customer table that cannot go through the models, described structurally so the pane and the CLI can
 * word it (src/i18n/customerTableMessages.ts renders it in en/da/sv; `missingFacts` through renderAnalysisSupport).
 * @example new CustomerTableError("onePurchaseTwoDates", { customer: "Anna", firstPurchaseDay: 19753, lastPurchaseDay: 19800 })
 */
export class CustomerTableError<Code extends CustomerTableErrorCode = CustomerTableErrorCode> extends CodedError<CustomerTableErrorParameters, Code> {
  override readonly name = "CustomerTableError";
}
