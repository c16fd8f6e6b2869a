import type { BgNbdParameters } from "./bgnbdParameters";
import { modelConditionalExpectedPurchasesColumn, modelProbabilityAlive, modelPurchasesGivenAlive, type PurchaseModel } from "./purchaseModel";
import { checkPurchaseHistory, type PurchaseHistory } from "./purchaseHistory";
import { abs, min } from "../hotGlobals";

/** One row of the holdout table: customers with this many calibration-period repeat purchases. */
export interface HoldoutGroup {
  /** 0, 1, …, 7; the last group (`andMore` true) holds 7 or more. */
  calibrationPurchases: number;
  andMore: boolean;
  customers: number;
  /** Mean predicted and actual repeat purchases in the holdout period. */
  predictedMean: number;
  actualMean: number;
}

/** How well the model predicted the holdout period. */
export interface HoldoutReport {
  customers: number;
  predictedTotal: number;
  actualTotal: number;
  /** (predicted − actual) / actual; null when there were no actual purchases. */
  relativeError: number | null;
  /** Mean over customers of |predicted − actual|. */
  meanAbsoluteError: number;
  /** Mean over the non-empty groups of |predicted mean − actual mean| (the gap in FHL 2005 Figure 4). */
  groupMeanAbsoluteError: number;
  /** Σ over groups of |predicted total − actual total| / customers: the groups' misses weighted by their size. */
  groupWeightedError: number;
  groups: HoldoutGroup[];
}

/** Calibration purchases 0 … 6 get a group each; the last group is "7+" as in FHL 2005 Figure 4. */
const LAST_GROUP = 7;

/**
 * The holdout check: fit on a calibration period, then compare the predicted repeat purchases in the following
 * holdout period, E[Y(t*) | x, t_x, T] (FHL 2005 eq. 10), with what the customers actually did — in total and by
 * number of calibration-period repeat purchases 0, 1, …, 7+ (Fader, Hardie & Lee 2005, Figure 4), with mean
 * absolute errors. `holdoutLength` is t* in the history's unit: one number for everybody, or one per customer.
 * `model` is any purchase model, or BG/NBD parameters.
 * @example holdoutCheck(fit.parameters, calibrationHistory, actualHoldoutPurchases, 39).groups[0] // customers with x = 0
 */
export function holdoutCheck(
  model: PurchaseModel | BgNbdParameters,
  calibration: PurchaseHistory,
  actualPurchases: Float64Array,
  holdoutLength: number | Float64Array,
): HoldoutReport {
  const count = checkPurchaseHistory(calibration);
  if (actualPurchases.length !== count) throw new RangeError("actualPurchases must have one entry per customer");
  if (typeof holdoutLength !== "number" && holdoutLength.length !== count) {
    throw new RangeError("holdoutLength must be one number or have one entry per customer");
  }
  const purchaseModel: PurchaseModel = "name" in model ? model : { name: "bgnbd", parameters: model };
  const predictions = predictedHoldoutPurchases(purchaseModel, calibration, holdoutLength);
  const groupCustomers = new Float64Array(LAST_GROUP + 1);
  const groupPredicted = new Float64Array(LAST_GROUP + 1);
  const groupActual = new Float64Array(LAST_GROUP + 1);
  let predictedTotal = 0;
  let actualTotal = 0;
  let absoluteErrors = 0;
  for (let i = 0; i < count; i += 1) {
    const predicted = predictions[i];
    const actual = actualPurchases[i];
    const group = min(LAST_GROUP, calibration.frequency[i]);
    groupCustomers[group] += 1;
    groupPredicted[group] += predicted;
    groupActual[group] += actual;
    predictedTotal += predicted;
    actualTotal += actual;
    absoluteErrors += abs(predicted - actual);
  }
  const groups: HoldoutGroup[] = [];
  let groupErrors = 0;
  let groupTotalErrors = 0;
  for (let group = 0; group <= LAST_GROUP; group += 1) {
    const customers = groupCustomers[group];
    if (customers === 0) continue;
    const predictedMean = groupPredicted[group] / customers;
    const actualMean = groupActual[group] / customers;
    groups.push({ calibrationPurchases: group, andMore: group === LAST_GROUP, customers, predictedMean, actualMean });
    groupErrors += abs(predictedMean - actualMean);
    groupTotalErrors += abs(groupPredicted[group] - groupActual[group]);
  }
  return {
    customers: count,
    predictedTotal,
    actualTotal,
    relativeError: actualTotal > 0 ? (predictedTotal - actualTotal) / actualTotal : null,
    meanAbsoluteError: count > 0 ? absoluteErrors / count : 0,
    groupMeanAbsoluteError: groups.length > 0 ? groupErrors / groups.length : 0,
    groupWeightedError: count > 0 ? groupTotalErrors / count : 0,
    groups,
  };
}

/** E[Y(t*) | x, t_x, T] per customer, with one t* for everybody or one each. */
function predictedHoldoutPurchases(model: PurchaseModel, calibration: PurchaseHistory, holdoutLength: number | Float64Array): Float64Array {
  if (typeof holdoutLength === "number") return modelConditionalExpectedPurchasesColumn(model, calibration, holdoutLength);
  const { frequency, recency, T } = calibration;
  const out = new Float64Array(holdoutLength.length);
  for (let i = 0; i < out.length; i += 1) {
    out[i] = modelProbabilityAlive(model, frequency[i], recency[i], T[i]) * modelPurchasesGivenAlive(model, frequency[i], T[i], holdoutLength[i]);
  }
  return out;
}
