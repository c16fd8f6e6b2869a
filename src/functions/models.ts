/*
 * Worksheet functions for the predictive models: KV.BGNBD, KV.PURCHASEMODEL (BG/NBD, MBG/NBD or Pareto/NBD, from a
 * purchase log), KV.SUMMARYMODEL (the same, from per-customer or grouped summary columns) and KV.GAMMAGAMMA fit and
 * spill their labelled parameters (2 columns: name, value); KV.PALIVE, KV.EXPECTEDPURCHASES and KV.PREDICTEDCLV read those
 * spilled ranges back (by label, in either orientation) and answer for one customer or spill one value per
 * row of same-length columns. Fits are cached by the content of their input rows (fitCache). Each asks Excel
 * for its ranges' addresses, so that a message names the sheet cell or row (ArgumentPlaces).
 */
import { requireFraction, requireWholeNumber } from "../core/argumentChecks";
import { fitBgNbd } from "../core/models/fitBgNbd";
import { fitGammaGamma } from "../core/models/fitGammaGamma";
import type { GammaGammaParameters } from "../core/models/gammaGammaParameters";
import { clvSchedule } from "../core/models/clvSettings";
import { expectedSpendColumn } from "../core/models/expectedSpend";
import type { FitOutcome, ModelUnavailableReason, PurchaseModelName } from "../core/models/modelUnavailable";
import { predictModelClv } from "../core/models/predictiveClv";
import { fitPurchaseModel, modelConditionalExpectedPurchasesColumn, modelProbabilityAlive, type PurchaseModel, type PurchaseModelFit } from "../core/models/purchaseModel";
import { candidateFit, candidateModels, chooseAmong, sharedPreparation, type PurchaseModelCandidate, type PurchaseModelChoice, type PurchaseModelRequest } from "../core/models/purchaseModelChoice";
import { purchaseModelTrust } from "../core/models/purchaseModelTrust";
import { checkPurchaseHistory, type PurchaseHistory } from "../core/models/purchaseHistory";
import { InputError } from "../core/inputError";
import { summarizeCustomers } from "../core/summary/customerSummary";
import { modelInput } from "../core/summary/modelInput";
import type { TimeUnit } from "../core/transactionLog";
import { valueError } from "../excel/worksheetErrors";
import { renderModelUnavailable } from "../i18n/modelMessages";
import { optionalNumber, requiredNumber } from "./arguments";
import { checkRows, displayLanguage, PositionedInputError } from "./errors";
import { contentKey, type Checkpoint } from "./fitCache";
import { fitDeferredError, fitInStagesUnlessPreview, isValuePreview } from "./valuePreview";
import { argumentPlaces, isAcross } from "./argumentPlaces";
import { labelledValues } from "./labelledParameters";
import { alignedColumns, dateOrderArgument, dayOfSerial, excelMatrix, excelMatrixInStages, isBlankValue, isLeftOut, numberColumn, purchaseModelRequestArgument, timeUnitArgument, wholeNumberColumn } from "./ranges";
import { readTransactionColumns } from "./transactionColumns";

/**
 * The time units the model functions offer in Excel's AutoComplete; "uge"/"vecka" and "dag" are accepted too (timeUnitArgument).
 * @customenum {string}
 */
export enum TimeUnitOption {
  /** Weeks: recency, T and the model's time parameters (α, β) in weeks (the default). */
  week = "week",
  /** Days: recency, T and the model's time parameters (α, β) in days. */
  day = "day",
}

/**
 * The purchase models KV.PURCHASEMODEL and KV.SUMMARYMODEL offer in Excel's AutoComplete ("BG/NBD" and the like are accepted too).
 * @customenum {string}
 */
export enum PurchaseModelOption {
  /** The model with the highest log-likelihood (the BG/NBD unless another leads by 1 or more). */
  auto = "auto",
  /** BG/NBD (Fader, Hardie & Lee 2005). */
  bgnbd = "bgnbd",
  /** MBG/NBD (Batislam, Denizel & Filiztekin 2007). */
  mbgnbd = "mbgnbd",
  /** Pareto/NBD (Schmittlein, Morrison & Colombo 1987). */
  paretonbd = "paretonbd",
}

/** The fitted values or the model's failure, turned into #VALUE! with the reason in the user's language. */
function fitted<Fit>(outcome: FitOutcome<Fit>): Fit {
  if (outcome.ok) return outcome.fit;
  throw valueError(renderModelUnavailable(outcome.reason, displayLanguage()));
}

/**
 * Fits the BG/NBD purchase model to a transaction log and spills its parameters with labels.
 * @customfunction BGNBD
 * @helpurl https://localhost:3000/functions.html#kv.bgnbd
 * @param customers Range with the customer id of each purchase row.
 * @param dates Range with the date of each purchase row (dates or date text), as long as customers.
 * @param asOf End of the observation period, a date. Omitted: the last date in the data.
 * @param timeUnit "week" or "day": the unit of recency, T and α. Omitted: "week".
 * @param dateOrder "dmy" (day first) or "mdy" (month first) for text dates such as 03/04/2024. Omitted: a date with a day above 12 decides; if none does, the function asks for it.
 * @param invocation The addresses of the ranges, so that a message names the sheet row; Excel cancels a fit through it.
 * @returns 7 rows of name and value: r, alpha, a, b, logLikelihood, customers, timeUnit.
 * @requiresParameterAddresses
 * @cancelable
 */
export async function BGNBD(customers: any[][], dates: any[][], asOf?: any, timeUnit?: TimeUnitOption, dateOrder?: any, invocation?: CustomFunctions.CancelableInvocation): Promise<any[][]> {
  const places = argumentPlaces(invocation, [["customers", customers], ["dates", dates], ["asOf", asOf], ["timeUnit", timeUnit], ["dateOrder", dateOrder]]);
  return excelMatrixInStages<string | number>(async () => {
    const unit = timeUnitArgument(timeUnit, "timeUnit");
    const endDay = isBlankValue(asOf) ? undefined : dayOfSerial(asOf, "asOf");
    const order = dateOrderArgument(dateOrder, "dateOrder");
    // Keyed by the rows kept, so that the blank tail of a whole column is neither hashed nor part of the key.
    const [customerCells, dateCells] = alignedColumns([["customers", customers], ["dates", dates]]);
    const fit = await fitInStagesUnlessPreview(contentKey(["BGNBD", customerCells, dateCells, endDay ?? null, unit, order ?? null]), async (checkpoint) => {
      await checkpoint();
      const log = readTransactionColumns(customerCells, dateCells, undefined, { dateOrder: order, places });
      const summary = summarizeCustomers(log, { timeUnit: unit, observationEndDay: endDay });
      await checkpoint();
      return fitBgNbd(modelInput(summary));
    }, invocation);
    const { parameters, logLikelihood, customers: customerCount } = fitted(fit);
    return [
      ["r", parameters.r],
      ["alpha", parameters.alpha],
      ["a", parameters.a],
      ["b", parameters.b],
      ["logLikelihood", logLikelihood],
      ["customers", customerCount],
      ["timeUnit", unit],
    ];
  }, places);
}

/**
 * Fits a purchase model (BG/NBD, MBG/NBD or Pareto/NBD, or the one that fits best) to a transaction log and spills its parameters with labels.
 * @customfunction PURCHASEMODEL
 * @helpurl https://localhost:3000/functions.html#kv.purchasemodel
 * @param customers Range with the customer id of each purchase row.
 * @param dates Range with the date of each purchase row (dates or date text), as long as customers.
 * @param model "auto", "bgnbd", "mbgnbd" or "paretonbd". Omitted: "auto", the model with the highest log-likelihood (the BG/NBD unless another leads by 1 or more).
 * @param asOf End of the observation period, a date. Omitted: the last date in the data.
 * @param timeUnit "week" or "day": the unit of recency, T, α and β. Omitted: "week".
 * @param dateOrder "dmy" (day first) or "mdy" (month first) for text dates such as 03/04/2024. Omitted: a date with a day above 12 decides; if none does, the function asks for it.
 * @param invocation The addresses of the ranges, so that a message names the sheet row; Excel cancels a fit through it.
 * @returns 10 rows of name and value: model, r, alpha, a and b (or s and beta), logLikelihood, customers, timeUnit, choice, health ("ok", or the code of why the fit is not to be trusted).
 * @requiresParameterAddresses
 * @cancelable
 */
export async function PURCHASEMODEL(customers: any[][], dates: any[][], model?: PurchaseModelOption, asOf?: any, timeUnit?: TimeUnitOption, dateOrder?: any, invocation?: CustomFunctions.CancelableInvocation): Promise<any[][]> {
  const places = argumentPlaces(invocation, [["customers", customers], ["dates", dates], ["model", model], ["asOf", asOf], ["timeUnit", timeUnit], ["dateOrder", dateOrder]]);
  return excelMatrixInStages<string | number>(async () => {
    const requested = purchaseModelRequestArgument(model, "model");
    const unit = timeUnitArgument(timeUnit, "timeUnit");
    const endDay = isBlankValue(asOf) ? undefined : dayOfSerial(asOf, "asOf");
    const order = dateOrderArgument(dateOrder, "dateOrder");
    const [customerCells, dateCells] = alignedColumns([["customers", customers], ["dates", dates]]);
    const fits = await fitInStagesUnlessPreview(contentKey(["PURCHASEMODEL", customerCells, dateCells, endDay ?? null, unit, order ?? null]), async (checkpoint) => {
      await checkpoint();
      const log = readTransactionColumns(customerCells, dateCells, undefined, { dateOrder: order, places });
      return purchaseModelFits(modelInput(summarizeCustomers(log, { timeUnit: unit, observationEndDay: endDay })), checkpoint);
    }, invocation);
    return purchaseModelRows(fits, requested, unit, isValuePreview(invocation));
  }, places);
}

/** What KV.PURCHASEMODEL and KV.SUMMARYMODEL cache for one history: the history, the auto choice, and each model fitted on request. */
interface PurchaseModelFits {
  history: PurchaseHistory;
  choice: PurchaseModelChoice;
  fits: Map<PurchaseModelName, FitOutcome<PurchaseModelFit>>;
}

/**
 * A history's entry of the fit cache: the auto choice made (all three models fitted, one stage each), each trusted
 * fit kept as that model's fit; a model whose fit is not trusted is fitted again when requested, to report its health.
 */
async function purchaseModelFits(history: PurchaseHistory, checkpoint: Checkpoint): Promise<PurchaseModelFits> {
  const prepare = sharedPreparation(history);
  const candidates: PurchaseModelCandidate[] = [];
  for (const name of candidateModels("auto")) {
    await checkpoint();
    candidates.push(candidateFit(name, history, prepare));
  }
  const choice = chooseAmong("auto", candidates);
  const fits = new Map(candidates.filter((candidate) => candidate.outcome.ok).map((candidate) => [candidate.name, candidate.outcome]));
  return { history, choice, fits };
}

/**
 * The 10 labelled rows KV.PURCHASEMODEL and KV.SUMMARYMODEL spill for the requested model (fitted once per cache
 * entry; not in a value preview, see valuePreview).
 */
function purchaseModelRows({ history, choice, fits }: PurchaseModelFits, requested: PurchaseModelRequest, unit: TimeUnit, preview: boolean): (string | number)[][] {
  // Without a usable model, the BG/NBD's reason (the first tried) is the message.
  const name = requested === "auto" ? (choice.chosen ?? fitted(choice.candidates[0].outcome).name) : requested;
  let outcome = fits.get(name);
  if (!outcome) {
    if (preview) throw fitDeferredError();
    outcome = fitPurchaseModel(name, history);
    fits.set(name, outcome);
  }
  const fit = fitted(outcome);
  const trust = purchaseModelTrust(history, fit);
  const estimates: [string, number][] =
    fit.name === "paretonbd"
      ? [["r", fit.parameters.r], ["alpha", fit.parameters.alpha], ["s", fit.parameters.s], ["beta", fit.parameters.beta]]
      : [["r", fit.parameters.r], ["alpha", fit.parameters.alpha], ["a", fit.parameters.a], ["b", fit.parameters.b]];
  return [
    ["model", fit.name],
    ...estimates,
    ["logLikelihood", fit.logLikelihood],
    ["customers", fit.customers],
    ["timeUnit", unit],
    ["choice", requested === "auto" ? choice.by : "request"],
    ["health", trust.trusted ? "ok" : healthCode(trust.reason)],
  ];
}

/**
 * Fits a purchase model (BG/NBD, MBG/NBD or Pareto/NBD, or the one that fits best) to per-customer or grouped summary columns and spills its parameters with labels.
 * @customfunction SUMMARYMODEL
 * @helpurl https://localhost:3000/functions.html#kv.summarymodel
 * @param frequency Range with each row's repeat purchases (x, a whole number ≥ 0): one row per customer, or per group of customers with the same x, recency and T.
 * @param recency Range with each row's time from first to last purchase t_x, in timeUnit (0 when x = 0; at most T), as long as frequency.
 * @param T Range with each row's time from first purchase to the end of observation, in timeUnit, as long as frequency.
 * @param customers Range with each row's number of customers (a whole number ≥ 1), as long as frequency. Omitted: one customer per row.
 * @param model "auto", "bgnbd", "mbgnbd" or "paretonbd". Omitted: "auto", the model with the highest log-likelihood (the BG/NBD unless another leads by 1 or more).
 * @param timeUnit "week" or "day": the unit recency and T are in (not converted), and of α and β. Omitted: "week".
 * @param invocation The addresses of the ranges, so that a message names the sheet cell; Excel cancels a fit through it.
 * @returns 10 rows of name and value, as KV.PURCHASEMODEL: model, r, alpha, a and b (or s and beta), logLikelihood, customers, timeUnit, choice, health.
 * @requiresParameterAddresses
 * @cancelable
 */
export async function SUMMARYMODEL(frequency: any[][], recency: any[][], T: any[][], customers?: any[][], model?: PurchaseModelOption, timeUnit?: TimeUnitOption, invocation?: CustomFunctions.CancelableInvocation): Promise<any[][]> {
  const places = argumentPlaces(invocation, [["frequency", frequency], ["recency", recency], ["T", T], ["customers", customers], ["model", model], ["timeUnit", timeUnit]]);
  return excelMatrixInStages<string | number>(async () => {
    const requested = purchaseModelRequestArgument(model, "model");
    const unit = timeUnitArgument(timeUnit, "timeUnit");
    const columns = summaryColumns([["frequency", frequency], ["recency", recency], ["T", T]], customers);
    // The unit only labels the spill (the columns are not converted), so it is not part of the key.
    const fits = await fitInStagesUnlessPreview(contentKey(["SUMMARYMODEL", ...columns.cells]), async (checkpoint) => {
      await checkpoint();
      const [frequencyColumn, recencyColumn, ageColumn] = columns.numbers();
      const history = checkedHistory({ frequency: frequencyColumn, recency: recencyColumn, T: ageColumn, ...columns.customersInRow() });
      return purchaseModelFits(history, checkpoint);
    }, invocation);
    return purchaseModelRows(fits, requested, unit, isValuePreview(invocation));
  }, places);
}

/** Why a fit is not to be trusted, as the code docs/functions.md explains: "smallBase", or "degenerateFit: b" naming the parameter. */
function healthCode(reason: ModelUnavailableReason): string {
  return reason.code === "degenerateFit" ? `${reason.code}: ${reason.parameter}` : reason.code;
}

/**
 * Fits the Gamma-Gamma spend model to per-customer (or grouped) repeat purchases and mean repeat spend, and spills its parameters with labels.
 * @customfunction GAMMAGAMMA
 * @helpurl https://localhost:3000/functions.html#kv.gammagamma
 * @param frequency Range with each customer's number of repeat purchases (x, a whole number ≥ 0).
 * @param monetary Range with each customer's mean spend of the repeat purchases (0 when x = 0), as long as frequency.
 * @param customers Range with each row's number of customers with that x and mean spend (a whole number ≥ 1), as long as frequency. Omitted: one customer per row.
 * @param invocation The addresses of the ranges, so that a message names the sheet cell; Excel cancels a fit through it.
 * @returns 5 rows of name and value: p, q, v, logLikelihood, customers (those with x > 0 and monetary > 0).
 * @requiresParameterAddresses
 * @cancelable
 */
export async function GAMMAGAMMA(frequency: any[][], monetary: any[][], customers?: any[][], invocation?: CustomFunctions.CancelableInvocation): Promise<any[][]> {
  const places = argumentPlaces(invocation, [["frequency", frequency], ["monetary", monetary], ["customers", customers]]);
  return excelMatrixInStages<string | number>(async () => {
    const columns = summaryColumns([["frequency", frequency], ["monetary", monetary]], customers);
    const fit = fitted(
      await fitInStagesUnlessPreview(contentKey(["GAMMAGAMMA", ...columns.cells]), async (checkpoint) => {
        await checkpoint();
        const [frequencyColumn, monetaryColumn] = columns.numbers();
        // The spend model's rule on its columns, checked here to name the cell: every value ≥ 0 (numberColumn made them finite).
        for (let row = 0; row < frequencyColumn.length; row += 1) {
          for (const [argument, values] of [["frequency", frequencyColumn], ["monetary", monetaryColumn]] as const) {
            if (values[row] < 0) throw new PositionedInputError(new InputError("mustBeNonNegative", argument, { value: values[row] }), row + 1);
          }
        }
        return fitGammaGamma(frequencyColumn, monetaryColumn, columns.customersInRow());
      }, invocation),
    );
    const { p, q, v } = fit.parameters;
    return [
      ["p", p],
      ["q", q],
      ["v", v],
      ["logLikelihood", fit.logLikelihood],
      ["customers", fit.customers],
    ];
  }, places);
}

/** Same-length columns of a summary, aligned, with the optional `customers` column of a grouped one last. */
interface SummaryColumns {
  /** The aligned cells of each column given (customers last when given): the content to key a fit on. */
  cells: unknown[][];
  /** The numbers of the value columns in order (not customers), each cell named in a message. */
  numbers(): Float64Array[];
  /** `{ customersInRow }` (whole numbers ≥ 1) when the customers column is given, else `{}`. */
  customersInRow(): { customersInRow?: Float64Array };
}

/** The value columns of a per-customer or grouped summary and its optional `customers` column (omitted: one customer a row). */
function summaryColumns(values: [string, unknown][], customers: unknown): SummaryColumns {
  const named = isLeftOut(customers) ? values : [...values, ["customers", customers] as [string, unknown]];
  const cells = alignedColumns(named);
  return {
    cells,
    numbers: () => values.map(([argument, value], index) => numberColumn(cells[index], argument, isAcross(value))),
    customersInRow: () => (named.length > values.length ? { customersInRow: wholeNumberColumn(cells[values.length], "customers", isAcross(customers), 1) } : {}),
  };
}

function labelledNumbers<Name extends string>(value: unknown, argument: string, names: readonly Name[]): Record<Name, number> {
  const pairs = labelledValues(value);
  const missing = names.filter((name) => typeof pairs.get(name.toLowerCase()) !== "number" || !((pairs.get(name.toLowerCase()) as number) > 0));
  if (missing.length > 0) throw new InputError("parametersMalformed", argument, { missing: missing.join(", ") });
  return Object.fromEntries(names.map((name) => [name, pairs.get(name.toLowerCase()) as number])) as Record<Name, number>;
}

/**
 * The purchase model and its time unit from a range spilled by KV.BGNBD (the BG/NBD), KV.PURCHASEMODEL or
 * KV.SUMMARYMODEL (their `model` row names BG/NBD, MBG/NBD or Pareto/NBD).
 */
function purchaseModelArgument(value: unknown): { model: PurchaseModel; timeUnit: TimeUnit } {
  const labels = labelledValues(value);
  const name = labels.get("model") ?? "bgnbd";
  if (name !== "bgnbd" && name !== "mbgnbd" && name !== "paretonbd") throw new InputError("parametersMalformed", "bgnbdParameters", { missing: "model" });
  const model: PurchaseModel =
    name === "paretonbd"
      ? { name, parameters: labelledNumbers(value, "bgnbdParameters", ["r", "alpha", "s", "beta"] as const) }
      : { name, parameters: labelledNumbers(value, "bgnbdParameters", ["r", "alpha", "a", "b"] as const) };
  const unit = labels.get("timeunit");
  if (unit !== "week" && unit !== "day") throw new InputError("parametersMalformed", "bgnbdParameters", { missing: "timeUnit" });
  return { model, timeUnit: unit };
}

/** Gamma-Gamma parameters from a range spilled by KV.GAMMAGAMMA. */
function gammaGammaArgument(value: unknown): GammaGammaParameters {
  const parameters = labelledNumbers(value, "gammaGammaParameters", ["p", "q", "v"] as const);
  if (!(parameters.q > 1)) throw new InputError("parametersMalformed", "gammaGammaParameters", { missing: "q > 1" });
  return parameters;
}

/** The per-customer history of same-length frequency, recency and T columns (checked by the engine). */
function historyArgument(frequency: unknown, recency: unknown, T: unknown, monetary?: unknown): { history: PurchaseHistory; monetary?: Float64Array } {
  const named: [string, unknown][] = [["frequency", frequency], ["recency", recency], ["T", T]];
  if (monetary !== undefined) named.push(["monetary", monetary]);
  const [frequencyColumn, recencyColumn, ageColumn, monetaryColumn] = summaryColumns(named, undefined).numbers();
  return { history: checkedHistory({ frequency: frequencyColumn, recency: recencyColumn, T: ageColumn }), monetary: monetaryColumn };
}

/** A history checked by the engine's rules (checkPurchaseHistory), a failing row found so that the message names its cell. */
function checkedHistory(history: PurchaseHistory): PurchaseHistory {
  const { frequency, recency, T, customersInRow } = history;
  checkRows(frequency.length, (end) =>
    checkPurchaseHistory({
      frequency: frequency.subarray(0, end),
      recency: recency.subarray(0, end),
      T: T.subarray(0, end),
      ...(customersInRow ? { customersInRow: customersInRow.subarray(0, end) } : {}),
    }),
  );
  return history;
}

/** One value per row as a one-column spill. */
function spilled(values: Float64Array): number[][] {
  return Array.from(values, (value) => [value]);
}

/**
 * Probability that a customer is still active ("alive") under a fitted purchase model (BG/NBD, MBG/NBD or Pareto/NBD).
 * @customfunction PALIVE
 * @helpurl https://localhost:3000/functions.html#kv.palive
 * @param frequency Repeat purchases x (a whole number ≥ 0): one value, or a range with one per customer.
 * @param recency Time from first to last purchase t_x, in the model's time unit (0 when x = 0).
 * @param T Time from first purchase to the end of observation, in the model's time unit.
 * @param bgnbdParameters The range KV.BGNBD, KV.PURCHASEMODEL or KV.SUMMARYMODEL spilled (labels and values).
 * @param invocation The addresses of the ranges, so that a message names the sheet cell.
 * @returns P(alive) from 0 to 1, one per customer (spills for ranges).
 * @requiresParameterAddresses
 */
export function PALIVE(frequency: any[][], recency: any[][], T: any[][], bgnbdParameters: any[][], invocation?: CustomFunctions.Invocation): number[][] {
  const places = argumentPlaces(invocation, [["frequency", frequency], ["recency", recency], ["T", T], ["bgnbdParameters", bgnbdParameters]]);
  return excelMatrix(() => {
    const { model } = purchaseModelArgument(bgnbdParameters);
    const { history } = historyArgument(frequency, recency, T);
    return spilled(Float64Array.from(history.frequency, (x, row) => modelProbabilityAlive(model, x, history.recency[row], history.T[row])));
  }, places);
}

/**
 * Expected number of purchases in the next horizon time units, given each customer's history (BG/NBD, MBG/NBD or Pareto/NBD).
 * @customfunction EXPECTEDPURCHASES
 * @helpurl https://localhost:3000/functions.html#kv.expectedpurchases
 * @param horizon Length of the future period, in the model's time unit (≥ 0).
 * @param frequency Repeat purchases x (a whole number ≥ 0): one value, or a range with one per customer.
 * @param recency Time from first to last purchase t_x, in the model's time unit (0 when x = 0).
 * @param T Time from first purchase to the end of observation, in the model's time unit.
 * @param bgnbdParameters The range KV.BGNBD, KV.PURCHASEMODEL or KV.SUMMARYMODEL spilled (labels and values).
 * @param invocation The addresses of the ranges, so that a message names the sheet cell.
 * @returns E[Y(horizon) | x, t_x, T], one per customer (spills for ranges).
 * @requiresParameterAddresses
 */
export function EXPECTEDPURCHASES(horizon: any, frequency: any[][], recency: any[][], T: any[][], bgnbdParameters: any[][], invocation?: CustomFunctions.Invocation): number[][] {
  const places = argumentPlaces(invocation, [["horizon", horizon], ["frequency", frequency], ["recency", recency], ["T", T], ["bgnbdParameters", bgnbdParameters]]);
  return excelMatrix(() => {
    const length = requiredNumber(horizon, "horizon");
    if (length < 0) throw new InputError("mustBeNonNegative", "horizon", { value: length });
    const { model } = purchaseModelArgument(bgnbdParameters);
    const { history } = historyArgument(frequency, recency, T);
    return spilled(modelConditionalExpectedPurchasesColumn(model, history, length));
  }, places);
}

/**
 * Predictive customer lifetime value over a number of months from a purchase model and the Gamma-Gamma model, discounted.
 * @customfunction PREDICTEDCLV
 * @helpurl https://localhost:3000/functions.html#kv.predictedclv
 * @param frequency Repeat purchases x (a whole number ≥ 0): one value, or a range with one per customer.
 * @param recency Time from first to last purchase t_x, in the purchase model's time unit (0 when x = 0).
 * @param T Time from first purchase to the end of observation, in the purchase model's time unit.
 * @param monetary Mean spend of the repeat purchases (0 when x = 0).
 * @param bgnbdParameters The range KV.BGNBD, KV.PURCHASEMODEL or KV.SUMMARYMODEL spilled (labels and values).
 * @param gammaGammaParameters The range KV.GAMMAGAMMA spilled (labels and values).
 * @param months Horizon in months, a whole number ≥ 0. Omitted: 12.
 * @param annualDiscountRate Annual discount rate as a fraction, 0.1 = 10 %. Omitted: 0.
 * @param grossMargin Gross margin as a fraction, 0.4 = 40 %. Omitted: 1 (revenue).
 * @param invocation The addresses of the ranges, so that a message names the sheet cell.
 * @returns The expected discounted value of each customer's future purchases (spills for ranges).
 * @requiresParameterAddresses
 */
export function PREDICTEDCLV(
  frequency: any[][],
  recency: any[][],
  T: any[][],
  monetary: any[][],
  bgnbdParameters: any[][],
  gammaGammaParameters: any[][],
  months?: any,
  annualDiscountRate?: any,
  grossMargin?: any,
  invocation?: CustomFunctions.Invocation,
): number[][] {
  const places = argumentPlaces(invocation, [
    ["frequency", frequency],
    ["recency", recency],
    ["T", T],
    ["monetary", monetary],
    ["bgnbdParameters", bgnbdParameters],
    ["gammaGammaParameters", gammaGammaParameters],
  ]);
  return excelMatrix(() => {
    const { model, timeUnit } = purchaseModelArgument(bgnbdParameters);
    const spend = gammaGammaArgument(gammaGammaParameters);
    const schedule = clvSchedule({
      horizonMonths: requireWholeNumber(optionalNumber(months, "months") ?? 12, "months"),
      annualDiscountRate: requireFraction(optionalNumber(annualDiscountRate, "annualDiscountRate") ?? 0, "annualDiscountRate"),
      grossMargin: requireFraction(optionalNumber(grossMargin, "grossMargin") ?? 1, "grossMargin"),
      timeUnit,
    });
    const { history, monetary: meanSpend } = historyArgument(frequency, recency, T, monetary);
    const spendColumn = meanSpend ?? new Float64Array(history.frequency.length);
    meanSpend?.forEach((value, index) => {
      if (value < 0) throw new PositionedInputError(new InputError("mustBeNonNegative", "monetary", { value }), index + 1);
    });
    return spilled(predictModelClv(model, expectedSpendColumn(spend, history.frequency, spendColumn), history, schedule).clv);
  }, places);
}
