/*
 * Worksheet functions for subscriptions (contract renewals) with the shifted-beta-geometric model (Fader & Hardie
 * 2007): KV.SBG fits it and spills its labelled parameters (2 columns: name, value); KV.SBGSURVIVAL, KV.SBGRETENTION
 * and KV.SBGRESIDUALVALUE read that range back (by label, in either orientation) and answer for one period or
 * customer, or spill one value per cell of a column. Fits are cached by the content of their input rows (fitCache).
 */
import { finiteResult, requireFraction, requireNonNegative } from "../core/argumentChecks";
import { InputError } from "../core/inputError";
import { yesNoFlag } from "../core/subscriptions/activeFlag";
import { fitShiftedBetaGeometric } from "../core/models/fitShiftedBetaGeometric";
import { checkPeriodsStayed, sbgDataFromCustomers, sbgDataFromSurvivors } from "../core/models/sbgData";
import type { SbgParameters } from "../core/models/sbgParameters";
import { sbgDiscountedResidualLifetime, sbgRetentionRate, sbgSurvival } from "../core/models/sbgPredictions";
import { optionalNumber, requiredNumber } from "./arguments";
import { argumentPlaces, isAcross } from "./argumentPlaces";
import { checkRows, PositionedInputError } from "./errors";
import { contentKey } from "./fitCache";
import { fitUnlessPreview } from "./valuePreview";
import { labelledValues } from "./labelledParameters";
import { alignedColumns, excelMatrix, isBlankValue, numberColumn, wholeNumberColumn } from "./ranges";

const DATA = "periodsOrSurvivors";

/** The `active` column as 1 (still active) / 0 (cancelled); a cell that says neither is `notYesNo` at its position. */
function activeColumn(cells: readonly unknown[]): Uint8Array {
  return Uint8Array.from(cells, (cell, index) => {
    const flag = yesNoFlag(cell);
    if (flag !== undefined) return flag ? 1 : 0;
    const value = isBlankValue(cell) ? "" : typeof cell === "string" || typeof cell === "boolean" ? cell : String(cell);
    throw new PositionedInputError(new InputError("notYesNo", "active", { value }), index + 1);
  });
}

/**
 * Fits the sBG model of contract renewals and spills its parameters with labels.
 * @customfunction SBG
 * @helpurl https://localhost:3000/functions.html#kv.sbg
 * @param periodsOrSurvivors With active: each customer's periods stayed (a whole number ≥ 1). Without active: one cohort's survivors, the customers still active at the start of periods 0, 1, 2, … (whole numbers that never grow).
 * @param active Per customer, TRUE if still active, FALSE if cancelled (also 1/0, yes/no), as long as periodsOrSurvivors. Omitted: periodsOrSurvivors is a survivors curve.
 * @param invocation The addresses of the ranges, so that a message names the sheet cell.
 * @returns 4 rows of name and value: alpha, beta, logLikelihood, customers.
 * @requiresParameterAddresses
 */
export function SBG(periodsOrSurvivors: any[][], active?: any[][], invocation?: CustomFunctions.Invocation): any[][] {
  const places = argumentPlaces(invocation, [[DATA, periodsOrSurvivors], ["active", active]]);
  return excelMatrix<string | number>(() => {
    const perCustomer = !isBlankValue(active);
    const cells = perCustomer ? alignedColumns([[DATA, periodsOrSurvivors], ["active", active]]) : alignedColumns([[DATA, periodsOrSurvivors]]);
    const fit = fitUnlessPreview(contentKey(["SBG", ...cells]), () => {
      const across = isAcross(periodsOrSurvivors);
      if (perCustomer) {
        const values = numberColumn(cells[0], DATA, across);
        checkRows(values.length, (end) => checkPeriodsStayed(values.subarray(0, end), DATA));
        return fitShiftedBetaGeometric(sbgDataFromCustomers(values, activeColumn(cells[1]), DATA), { argument: DATA });
      }
      // Checked here, so that the message names the cell; a count above the one before is named by its period.
      return fitShiftedBetaGeometric(sbgDataFromSurvivors(wholeNumberColumn(cells[0], DATA, across, 0), DATA), { argument: DATA });
    }, invocation);
    return [
      ["alpha", fit.parameters.alpha],
      ["beta", fit.parameters.beta],
      ["logLikelihood", fit.logLikelihood],
      ["customers", fit.customers],
    ];
  }, places);
}

/** sBG parameters from a range spilled by KV.SBG. */
function sbgArgument(value: unknown): SbgParameters {
  const pairs = labelledValues(value);
  const names = ["alpha", "beta"] as const;
  const missing = names.filter((name) => {
    const number = pairs.get(name);
    return typeof number !== "number" || !(number > 0) || !Number.isFinite(number);
  });
  if (missing.length > 0) throw new InputError("sbgParametersMalformed", "sbgParameters", { missing: missing.join(", ") });
  return { alpha: pairs.get("alpha") as number, beta: pairs.get("beta") as number };
}

/** The whole numbers (each ≥ `minimum`, 0 or 1) of a one-column argument: one value or a range; see wholeNumberColumn. */
function wholeNumberArgument(value: unknown, argument: string, minimum: 0 | 1): Float64Array {
  const [cells] = alignedColumns([[argument, value]]);
  return wholeNumberColumn(cells, argument, isAcross(value), minimum);
}

/** One value per row as a one-column spill. */
function spilled(values: Float64Array): number[][] {
  return Array.from(values, (value) => [value]);
}

/**
 * The share of a cohort still active after a number of periods, under a fitted sBG model.
 * @customfunction SBGSURVIVAL
 * @helpurl https://localhost:3000/functions.html#kv.sbgsurvival
 * @param period Periods from the start (a whole number ≥ 0): one value, or a range with one per row.
 * @param sbgParameters The range KV.SBG spilled (labels and values).
 * @param invocation The addresses of the ranges, so that a message names the sheet cell.
 * @returns S(period), from 0 to 1, one per period (spills for ranges).
 * @requiresParameterAddresses
 */
export function SBGSURVIVAL(period: any[][], sbgParameters: any[][], invocation?: CustomFunctions.Invocation): number[][] {
  const places = argumentPlaces(invocation, [["period", period], ["sbgParameters", sbgParameters]]);
  return excelMatrix(() => {
    const parameters = sbgArgument(sbgParameters);
    return spilled(wholeNumberArgument(period, "period", 0).map((t) => sbgSurvival(parameters, t)));
  }, places);
}

/**
 * The retention rate of a period under a fitted sBG model: the share of the customers active in the period before who renew into it.
 * @customfunction SBGRETENTION
 * @helpurl https://localhost:3000/functions.html#kv.sbgretention
 * @param period The period (a whole number ≥ 1; 1 = the first renewal): one value, or a range with one per row.
 * @param sbgParameters The range KV.SBG spilled (labels and values).
 * @param invocation The addresses of the ranges, so that a message names the sheet cell.
 * @returns The retention rate from 0 to 1, one per period (spills for ranges).
 * @requiresParameterAddresses
 */
export function SBGRETENTION(period: any[][], sbgParameters: any[][], invocation?: CustomFunctions.Invocation): number[][] {
  const places = argumentPlaces(invocation, [["period", period], ["sbgParameters", sbgParameters]]);
  return excelMatrix(() => {
    const parameters = sbgArgument(sbgParameters);
    return spilled(wholeNumberArgument(period, "period", 1).map((t) => sbgRetentionRate(parameters, t)));
  }, places);
}

/**
 * The discounted expected value of a subscriber's future renewals under a fitted sBG model (DERL × value per period).
 * @customfunction SBGRESIDUALVALUE
 * @helpurl https://localhost:3000/functions.html#kv.sbgresidualvalue
 * @param renewals Renewals the customer has made so far (a whole number ≥ 0; 0 = in the first period): one value, or a range with one per customer.
 * @param sbgParameters The range KV.SBG spilled (labels and values).
 * @param discountRate Discount rate per period as a fraction, 0.1 = 10 %; 0 for none.
 * @param valuePerPeriod Margin a customer brings per period, in your currency (≥ 0). Omitted: 1, so the result counts discounted periods.
 * @param invocation The addresses of the ranges, so that a message names the sheet cell.
 * @returns The residual value of each customer, valued as they decide on their next renewal (spills for ranges).
 * @requiresParameterAddresses
 */
export function SBGRESIDUALVALUE(
  renewals: any[][],
  sbgParameters: any[][],
  discountRate: any,
  valuePerPeriod?: any,
  invocation?: CustomFunctions.Invocation,
): number[][] {
  const places = argumentPlaces(invocation, [["renewals", renewals], ["sbgParameters", sbgParameters], ["discountRate", discountRate], ["valuePerPeriod", valuePerPeriod]]);
  return excelMatrix(() => {
    const parameters = sbgArgument(sbgParameters);
    const rate = requireFraction(requiredNumber(discountRate, "discountRate"), "discountRate");
    const value = requireNonNegative(optionalNumber(valuePerPeriod, "valuePerPeriod") ?? 1, "valuePerPeriod");
    const byRenewals = new Map<number, number>();
    const lifetime = (count: number): number => {
      let periods = byRenewals.get(count);
      if (periods === undefined) {
        periods = sbgDiscountedResidualLifetime(parameters, count, rate);
        if (!Number.isFinite(periods)) throw new InputError("infiniteLifetime", "discountRate", { alpha: parameters.alpha });
        byRenewals.set(count, periods);
      }
      return periods;
    };
    return spilled(wholeNumberArgument(renewals, "renewals", 0).map((count) => finiteResult(value * lifetime(count), ["valuePerPeriod"])));
  }, places);
}
