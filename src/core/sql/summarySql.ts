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
  /**
   * One row per group of customers with the same summary, with their count, time counted in whole periods of
   * `timeUnit` back from the observation end (see groupedLines); default false: one row per customer.
   */
  grouped?: boolean;
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

/** Column expressions as SELECT lines, indented, a comma after each but the last. */
function columnLines(indent: string, columns: readonly string[]): string[] {
  return columns.map((column, i) => `${indent}${column}${i < columns.length - 1 ? "," : ""}`);
}

/** What the grouped query's lines depend on, besides the view. */
interface GroupedShape {
  unitDays: number;
  /** The unit's name in the comments: "days" or "weeks (7 days)". */
  unitWords: string;
  /** The end the whole periods count back from, in the comments. */
  endWords: string;
  hasAmount: boolean;
  holdout: boolean;
}

/** The amount columns' value without an amount column. */
const NO_AMOUNT = "CAST(NULL AS DOUBLE PRECISION)";

/** A customer's mean net of the repeat purchase days (0 without one), from the summary CTE's columns. */
const REPEAT_SPEND = "CASE WHEN purchases = 1 THEN 0 ELSE (purchase_net - first_net) / (purchases - 1) END";

/**
 * The grouped query's own lines: the comment on its columns, the CTE that counts each customer in whole periods back
 * from the summary's end (none for the table view in days: its dates are whole days already), and the final SELECT
 * that groups customers with the same row and counts them. A purchase day's whole-period age is
 * k(day) = floor((end − day) / u), u = 1 or 7 days; the model view groups by frequency, recency = k(first) − k(last)
 * and T = k(first) (with the mean m̄, Σ revenue and Σ holdout purchases), the table view by purchases and the first
 * and last purchase moved back to end − u·k(day) (with Σ revenue). Both add groups_in_table, the query's row count.
 */
function groupedLines(view: SummaryView, shape: GroupedShape): { comment: string[]; periods: string[]; select: string[] } {
  const { unitDays, unitWords, endWords, hasAmount, holdout } = shape;
  const inDays = unitDays === 1;
  const age = (day: string) => (inDays ? `CAST(summary_end - ${day} AS INTEGER)` : `CAST(FLOOR(CAST(summary_end - ${day} AS DOUBLE PRECISION) / ${unitDays}) AS INTEGER)`);
  const ageWords = inDays ? `k(day) = ${endWords} - day` : `k(day) = floor((${endWords} - day) / ${unitDays})`;
  const rowCount = [
    "  -- groups_in_table: the number of rows this query returns (the same on every row), so the row count is in sight.",
    "  CAST(COUNT(*) OVER () AS INTEGER) AS groups_in_table",
  ];
  const countColumn = "CAST(COUNT(*) AS INTEGER) AS number_of_customers";
  if (view === "table") {
    return {
      comment: [
        ...(inDays
          ? ["-- Grouped: one row per purchases, first and last purchase date, with the number of customers who have them."]
          : [
              `-- Grouped in whole ${unitWords}: one row per purchases, first and last purchase, with the number of customers who have them;`,
              `-- a purchase day's age ${ageWords}, and each date stands as ${endWords} - ${unitDays} x k(date),`,
              `-- so (${endWords} - first_purchase) / ${unitDays} and (${endWords} - last_purchase) / ${unitDays} are whole numbers.`,
            ]),
        "-- Columns: customer_group = a label for the group (the add-in reads it in place of a customer), purchases, first_purchase, last_purchase,",
        "-- number_of_customers = the customers in the group, total_amount = the sum of their total amounts (every row's amount), groups_in_table.",
      ],
      periods: inDays
        ? []
        : [
            "whole_periods AS (",
            `  -- Each customer's first and last purchase moved back to a whole number of ${unitWords} before the ${endWords}.`,
            "  SELECT",
            ...columnLines("    ", [
              "purchases",
              `summary_end - ${unitDays} * ${age("first_purchase")} AS first_purchase`,
              `summary_end - ${unitDays} * ${age("last_purchase")} AS last_purchase`,
              "revenue",
            ]),
            "  FROM summary CROSS JOIN observation_end",
            ")",
          ],
      select: [
        "SELECT",
        ...[
          "CAST(ROW_NUMBER() OVER (ORDER BY purchases, first_purchase, last_purchase) AS INTEGER) AS customer_group",
          "purchases",
          "first_purchase",
          "last_purchase",
          countColumn,
          `${hasAmount ? "SUM(revenue)" : NO_AMOUNT} AS total_amount`,
        ].map((column) => `  ${column},`),
        ...rowCount,
        `FROM ${inDays ? "summary" : "whole_periods"}`,
        "GROUP BY purchases, first_purchase, last_purchase",
        "ORDER BY purchases, first_purchase, last_purchase;",
      ],
    };
  }
  return {
    comment: [
      `-- Grouped in whole ${unitWords}: a purchase day's age ${ageWords};`,
      "-- frequency = purchase days - 1, recency = k(first purchase) - k(last purchase), T = k(first purchase);",
      "-- one row per frequency, recency and T, with the number of customers who have them.",
      "-- Columns: frequency, recency, T, number_of_customers, monetary = the mean over those customers of each one's mean net of the repeat purchase days (0 without one),",
      `-- total_amount = the sum of their net revenue${holdout ? ", holdout_purchases = the sum of their purchase days after the calibration end" : ""}, groups_in_table.`,
    ],
    periods: [
      "whole_periods AS (",
      `  -- Each customer in whole ${unitWords} back from the ${endWords}: ${ageWords}.`,
      "  SELECT",
      ...columnLines("    ", [
        "purchases - 1 AS frequency",
        `${age("first_purchase")} - ${age("last_purchase")} AS recency`,
        `${age("first_purchase")} AS "T"`,
        ...(hasAmount ? [`${REPEAT_SPEND} AS monetary`, "revenue"] : []),
        ...(holdout ? ["holdout_purchases"] : []),
      ]),
      "  FROM summary CROSS JOIN observation_end",
      ")",
    ],
    select: [
      "SELECT",
      ...[
        "frequency",
        "recency",
        '"T"',
        countColumn,
        `${hasAmount ? "AVG(monetary)" : NO_AMOUNT} AS monetary`,
        `${hasAmount ? "SUM(revenue)" : NO_AMOUNT} AS total_amount`,
        ...(holdout ? ["CAST(SUM(holdout_purchases) AS INTEGER) AS holdout_purchases"] : []),
      ].map((column) => `  ${column},`),
      ...rowCount,
      "FROM whole_periods",
      'GROUP BY frequency, recency, "T"',
      'ORDER BY frequency, recency, "T";',
    ],
  };
}

/**
 * The SQL that turns a purchase table into the per-customer summary the add-in reads, by the engine's definitions
 * (docs/ARCHITECTURE.md, "Purchases" and "Two views of a customer"): rows up to the observation end; a customer's rows
 * of one day are one customer-day, their amounts netted; a day is a purchase when its net is above 10⁻⁹ × its gross
 * (or all its amounts are 0); customers without a purchase day are left out. The `table` view gives customer,
 * purchases, first and last purchase date and total amount (every row's amount, returns included); the `model` view
 * frequency (purchase days − 1), recency (last − first purchase), T (observation end − first purchase), both in the
 * time unit, and monetary (the mean net of the repeat purchase days, 0 without one). With a calibration end
 * (`holdoutUntil`) the summary is as of it and the model view adds the purchase days after it (holdoutSplit's
 * holdoutPurchases). `grouped` gives one row per group of customers with the same row instead, with their count, time
 * in whole periods back from the summary's end (groupedLines; the model view's rows are wholePeriodGroups').
 * Written for DuckDB and PostgreSQL (tested on both against summarizeCustomers); readable, commented, runnable as
 * printed.
 * @example summarySql({ dialect: "duckdb", table: "purchases", customer: "customer_id", date: "order_date", amount: "amount", timeUnit: "week", view: "model" })
 */
export function summarySql(options: SummarySqlOptions): string {
  const { dialect, table, customer, date, amount, asOf, holdoutUntil, timeUnit, view, grouped = false } = options;
  for (const [name, value] of [["asOf", asOf], ["holdoutUntil", holdoutUntil]]) {
    if (value !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new RangeError(`${name} must be a date as YYYY-MM-DD, not ${value}`);
  }
  const holdout = holdoutUntil !== undefined && view === "model";
  const unitDays = daysPerUnit[timeUnit];
  // A typed NULL without an amount column: PostgreSQL has no SUM of an untyped NULL.
  const amountOf = amount === undefined ? NO_AMOUNT : `CAST(${quoted(amount)} AS DOUBLE PRECISION)`;
  const end = asOf === undefined ? `(SELECT MAX(CAST(${quoted(date)} AS DATE)) FROM ${quotedTable(table)})` : `DATE '${asOf}'`;
  const isPurchase = amount === undefined ? "TRUE" : `(gross = 0 OR net > ${NET_ZERO_TOLERANCE} * gross)`;
  const inUnit = (days: string) => (unitDays === 1 ? `CAST(${days} AS DOUBLE PRECISION)` : `CAST(${days} AS DOUBLE PRECISION) / ${unitDays}`);
  const columns =
    view === "table"
      ? ["customer", "purchases", "first_purchase", "last_purchase", `${amount === undefined ? NO_AMOUNT : "revenue"} AS total_amount`]
      : [
          "customer",
          "purchases - 1 AS frequency",
          `${inUnit("last_purchase - first_purchase")} AS recency`,
          `${inUnit("(SELECT summary_end FROM observation_end) - first_purchase")} AS "T"`,
          `${amount === undefined ? NO_AMOUNT : REPEAT_SPEND} AS monetary`,
          ...(holdout ? ["holdout_purchases"] : []),
        ];
  const unitWords = timeUnit === "day" ? "days" : "weeks (7 days)";
  const endWords = holdoutUntil === undefined ? "observation end" : "calibration end";
  const groups = grouped ? groupedLines(view, { unitDays, unitWords, endWords, hasAmount: amount !== undefined, holdout }) : undefined;
  return [
    `-- Kundeværdi: one row per ${groups ? "group of customers with the same summary" : "customer"} of ${table}, by the add-in's definitions (${DIALECT_NAMES[dialect]}).`,
    `-- Observation end: ${asOf ?? "the last date in the table"} (inclusive); rows after it are left out.`,
    ...(holdoutUntil === undefined
      ? []
      : [`-- Summary as of the calibration end ${holdoutUntil} (inclusive)${holdout ? "; holdout_purchases = purchase days after it, up to the observation end" : ""}.`]),
    "-- A customer's rows of one day are one customer-day, their amounts netted (returns are negative amounts);",
    `-- the day is a purchase when its net is above ${NET_ZERO_TOLERANCE} x its gross, or all its amounts are 0.`,
    "-- Customers without a purchase day are left out; their returns are not anyone's revenue.",
    ...(groups
      ? groups.comment
      : [
          view === "table"
            ? "-- Columns: customer, purchases (purchase days), first and last purchase date, total amount (every row's amount)."
            : `-- Columns: frequency = purchase days - 1; recency = last - first purchase and T = observation end - first purchase, in ${unitWords}; monetary = mean net of the repeat purchase days (0 without one).`,
        ]),
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
    groups?.periods.length ? ")," : ")",
    ...(groups ? [...groups.periods, ...groups.select] : ["SELECT", ...columnLines("  ", columns), "FROM summary", "ORDER BY customer;"]),
    "",
  ].join("\n");
}
