import { InputError } from "../inputError";
import { daysPerUnit, type TimeUnit, type TransactionLog } from "../transactionLog";
import { customerDayOrder } from "./customerDayOrder";
import { summarizeCustomers, type CustomerSummary } from "./customerSummary";
import { lastDayInLog } from "./lastDayInLog";
import { countPurchaseDays } from "./purchaseDay";

/** Options of holdoutSplit. */
export interface HoldoutOptions {
  timeUnit: TimeUnit;
  /** Last day of the calibration period, inclusive (days since 1970-01-01 UTC). */
  calibrationEndDay: number;
  /** Last day of the holdout period, inclusive. Default: the last day in the log. */
  observationEndDay?: number;
}

/** A calibration summary and what the calibration customers actually did in the holdout period. */
export interface HoldoutSplit {
  /** summarizeCustomers as of calibrationEndDay: the data the model is fitted on. */
  calibration: CustomerSummary;
  calibrationEndDay: number;
  observationEndDay: number;
  /** Length of the holdout period (calibrationEnd, observationEnd] in the time unit: the horizon to predict. */
  holdoutLength: number;
  /**
   * Per customer (log index): purchase days in (calibrationEnd, observationEnd], all of them repeat purchases.
   * 0 for customers not in the calibration summary (their first purchase is in the holdout, or never).
   */
  holdoutPurchases: Int32Array;
}

/**
 * Splits a log at a calibration end day for the holdout check (predicted vs actual repeat purchases):
 * the calibration summary (everything on or before calibrationEndDay) and, per calibration customer, the
 * number of distinct purchase days in the holdout period (calibrationEnd, observationEnd], counted with the
 * same same-day netting rule as the summary (isPurchaseDay). Rows after the observation end are ignored.
 * The rows are sorted once for both parts. Throws an InputError `mustNotExceed` when the calibration end
 * is after the observation end (an equal day gives an empty holdout of length 0).
 *
 * Source: the calibration/holdout validation of Fader, Hardie & Lee (2005), §5 (lifetimes'
 * calibration_and_holdout_data).
 * @example holdoutSplit(log, { timeUnit: "week", calibrationEndDay: Date.UTC(1997, 8, 30) / 86400000 })
 * // CDNOW: calibration summary to 1997-09-30, holdout to 1998-06-30 (39 weeks), actual repeat purchases per customer
 */
export function holdoutSplit(log: TransactionLog, options: HoldoutOptions): HoldoutSplit {
  const order = customerDayOrder(log);
  const observationEndDay = options.observationEndDay ?? lastDayInLog(log);
  if (options.calibrationEndDay > observationEndDay) {
    throw new InputError("mustNotExceed", "calibrationEndDay", {
      value: options.calibrationEndDay,
      limit: observationEndDay,
      limitArgument: "observationEndDay",
    });
  }
  const calibration = summarizeCustomers(log, { timeUnit: options.timeUnit, observationEndDay: options.calibrationEndDay, order });
  const customers = log.customerIds.length;
  const holdoutPurchases = new Int32Array(customers);
  const { start, day } = order;
  for (let index = 0; index < customers; index += 1) {
    if (calibration.included[index] === 0) continue;
    const to = start[index + 1];
    let from = start[index];
    while (from < to && day[from] <= options.calibrationEndDay) from += 1;
    let until = from;
    while (until < to && day[until] <= observationEndDay) until += 1;
    holdoutPurchases[index] = countPurchaseDays(order, log.hasAmounts, from, until);
  }
  return {
    calibration,
    calibrationEndDay: options.calibrationEndDay,
    observationEndDay,
    holdoutLength: (observationEndDay - options.calibrationEndDay) / daysPerUnit[options.timeUnit],
    holdoutPurchases,
  };
}
