import type { BgNbdParameters } from "./bgnbdParameters";
import { conditionalExpectedPurchases } from "./expectedPurchases";
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
  groups: HoldoutGroup[];
}

/** Calibration purchases 0 … 6 get a group each; the last group is "7+" as in FHL 2005 Figure 4. */
const LAST_GROUP = 7;

/**
 * The holdout check: fit on a calibration period, then compare the predicted repeat purchases in the following
 * holdout period, E[Y(t*) | x, t_x, T] (FHL 2005 eq. 10), with what the customers actually did — in total and by
 * number of calibration-period repeat purchases 0, 1, …, 7+ (Fader, Hardie & Lee 2005, Figure 4), with mean
 * absolute errors. `holdoutLength` is t* in the history's unit: one number for everybody, or one per customer.
 * @example holdoutCheck(fit.parameters, calibrationHistory, actualHoldoutPurchases, 39).groups[0] // customers with x = 0
 */
export function holdoutCheck(
  parameters: BgNbdParameters,
  calibration: PurchaseHistory,
  actualPurchases: Float64Array,
  holdoutLength: number | Float64Array,
): HoldoutReport {
  const count = checkPurchaseHistory(calibration);
  if (actualPurchases.length !== count) throw new RangeError("actualPurchases must have one entry per customer");
  if (typeof holdoutLength !== "number" && holdoutLength.length !== count) {
    throw new RangeError("holdoutLength must be one number or have one entry per customer");
  }
  const groupCustomers = new Float64Array(LAST_GROUP + 1);
  const groupPredicted = new Float64Array(LAST_GROUP + 1);
  const groupActual = new Float64Array(LAST_GROUP + 1);
  let predictedTotal = 0;
  let actualTotal = 0;
  let absoluteErrors = 0;
  for (let i = 0; i < count; i += 1) {
    const length = typeof holdoutLength === "number" ? holdoutLength : holdoutLength[i];
    const predicted = conditionalExpectedPurchases(parameters, calibration.frequency[i], calibration.recency[i], calibration.T[i], length);
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
  for (let group = 0; group <= LAST_GROUP; group += 1) {
    const customers = groupCustomers[group];
    if (customers === 0) continue;
    const predictedMean = groupPredicted[group] / customers;
    const actualMean = groupActual[group] / customers;
    groups.push({ calibrationPurchases: group, andMore: group === LAST_GROUP, customers, predictedMean, actualMean });
    groupErrors += abs(predictedMean - actualMean);
  }
  return {
    customers: count,
    predictedTotal,
    actualTotal,
    relativeError: actualTotal > 0 ? (predictedTotal - actualTotal) / actualTotal : null,
    meanAbsoluteError: count > 0 ? absoluteErrors / count : 0,
    groupMeanAbsoluteError: groups.length > 0 ? groupErrors / groups.length : 0,
    groups,
  };
}
