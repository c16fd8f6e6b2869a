import { daysPerUnit, type TimeUnit } from "../transactionLog";
import { NET_ZERO_TOLERANCE } from "../summary/purchaseDay";

/** The SQL dialects the summary query is written and tested for. */
export type SqlDialect = "duckdb" | "postgresql";

/** Every dialect offered, in the order the help lists them. */
export const SQL_DIALECTS: readonly SqlDialect[] = ["duckdb", "postgresql"];

/** Which per-customer columns the query returns: the add-in's per-customer table, or the purchase models' view. */
export type SummaryView = "table" | "model";

/** What summarySql needs: where the purchases are, the observation end, the time unit and the view. */
export interface SummarySqlOptions {
  dialect: SqlDialect;
  /** The purchase table, optionally schema-qualified ("shop.orders"); each part is quoted. */
  table: string;
  customer: string;
  date: string;
  /** The amount column; without it every customer-day with a row is a purchase and there is no revenue. */
  amount?: string;
  /** The observation end, inclusive, as YYYY-MM-DD; default: the last date in the table. */
  asOf?: string;
  /**
   * The calibration end, inclusive, as YYYY-MM-DD: the summary is taken as of it, and the model view adds each
   * customer's purchase days after it up to the observation end (holdout_purchases), as holdoutSplit counts them.
   */
  holdoutUntil?: string;
  timeUnit: TimeUnit;
  view: SummaryView;
}

/** An identifier in double quotes (both dialects), a double quote inside doubled. */
function quoted(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}

/** A possibly schema-qualified table name, each part quoted. */
function quotedTable(table: string): string {
  return table.split(".").map(quoted).join(".");
}

const DIALECT_NAMES: Record<SqlDialect, string> = { duckdb: "DuckDB", postgresql: "PostgreSQL" };

/**
 * The SQL that turns a purchase table into the per-customer summary the add-in reads, by the engine's definitions
 * (docs/ARCHITECTURE.md, "Purchases" and "Two views of a customer"): rows up to the observation end; a customer's rows
 * of one day are one customer-day, their amounts netted; a day is a purchase when its net is above 10⁻⁹ × its gross
 * (or all its amounts are 0); customers without a purchase day are left out. The `table` view gives customer,
 * purchases, first and last purchase date and total amount (every row's amount, returns included); the `model` view
 * frequency (purchase days − 1), recency (last − first purchase), T (observation end − first purchase), both in the
 * time unit, and monetary (the mean net of the repeat purchase days, 0 without one). With a calibration end
 * (`holdoutUntil`) the summary is as of it and the model view adds the purchase days after it (holdoutSplit's
 * holdoutPurchases). Written for DuckDB and PostgreSQL
 * (tested on both against summarizeCustomers); readable, commented, runnable as printed.
 * @example summarySql({ dialect: "duckdb", table: "purchases", customer: "customer_id", date: "order_date", amount: "amount", timeUnit: "week", view: "model" })
 */
export function summarySql(options: SummarySqlOptions): string {
  const { dialect, table, customer, date, amount, asOf, holdoutUntil, timeUnit, view } = options;
  for (const [name, value] of [["asOf", asOf], ["holdoutUntil", holdoutUntil]]) {
    if (value !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new RangeError(`${name} must be a date as YYYY-MM-DD, not ${value}`);
  }
  const holdout = holdoutUntil !== undefined && view === "model";
  const unitDays = daysPerUnit[timeUnit];
  const amountOf = amount === undefined ? "NULL" : `CAST(${quoted(amount)} AS DOUBLE PRECISION)`;
  const end = asOf === undefined ? `(SELECT MAX(CAST(${quoted(date)} AS DATE)) FROM ${quotedTable(table)})` : `DATE '${asOf}'`;
  const isPurchase = amount === undefined ? "TRUE" : `(gross = 0 OR net > ${NET_ZERO_TOLERANCE} * gross)`;
  const inUnit = (days: string) => (unitDays === 1 ? `CAST(${days} AS DOUBLE PRECISION)` : `CAST(${days} AS DOUBLE PRECISION) / ${unitDays}`);
  const select =
    view === "table"
      ? [
          "  customer,",
          "  purchases,",
          "  first_purchase,",
          "  last_purchase,",
          `  ${amount === undefined ? "CAST(NULL AS DOUBLE PRECISION)" : "revenue"} AS total_amount`,
        ]
      : [
          "  customer,",
          "  purchases - 1 AS frequency,",
          `  ${inUnit("last_purchase - first_purchase")} AS recency,`,
          `  ${inUnit("(SELECT summary_end FROM observation_end) - first_purchase")} AS "T",`,
          (amount === undefined
            ? "  CAST(NULL AS DOUBLE PRECISION) AS monetary"
            : "  CASE WHEN purchases = 1 THEN 0 ELSE (purchase_net - first_net) / (purchases - 1) END AS monetary") + (holdout ? "," : ""),
          ...(holdout ? ["  holdout_purchases"] : []),
        ];
  const unitWords = timeUnit === "day" ? "days" : "weeks (7 days)";
  return [
    `-- Kundeværdi: one row per customer of ${table}, by the add-in's definitions (${DIALECT_NAMES[dialect]}).`,
    `-- Observation end: ${asOf ?? "the last date in the table"} (inclusive); rows after it are left out.`,
    ...(holdoutUntil === undefined
      ? []
      : [`-- Summary as of the calibration end ${holdoutUntil} (inclusive)${holdout ? "; holdout_purchases = purchase days after it, up to the observation end" : ""}.`]),
    "-- A customer's rows of one day are one customer-day, their amounts netted (returns are negative amounts);",
    `-- the day is a purchase when its net is above ${NET_ZERO_TOLERANCE} x its gross, or all its amounts are 0.`,
    "-- Customers without a purchase day are left out; their returns are not anyone's revenue.",
    view === "table"
      ? "-- Columns: customer, purchases (purchase days), first and last purchase date, total amount (every row's amount)."
      : `-- Columns: frequency = purchase days - 1; recency = last - first purchase and T = observation end - first purchase, in ${unitWords}; monetary = mean net of the repeat purchase days (0 without one).`,
    "WITH observation_end AS (",
    `  SELECT ${end} AS as_of, ${holdoutUntil === undefined ? end : `DATE '${holdoutUntil}'`} AS summary_end`,
    "),",
    "customer_days AS (",
    "  -- One row per customer and day, its rows netted.",
    "  SELECT",
    `    TRIM(CAST(${quoted(customer)} AS VARCHAR)) AS customer,`,
    `    CAST(${quoted(date)} AS DATE) AS day,`,
    `    SUM(${amountOf}) AS net,`,
    `    SUM(ABS(${amountOf})) AS gross`,
    `  FROM ${quotedTable(table)}`,
    `  WHERE ${quoted(customer)} IS NOT NULL AND TRIM(CAST(${quoted(customer)} AS VARCHAR)) <> ''`,
    `    AND ${quoted(date)} IS NOT NULL AND CAST(${quoted(date)} AS DATE) <= (SELECT as_of FROM observation_end)`,
    "  GROUP BY 1, 2",
    "),",
    "purchase_days AS (",
    "  -- The customer-days that are purchases.",
    "  SELECT customer, day, net",
    "  FROM customer_days",
    `  WHERE ${isPurchase}`,
    "),",
    "customers AS (",
    "  -- Per customer with a purchase day: purchases, first and last purchase, the purchases' net.",
    "  SELECT customer, CAST(COUNT(*) AS INTEGER) AS purchases, MIN(day) AS first_purchase, MAX(day) AS last_purchase, SUM(net) AS purchase_net",
    "  FROM purchase_days",
    "  WHERE day <= (SELECT summary_end FROM observation_end)",
    "  GROUP BY customer",
    "),",
    "revenues AS (",
    "  -- Every customer-day's net, purchase or not: returns count in revenue.",
    "  SELECT customer, SUM(net) AS revenue",
    "  FROM customer_days",
    "  WHERE day <= (SELECT summary_end FROM observation_end)",
    "  GROUP BY customer",
    "),",
    ...(holdout
      ? [
          "holdout AS (",
          "  -- Purchase days after the calibration end, up to the observation end.",
          "  SELECT customer, CAST(COUNT(*) AS INTEGER) AS holdout_purchases",
          "  FROM purchase_days",
          "  WHERE day > (SELECT summary_end FROM observation_end)",
          "  GROUP BY customer",
          "),",
        ]
      : []),
    "summary AS (",
    `  SELECT c.customer, c.purchases, c.first_purchase, c.last_purchase, c.purchase_net, f.net AS first_net, r.revenue${holdout ? ", COALESCE(h.holdout_purchases, 0) AS holdout_purchases" : ""}`,
    "  FROM customers c",
    "  JOIN purchase_days f ON f.customer = c.customer AND f.day = c.first_purchase",
    "  JOIN revenues r ON r.customer = c.customer",
    ...(holdout ? ["  LEFT JOIN holdout h ON h.customer = c.customer"] : []),
    ")",
    "SELECT",
    ...select,
    "FROM summary",
    "ORDER BY customer;",
    "",
  ].join("\n");
}
