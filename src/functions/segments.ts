/*
 * Worksheet functions for RFM segments: KV.RFMSCORE spills the R, F and M scores of each row and KV.SEGMENT
 * names each row's segment in the user's Office display language. Scores are quintiles of the rows given
 * (the engine's quintileCuts: ties share a score; R on days since the last purchase, fewer days = 5; F on
 * purchases; M on revenue). KV.SEGMENT also takes three single scores 1–5 and names their segment.
 */
import { InputError } from "../core/inputError";
import { defaultSegmentRules } from "../core/segments/defaultSegmentMap";
import { quintileCuts, quintileScores } from "../core/segments/quintileScores";
import { NO_SEGMENT, segmentForScores, segmentLookup } from "../core/segments/segmentRules";
import { defaultValueTierRules, type ValueTierId, type ValueTierRule } from "../core/segments/valueTiers";
import type { Language } from "../i18n/language";
import { type SegmentId, segmentLabel } from "../i18n/segmentLabels";
import { requiredNumber } from "./arguments";
import { displayLanguage } from "./errors";
import { argumentPlaces, isAcross } from "./argumentPlaces";
import { alignedColumns, excelMatrix, isBlankValue, numberColumn } from "./ranges";

type Scheme = "rfm" | "value";

const schemeNames: Record<string, Scheme> = { rfm: "rfm", value: "value", "værdi": "value", "värde": "value" };

function schemeArgument(value: unknown): Scheme {
  if (isBlankValue(value)) return "rfm";
  const scheme = typeof value === "string" ? schemeNames[value.trim().toLowerCase()] : undefined;
  if (scheme === undefined) {
    throw new InputError("unknownChoice", "scheme", { value: typeof value === "string" || typeof value === "boolean" ? value : undefined, choices: '"rfm", "value"' });
  }
  return scheme;
}

/** The R, F, M and average-order-value scores of each row against the rows' own quintiles. */
interface RowScores {
  purchases: Float64Array;
  recency: Uint8Array;
  frequency: Uint8Array;
  monetary: Uint8Array;
  orderValue: Uint8Array;
}

/**
 * The scores of each row; without recency (a per-customer table without dates, for the value tiers) every R score
 * is 0, not scored.
 */
function rowScores(recency: unknown, frequency: unknown, monetary: unknown): RowScores {
  if (recency === undefined) {
    const [frequencyCells, monetaryCells] = alignedColumns([["frequency", frequency], ["monetary", monetary]]);
    const scores = scoresOf(new Float64Array(frequencyCells.length), numberColumn(frequencyCells, "frequency", isAcross(frequency)), numberColumn(monetaryCells, "monetary", isAcross(monetary)));
    return { ...scores, recency: new Uint8Array(scores.recency.length) };
  }
  const [recencyCells, frequencyCells, monetaryCells] = alignedColumns([["recency", recency], ["frequency", frequency], ["monetary", monetary]]);
  return scoresOf(
    numberColumn(recencyCells, "recency", isAcross(recency)),
    numberColumn(frequencyCells, "frequency", isAcross(frequency)),
    numberColumn(monetaryCells, "monetary", isAcross(monetary)),
  );
}

/** The quintile scores of the days since the last purchase, purchases, revenue and average order value of each row. */
function scoresOf(days: Float64Array, purchases: Float64Array, revenue: Float64Array): RowScores {
  const orderValue = Float64Array.from(revenue, (value, row) => (purchases[row] > 0 ? value / purchases[row] : value));
  const scores = (values: Float64Array, direction: "higherIsBetter" | "lowerIsBetter"): Uint8Array => quintileScores(values, quintileCuts(values, direction));
  return {
    purchases,
    recency: scores(days, "lowerIsBetter"),
    frequency: scores(purchases, "higherIsBetter"),
    monetary: scores(revenue, "higherIsBetter"),
    orderValue: scores(orderValue, "higherIsBetter"),
  };
}

/** The first value tier whose conditions hold (P(alive) conditions are skipped: it is not known here). */
function valueTier(rules: readonly ValueTierRule<ValueTierId>[], purchases: number, frequencyScore: number, orderValueScore: number): ValueTierId {
  const within = (value: number, low?: number, high?: number): boolean => (low === undefined || value >= low) && (high === undefined || value <= high);
  const rule = rules.find(
    (candidate) =>
      within(purchases, candidate.minPurchases, candidate.maxPurchases) &&
      within(frequencyScore, candidate.minFrequencyScore, candidate.maxFrequencyScore) &&
      within(orderValueScore, candidate.minOrderValueScore, candidate.maxOrderValueScore),
  );
  return (rule ?? rules[rules.length - 1]).tier;
}

/** The default R × F map compiled to its 125 score cells (a million rows are a million array reads). */
const defaultSegmentLookup = segmentLookup(defaultSegmentRules);

/** The segment of the scores 1–5 under the default map (which covers every cell; "hibernating" would be its fallback). */
function segmentOfCell(r: number, f: number, m: number): SegmentId {
  const code = defaultSegmentLookup.cell[(r - 1) * 25 + (f - 1) * 5 + (m - 1)];
  return code === NO_SEGMENT ? "hibernating" : defaultSegmentLookup.segments[code];
}

function label(segment: SegmentId, language: Language): string {
  return segmentLabel(language, segment).name;
}

function singleScore(value: unknown, argument: string): number {
  const score = requiredNumber(value, argument);
  if (!Number.isInteger(score) || score < 1 || score > 5) throw new InputError("scoreOutOfRange", argument, { value: score, row: 1 });
  return score;
}

function isSingle(value: unknown): boolean {
  return !Array.isArray(value) || (value.length === 1 && (!Array.isArray(value[0]) || value[0].length === 1));
}

function singleValue(value: unknown): unknown {
  return Array.isArray(value) ? (Array.isArray(value[0]) ? value[0][0] : value[0]) : value;
}

/**
 * Segment of each customer: from columns of days since last purchase, purchases and revenue (scored by quintiles of the rows), or from three single scores 1–5.
 * @customfunction SEGMENT
 * @helpurl https://localhost:3000/functions.html#kv.segment
 * @param recency Days since the last purchase per customer (a range), or a single R score 1–5. May be left empty for the value tiers.
 * @param frequency Number of purchases per customer (a range), or a single F score 1–5.
 * @param monetary Revenue per customer (a range), or a single M score 1–5.
 * @param scheme "rfm" for the R × F segment map or "value" for the value tiers. Omitted: "rfm".
 * @param invocation The addresses of the ranges, so that a message names the sheet cell.
 * @returns The segment name of each customer in your Office language (spills for ranges).
 * @requiresParameterAddresses
 */
export function SEGMENT(recency: any[][], frequency: any[][], monetary: any[][], scheme?: any, invocation?: CustomFunctions.Invocation): string[][] {
  const places = argumentPlaces(invocation, [["recency", recency], ["frequency", frequency], ["monetary", monetary], ["scheme", scheme]]);
  return excelMatrix(() => {
    const chosen = schemeArgument(scheme);
    // The value tiers need no recency: a per-customer table without dates (purchases, revenue) is enough.
    const withoutRecency = isBlankValue(singleValue(recency)) && !isSingle(frequency);
    if (withoutRecency && chosen === "rfm") throw new InputError("required", "recency", {});
    if (withoutRecency) {
      const scores = rowScores(undefined, frequency, monetary);
      const language = displayLanguage();
      return Array.from(scores.frequency, (f, row) => [label(valueTier(defaultValueTierRules, scores.purchases[row], f, scores.orderValue[row]), language)]);
    }
    if (isSingle(recency) && isSingle(frequency) && isSingle(monetary)) {
      const r = singleScore(singleValue(recency), "recency");
      const f = singleScore(singleValue(frequency), "frequency");
      const m = singleScore(singleValue(monetary), "monetary");
      // With scores only, the value tiers read F = 1 as a single purchase and M as the order-value score.
      const segment = chosen === "rfm" ? segmentForScores(defaultSegmentRules, { r, f }) : valueTier(defaultValueTierRules, f === 1 ? 1 : 2, f, m);
      return [[label(segment ?? "hibernating", displayLanguage())]];
    }
    const scores = rowScores(recency, frequency, monetary);
    const language = displayLanguage();
    return Array.from(scores.recency, (r, row) => {
      const f = scores.frequency[row];
      const segment =
        chosen === "rfm"
          ? segmentOfCell(r, f, scores.monetary[row])
          : valueTier(defaultValueTierRules, scores.purchases[row], f, scores.orderValue[row]);
      return [label(segment, language)];
    });
  }, places);
}

/**
 * R, F and M scores 1–5 of each customer, by quintiles of the customers given.
 * @customfunction RFMSCORE
 * @helpurl https://localhost:3000/functions.html#kv.rfmscore
 * @param recency Range with the days since the last purchase of each customer (fewer days score higher).
 * @param frequency Range with the number of purchases of each customer, as long as recency.
 * @param monetary Range with the revenue of each customer, as long as recency.
 * @param invocation The addresses of the ranges, so that a message names the sheet cell.
 * @returns Three columns R, F, M, one row per customer.
 * @requiresParameterAddresses
 */
export function RFMSCORE(recency: any[][], frequency: any[][], monetary: any[][], invocation?: CustomFunctions.Invocation): number[][] {
  const places = argumentPlaces(invocation, [["recency", recency], ["frequency", frequency], ["monetary", monetary]]);
  return excelMatrix(() => {
    const scores = rowScores(recency, frequency, monetary);
    return Array.from(scores.recency, (r, row) => [r, scores.frequency[row], scores.monetary[row]]);
  }, places);
}
