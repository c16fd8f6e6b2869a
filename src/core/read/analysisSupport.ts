import type { TransactionLog } from "../transactionLog";
import type { CustomerTable } from "./customerTable";

/**
 * The analyses the add-in offers on purchase data:
 * - `segments`: RFM scores and the R×F segment map (needs each customer's last purchase and purchase count);
 * - `valueTiers`: loyal customers, potential big spenders, one-time buyers (needs purchase counts);
 * - `historicalValue`: revenue per customer so far (needs amounts);
 * - `simpleClv`: the article's CLV, amount per purchase × purchases per year × lifetime (needs counts and amounts);
 * - `bgnbd`: the BG/NBD purchase model (needs purchase count, first and last purchase: frequency and recency);
 * - `gammaGamma`: the spend model (needs purchase count and amounts);
 * - `predictiveClv`: BG/NBD × Gamma-Gamma (needs all four).
 */
export type Analysis = "segments" | "valueTiers" | "historicalValue" | "simpleClv" | "bgnbd" | "gammaGamma" | "predictiveClv";

/**
 * What an analysis needs to know about each customer.
 */
export type CustomerFact = "purchaseCount" | "amounts" | "firstPurchase" | "lastPurchase";

/**
 * Whether an analysis can run on the data, and if not, which facts the data lacks.
 */
export type AnalysisSupport =
  | { analysis: Analysis; supported: true }
  | { analysis: Analysis; supported: false; missing: CustomerFact[] };

/**
 * The facts each analysis needs.
 * @example analysisNeeds.segments // ["purchaseCount", "lastPurchase"]
 */
export const analysisNeeds: Readonly<Record<Analysis, readonly CustomerFact[]>> = {
  segments: ["purchaseCount", "lastPurchase"],
  valueTiers: ["purchaseCount"],
  historicalValue: ["amounts"],
  simpleClv: ["purchaseCount", "amounts"],
  bgnbd: ["purchaseCount", "firstPurchase", "lastPurchase"],
  gammaGamma: ["purchaseCount", "amounts"],
  predictiveClv: ["purchaseCount", "firstPurchase", "lastPurchase", "amounts"],
};

const analyses = Object.keys(analysisNeeds) as Analysis[];

/**
 * What the facts are read from: purchase data as read, or just its log or table (analyzeCustomerTable has only
 * the table).
 */
export type FactSource =
  | { layout: "transactions"; log: Pick<TransactionLog, "hasAmounts"> }
  | { layout: "customerTable"; table: CustomerTable };

/**
 * The facts the data gives about each customer: a transaction log gives them all (amounts only with an
 * amount column); a per-customer table gives those it has columns for.
 * @example availableFacts(readPurchaseData([["Kunde", "Antal køb"], ["Anna", 3]])) // ["purchaseCount"]
 */
export function availableFacts(data: FactSource): CustomerFact[] {
  if (data.layout === "transactions") {
    return data.log.hasAmounts ? ["purchaseCount", "amounts", "firstPurchase", "lastPurchase"] : ["purchaseCount", "firstPurchase", "lastPurchase"];
  }
  const { table } = data;
  const facts: CustomerFact[] = [];
  if (table.purchases) facts.push("purchaseCount");
  if (table.revenue || table.averageAmount) facts.push("amounts");
  if (table.firstDay) facts.push("firstPurchase");
  if (table.lastDay) facts.push("lastPurchase");
  return facts;
}

/**
 * Whether each analysis can run on the data; an unsupported one lists the missing facts, which
 * src/i18n/rowProblems.ts turns into a sentence (e.g. "The table has no first or last purchase dates, so
 * recency cannot be computed; BG/NBD needs a transaction log or first and last purchase dates.").
 * @example supportedAnalyses(readPurchaseData([["Kundenavn", "Købsbeløb", "Antal køb"], ["Anna", 500, 2]]))
 * // [{ analysis: "segments", supported: false, missing: ["lastPurchase"] }, { analysis: "historicalValue", supported: true }, …]
 */
export function supportedAnalyses(data: FactSource): AnalysisSupport[] {
  const facts = new Set(availableFacts(data));
  return analyses.map((analysis) => {
    const missing = analysisNeeds[analysis].filter((fact) => !facts.has(fact));
    return missing.length === 0 ? { analysis, supported: true } : { analysis, supported: false, missing };
  });
}
