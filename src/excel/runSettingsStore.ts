import type { PurchaseModelName } from "../core/models/modelUnavailable";
import { PURCHASE_MODEL_NAMES } from "../core/models/purchaseModel";
import { COHORT_PERIODS, type CohortPeriod } from "../core/cohorts/calendarPeriod";
import { columnRoles, type ColumnRole } from "../core/read/columnRoles";
import type { ColumnOverrides } from "../core/read/detectColumns";
import type { DateOrder } from "../core/read/dateText";
import type { CustomerLifetime } from "../core/models/simpleCustomerValue";
import { CURRENCIES, type Currency } from "../core/read/amountText";
import type { TimeUnit } from "../core/transactionLog";
import { parseAreaAddress } from "./a1";
import type { StoredSource } from "./dataSources";
import { runExcel } from "./excelHost";

/** The settings of the last run, stored in the workbook so that Refresh can repeat it on grown data. */
export interface StoredRun {
  version: 1;
  language?: string;
  source: StoredSource;
  columns: ColumnOverrides;
  dateOrder?: DateOrder;
  analysis: {
    timeUnit: TimeUnit;
    /** null = the last purchase in the data. */
    observationEndDay: number | null;
    horizonMonths: number;
    annualDiscountRate: number;
    grossMargin: number;
    newCustomers: number;
    segmentScheme: "rfm" | "valueTiers";
    holdout: boolean;
    /** The simple CLV's lifetime (data without first purchase dates). */
    customerLifetime?: CustomerLifetime;
    /** The months a table without first purchase dates covers. */
    periodMonths?: number;
    /** The currency money is shown in; null: none; absent: the data's, else the language's. */
    currency?: Currency | null;
    /** The purchase model asked for; absent: "auto". */
    purchaseModel?: PurchaseModelName;
    /** The period of the Cohorts sheet; absent: "month". */
    cohortPeriod?: CohortPeriod;
  };
}

/** The workbook setting (`workbook.settings`, per file and add-in) that holds the last run as JSON text. */
export const RUN_SETTINGS_KEY = "Kundevaerdi.lastRun";

type Shape = Record<string, unknown>;

function isShape(value: unknown): value is Shape {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const finite = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);
const nonEmptyText = (value: unknown): value is string => typeof value === "string" && value.trim() !== "";

function readSource(value: unknown): StoredSource | undefined {
  if (!isShape(value)) return undefined;
  if (value.kind === "table" && nonEmptyText(value.name)) return { kind: "table", name: value.name };
  if (value.kind === "range" && nonEmptyText(value.sheet) && typeof value.address === "string" && parseAreaAddress(value.address)) {
    return { kind: "range", sheet: value.sheet, address: value.address };
  }
  return undefined;
}

function readColumns(value: unknown): ColumnOverrides | undefined {
  if (!isShape(value)) return undefined;
  const columns: ColumnOverrides = {};
  for (const [role, choice] of Object.entries(value)) {
    if (!columnRoles.includes(role as ColumnRole)) return undefined;
    const valid = choice === null || typeof choice === "string" || (Number.isInteger(choice) && (choice as number) >= 0);
    if (!valid) return undefined;
    columns[role as ColumnRole] = choice as string | number | null;
  }
  return columns;
}

function readAnalysis(value: unknown): StoredRun["analysis"] | undefined {
  if (!isShape(value)) return undefined;
  const { timeUnit, observationEndDay, horizonMonths, annualDiscountRate, grossMargin, newCustomers, segmentScheme, holdout } = value;
  if (timeUnit !== "day" && timeUnit !== "week") return undefined;
  if (observationEndDay !== null && !Number.isInteger(observationEndDay)) return undefined;
  if (!finite(horizonMonths) || horizonMonths <= 0) return undefined;
  if (!finite(annualDiscountRate) || annualDiscountRate < 0) return undefined;
  if (!finite(grossMargin) || !finite(newCustomers) || newCustomers < 0) return undefined;
  if (segmentScheme !== "rfm" && segmentScheme !== "valueTiers") return undefined;
  if (typeof holdout !== "boolean") return undefined;
  const customerLifetime = readLifetime(value.customerLifetime);
  if (value.customerLifetime !== undefined && !customerLifetime) return undefined;
  const { periodMonths, currency, purchaseModel, cohortPeriod } = value;
  if (purchaseModel !== undefined && !(PURCHASE_MODEL_NAMES as readonly unknown[]).includes(purchaseModel)) return undefined;
  if (cohortPeriod !== undefined && !(COHORT_PERIODS as readonly unknown[]).includes(cohortPeriod)) return undefined;
  if (currency !== undefined && currency !== null && !(typeof currency === "string" && (CURRENCIES as readonly string[]).includes(currency))) return undefined;
  if (periodMonths !== undefined && !(finite(periodMonths) && periodMonths > 0)) return undefined;
  return {
    timeUnit,
    observationEndDay: observationEndDay as number | null,
    horizonMonths,
    annualDiscountRate,
    grossMargin,
    newCustomers,
    segmentScheme,
    holdout,
    ...(customerLifetime ? { customerLifetime } : {}),
    ...(periodMonths === undefined ? {} : { periodMonths: periodMonths as number }),
    ...(currency === undefined ? {} : { currency: currency as Currency | null }),
    ...(purchaseModel === undefined ? {} : { purchaseModel: purchaseModel as PurchaseModelName }),
    ...(cohortPeriod === undefined ? {} : { cohortPeriod: cohortPeriod as CohortPeriod }),
  };
}

function readLifetime(value: unknown): CustomerLifetime | undefined {
  if (!isShape(value)) return undefined;
  if (value.kind === "years" && finite(value.years) && value.years > 0) return { kind: "years", years: value.years };
  if (value.kind === "retention" && finite(value.rate) && value.rate >= 0 && value.rate < 1) return { kind: "retention", rate: value.rate };
  return undefined;
}

/**
 * A parsed value checked against the StoredRun shape, as a clean copy (unknown fields dropped); undefined when
 * anything required is missing or of the wrong kind (a newer version, a hand-edited file).
 * @example parseStoredRun(JSON.parse(text)) // StoredRun | undefined
 */
export function parseStoredRun(value: unknown): StoredRun | undefined {
  if (!isShape(value) || value.version !== 1) return undefined;
  const source = readSource(value.source);
  const columns = readColumns(value.columns);
  const analysis = readAnalysis(value.analysis);
  if (!source || !columns || !analysis) return undefined;
  if (value.language !== undefined && typeof value.language !== "string") return undefined;
  if (value.dateOrder !== undefined && value.dateOrder !== "dmy" && value.dateOrder !== "mdy") return undefined;
  return {
    version: 1,
    ...(value.language === undefined ? {} : { language: value.language }),
    source,
    columns,
    ...(value.dateOrder === undefined ? {} : { dateOrder: value.dateOrder }),
    analysis,
  };
}

/**
 * Stores the run's settings as JSON under RUN_SETTINGS_KEY, replacing the previous run's; one sync. Excel saves
 * workbook settings in the file (ExcelApi 1.4).
 * @example await saveRunSettings({ version: 1, source: { kind: "table", name: "Sales" }, columns: {}, analysis })
 */
export async function saveRunSettings(run: StoredRun): Promise<void> {
  await runExcel(async (context) => {
    queueRunSettings(context, run);
    await context.sync();
  });
}

/**
 * Queues storing the run's settings in the caller's batch, so they go with its next sync (writeReport's commit).
 * @example queueRunSettings(context, run); await context.sync()
 */
export function queueRunSettings(context: Excel.RequestContext, run: StoredRun): void {
  context.workbook.settings.add(RUN_SETTINGS_KEY, JSON.stringify(run));
}

/**
 * The stored run's settings; undefined when there are none or they cannot be read (never throws on what is stored).
 * One sync, ExcelApi 1.4.
 * @example const run = await loadRunSettings(); if (run) offerRefresh(run)
 */
export async function loadRunSettings(): Promise<StoredRun | undefined> {
  return runExcel(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(RUN_SETTINGS_KEY);
    setting.load("value");
    await context.sync();
    if (setting.isNullObject) return undefined;
    const stored: unknown = setting.value;
    try {
      return parseStoredRun(typeof stored === "string" ? JSON.parse(stored) : stored);
    } catch {
      return undefined;
    }
  });
}
