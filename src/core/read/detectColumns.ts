import { cellText, isBlankCell, isEmptyRow } from "./cellValue";
import { type ColumnProfile, profileColumn } from "./columnProfile";
import type { ColumnRef } from "./columnRef";
import { type ColumnRole, columnRoles, headerSynonyms, normalizeHeader } from "./columnRoles";
import { PurchaseDataError } from "./purchaseDataError";
import type { ReadNotice } from "./readDiagnostics";

/**
 * The two shapes of purchase data: a transaction log (one row per purchase: customer, date, amount …) or a
 * per-customer table (one row per customer: number of purchases, total or average amount, first and last
 * purchase date).
 */
export type Layout = "transactions" | "customerTable";

/**
 * Columns chosen by the caller, by header text (compared like headers are matched: case, accents, spaces
 * and punctuation ignored) or by 0-based index; `null` says the data has no such column.
 */
export type ColumnOverrides = Partial<Record<ColumnRole, string | number | null>>;

/**
 * Options for `detectColumns`.
 */
export interface DetectColumnsOptions {
  columns?: ColumnOverrides;
  /** Whether the first row holds headers; by default it does when a cell names a role or no cell is data. */
  hasHeader?: boolean;
  /** The layout; by default a per-customer table when a column names one of its roles (Antal køb …). */
  layout?: Layout;
}

/**
 * A column found for a role: by the caller (`option`), by its header (`header`, with the known name it
 * matched and whether it matched the whole header) or from its content (`content`, reported as a notice).
 */
export interface DetectedColumn extends ColumnRef {
  source: "option" | "header" | "content";
  matchedName?: string;
  exactMatch?: boolean;
}

/**
 * The columns of a transaction log: customer and date always, the others when found.
 */
export interface TransactionRoles {
  customer: DetectedColumn;
  date: DetectedColumn;
  amount?: DetectedColumn;
  quantity?: DetectedColumn;
  orderId?: DetectedColumn;
}

/**
 * The columns of a per-customer table: the customer always, and at least one of the others.
 */
export interface CustomerTableRoles {
  customer: DetectedColumn;
  purchases?: DetectedColumn;
  totalAmount?: DetectedColumn;
  averageAmount?: DetectedColumn;
  firstPurchase?: DetectedColumn;
  lastPurchase?: DetectedColumn;
  customerCount?: DetectedColumn;
}

/**
 * The result of `detectColumns`: the layout with the column of each role found, where the data starts, the
 * header texts (trimmed; undefined for blank headers and for data without a header row) and the notices.
 */
export type ColumnDetection = {
  hasHeader: boolean;
  /** Index of the first data row in the rows (1 with a header row, 0 without). */
  firstDataIndex: number;
  headers: (string | undefined)[];
  notices: ReadNotice[];
} & ({ layout: "transactions"; roles: TransactionRoles } | { layout: "customerTable"; roles: CustomerTableRoles });

/**
 * The detection of a transaction log.
 */
export type TransactionDetection = Extract<ColumnDetection, { layout: "transactions" }>;
/**
 * The detection of a per-customer table.
 */
export type CustomerTableDetection = Extract<ColumnDetection, { layout: "customerTable" }>;

const transactionRoles: readonly ColumnRole[] = ["customer", "date", "amount", "quantity", "orderId"];
const customerTableRoles: readonly ColumnRole[] = ["customer", "purchases", "totalAmount", "averageAmount", "firstPurchase", "lastPurchase", "customerCount"];
/** Roles that only a per-customer table has. */
const customerTableOnly: readonly ColumnRole[] = ["purchases", "averageAmount", "firstPurchase", "lastPurchase", "customerCount"];

/** Rows looked at to guess roles from content and to count the columns. */
const sampleSize = 200;
/** Share of the filled cells that must fit a role for a content guess. */
const guessShare = 0.8;
/** Synonyms shorter than this only match a whole header, never a part of one ("id" in "paid"). */
const shortestPartialMatch = 4;

interface HeaderMatch {
  role: ColumnRole;
  column: number;
  score: number;
  name: string;
  exact: boolean;
}

/**
 * Finds the layout and the column of each role from the headers (English, Danish, Swedish; see
 * columnRoles.ts), the caller's overrides and, for required roles no header names, the content.
 * Scoring: a header equal to a known name scores 1000 minus the name's rank in its list; a header that
 * contains a known name of 4+ letters scores 100 plus the name's length; the highest scores are assigned
 * first, one column per role and one role per column, ties going to the earlier role, then the leftmost
 * column. When several headers name one role as well as the chosen one (CDNOW's masterid and sampleid, both exact;
 * "Beløb inkl. moms" and "Beløb ekskl. moms", both partial), the choice is reported as a `columnChoice` notice. A transaction log needs customer and date (amount is optional:
 * a `noAmountColumn` notice); a per-customer table needs customer and one of its own roles.
 * Throws PurchaseDataError when there is no data, an override names no column, or a required column is missing.
 * @example
 * detectColumns([["Kundenavn", "Købsdato", "Købsbeløb"], ["Anna", "31-01-2024", "500 kr"]]).roles.date
 * // { index: 1, header: "Købsdato", source: "header", matchedName: "kobsdato", exactMatch: true }
 */
export function detectColumns(rows: readonly (readonly unknown[])[], options: DetectColumnsOptions = {}): ColumnDetection {
  if (!rows.some((row) => !isEmptyRow(row))) throw new PurchaseDataError("noData", {});
  const columnCount = countColumns(rows);
  const headerTexts = Array.from({ length: columnCount }, (_, index) => headerText(rows[0]?.[index]));
  const normalized = headerTexts.map((text) => (text === undefined ? "" : normalizeHeader(text)));
  const overrides = options.columns ?? {};
  const hasHeader = options.hasHeader ?? decideHasHeader(rows[0] ?? [], normalized, overrides);
  const headers = hasHeader ? headerTexts : headerTexts.map(() => undefined);
  const firstDataIndex = hasHeader ? 1 : 0;
  const notices: ReadNotice[] = [];

  const roles = applyOverrides(overrides, headers, normalized, columnCount, hasHeader);
  const excluded = new Set(columnRoles.filter((role) => overrides[role] === null));
  if (hasHeader) matchHeaders(roles, excluded, headers, normalized, notices);

  const layout = options.layout ?? (customerTableOnly.some((role) => roles[role]) ? "customerTable" : "transactions");
  if (layout === "customerTable") {
    moveRole(roles, "date", "lastPurchase", !roles.lastPurchase && !excluded.has("lastPurchase"), notices, "dateAsLastPurchase");
    const hasAmountRole = roles.totalAmount || roles.averageAmount || excluded.has("totalAmount");
    const reading = roles.amount && amountReading(normalized[roles.amount.index]);
    if (reading === "perPurchase") moveRole(roles, "amount", "averageAmount", !hasAmountRole && !excluded.has("averageAmount"), notices);
    else moveRole(roles, "amount", "totalAmount", !hasAmountRole, notices, reading === "total" ? undefined : "amountAsTotal");
  } else {
    moveRole(roles, "totalAmount", "amount", !roles.amount && !excluded.has("amount"), notices);
    guessFromContent(rows, roles, excluded, headers, hasHeader, firstDataIndex, columnCount, notices);
  }

  const wanted = layout === "customerTable" ? customerTableRoles : transactionRoles;
  const kept: Partial<Record<ColumnRole, DetectedColumn>> = {};
  for (const role of wanted) if (roles[role]) kept[role] = roles[role];
  const { customer, date } = kept;
  const missingColumns = (missing: ColumnRole[]): PurchaseDataError =>
    new PurchaseDataError("missingColumns", { missing, headers: headers.filter((header): header is string => header !== undefined) });
  if (!customer) throw missingColumns(layout === "transactions" && !date ? ["customer", "date"] : ["customer"]);
  if (layout === "transactions" && !kept.amount) notices.push({ code: "noAmountColumn" });
  const common = {
    hasHeader,
    firstDataIndex,
    headers,
    notices: notices.filter((notice) => !("role" in notice) || kept[notice.role] !== undefined),
  };
  if (layout === "customerTable") {
    if (!customerTableRoles.some((role) => role !== "customer" && kept[role])) throw missingColumns(["purchases"]);
    return { ...common, layout, roles: { ...kept, customer } };
  }
  if (!date) throw missingColumns(["date"]);
  return { ...common, layout, roles: { ...kept, customer, date } };
}

function headerText(cell: unknown): string | undefined {
  return isBlankCell(cell) ? undefined : cellText(cell).trim();
}

function countColumns(rows: readonly (readonly unknown[])[]): number {
  let count = 0;
  const end = Math.min(rows.length, sampleSize + 1);
  for (let index = 0; index < end; index += 1) count = Math.max(count, rows[index]?.length ?? 0);
  return count;
}

/**
 * The first row is a header when none of its cells is a date and either a cell names a role or every
 * filled cell is text that is neither a date nor a number.
 */
function decideHasHeader(firstRow: readonly unknown[], normalized: string[], overrides: ColumnOverrides): boolean {
  if (Object.values(overrides).some((given) => typeof given === "string")) return true;
  const filled = firstRow.filter((cell) => !isBlankCell(cell));
  const profiles = filled.map((cell) => profileColumn([[cell]], 0, 0, 1));
  if (filled.length === 0 || profiles.some((profile) => profile.dates > 0)) return false;
  if (normalized.some((name) => name !== "" && columnRoles.some((role) => scoreHeader(name, role) !== undefined))) return true;
  return filled.every((cell, index) => typeof cell === "string" && profiles[index].amounts === 0 && profiles[index].serialDates === 0);
}

function applyOverrides(
  overrides: ColumnOverrides,
  headers: (string | undefined)[],
  normalized: string[],
  columnCount: number,
  hasHeader: boolean,
): Partial<Record<ColumnRole, DetectedColumn>> {
  const roles: Partial<Record<ColumnRole, DetectedColumn>> = {};
  const taken = new Map<number, ColumnRole>();
  for (const role of columnRoles) {
    const given = overrides[role];
    if (given === undefined || given === null) continue;
    const index = typeof given === "number" ? given : hasHeader ? normalized.indexOf(normalizeHeader(given)) : -1;
    if (!Number.isInteger(index) || index < 0 || index >= columnCount || (typeof given === "string" && normalizeHeader(given) === "")) {
      throw new PurchaseDataError("unknownColumn", { role, given });
    }
    const other = taken.get(index);
    if (other !== undefined) throw new PurchaseDataError("sameColumnTwice", { roles: [other, role], column: given });
    taken.set(index, role);
    roles[role] = { index, header: headers[index], source: "option" };
  }
  return roles;
}

/** How well a normalized header names a role; undefined when it does not. */
function scoreHeader(name: string, role: ColumnRole): { score: number; name: string; exact: boolean } | undefined {
  const synonyms = headerSynonyms[role];
  const rank = synonyms.indexOf(name);
  if (rank !== -1) return { score: 1000 - rank, name, exact: true };
  let best: { score: number; name: string; exact: boolean } | undefined;
  for (const synonym of synonyms) {
    if (synonym.length < shortestPartialMatch || !name.includes(synonym)) continue;
    const score = 100 + synonym.length;
    if (!best || score > best.score) best = { score, name: synonym, exact: false };
  }
  return best;
}

function matchHeaders(
  roles: Partial<Record<ColumnRole, DetectedColumn>>,
  excluded: ReadonlySet<ColumnRole>,
  headers: (string | undefined)[],
  normalized: string[],
  notices: ReadNotice[],
): void {
  const matches: HeaderMatch[] = [];
  normalized.forEach((name, column) => {
    if (name === "") return;
    for (const role of columnRoles) {
      const match = scoreHeader(name, role);
      if (match) matches.push({ role, column, ...match });
    }
  });
  matches.sort(
    (left, right) => right.score - left.score || columnRoles.indexOf(left.role) - columnRoles.indexOf(right.role) || left.column - right.column,
  );
  const usedColumns = new Set(Object.values(roles).map((detected) => detected.index));
  for (const match of matches) {
    if (roles[match.role] || excluded.has(match.role) || usedColumns.has(match.column)) continue;
    roles[match.role] = { index: match.column, header: headers[match.column], source: "header", matchedName: match.name, exactMatch: match.exact };
    usedColumns.add(match.column);
  }
  for (const role of columnRoles) {
    const chosen = roles[role];
    if (!chosen || chosen.source !== "header") continue;
    const alternatives = matches
      .filter((match) => match.role === role && match.exact === chosen.exactMatch && match.column !== chosen.index && !usedColumns.has(match.column))
      .map((match) => ({ index: match.column, header: headers[match.column] }));
    if (alternatives.length > 0) notices.push({ code: "columnChoice", role, chosen: { index: chosen.index, header: chosen.header }, alternatives });
  }
}

/** Words in a normalized amount header that make it an amount per purchase (pr. køb, gennemsnit, average, per köp …). */
const perPurchaseWords = ["prkob", "perkob", "prordre", "perordre", "perpurchase", "perorder", "perkop", "gennemsnit", "gns", "snit", "average", "avg", "mean", "genomsnitt"];
/** Words that make it each customer's total (samlet, i alt, omsætning, total, summa …). */
const totalWords = ["samlet", "ialt", "omsaetning", "total", "sum", "revenue", "turnover", "omsattning", "totalt", "lifetime"];

/**
 * How a per-customer table's plain amount header reads: per purchase, total, or not clear (`Købsbeløb` beside
 * `Antal køb` could be either). Per-purchase words win ("Gns. samlet beløb pr. køb" is per purchase).
 * @example amountReading(normalizeHeader("Beløb pr. køb")) // "perPurchase"
 * @example amountReading(normalizeHeader("Købsbeløb")) // undefined
 */
export function amountReading(header: string): "perPurchase" | "total" | undefined {
  if (perPurchaseWords.some((word) => header.includes(word))) return "perPurchase";
  if (totalWords.some((word) => header.includes(word))) return "total";
  return undefined;
}

/** Gives role `from`'s column to role `to` when `when` holds, with a notice if one is named. */
function moveRole(
  roles: Partial<Record<ColumnRole, DetectedColumn>>,
  from: ColumnRole,
  to: ColumnRole,
  when: unknown,
  notices: ReadNotice[],
  notice?: "dateAsLastPurchase" | "amountAsTotal",
): void {
  const column = roles[from];
  if (!column || !when) return;
  roles[to] = column;
  delete roles[from];
  if (notice) notices.push({ code: notice, column: { index: column.index, header: column.header } });
}

/**
 * Chooses the date, amount and customer columns of a transaction log that neither a header nor the caller
 * named: the date is the column whose cells are mostly dates (else mostly Excel serials of 1970–2099),
 * the amount the rightmost column of mostly amounts with decimals (without a header row: else the
 * rightmost column of mostly numbers), the customer the leftmost column left that is mostly filled.
 */
function guessFromContent(
  rows: readonly (readonly unknown[])[],
  roles: Partial<Record<ColumnRole, DetectedColumn>>,
  excluded: ReadonlySet<ColumnRole>,
  headers: (string | undefined)[],
  hasHeader: boolean,
  firstDataIndex: number,
  columnCount: number,
  notices: ReadNotice[],
): void {
  const needed = (["date", "amount", "customer"] as const).filter((role) => !roles[role] && !excluded.has(role));
  if (needed.length === 0) return;
  const used = new Set(Object.values(roles).map((detected) => detected.index));
  const profiles = Array.from({ length: columnCount }, (_, index) => profileColumn(rows, index, firstDataIndex, sampleSize));
  const free = (): number[] => profiles.map((_, index) => index).filter((index) => !used.has(index) && profiles[index].filled > 0);
  const share = (profile: ColumnProfile, count: number): boolean => count >= guessShare * profile.filled;
  const choose = (role: ColumnRole, index: number | undefined): void => {
    if (index === undefined) return;
    used.add(index);
    roles[role] = { index, header: headers[index], source: "content" };
    notices.push({ code: "columnGuessed", role, column: { index, header: headers[index] } });
  };
  if (needed.includes("date")) {
    const candidates = free();
    choose(
      "date",
      candidates.find((index) => share(profiles[index], profiles[index].dates)) ??
        candidates.find((index) => profiles[index].serialDates === profiles[index].filled),
    );
  }
  if (needed.includes("amount")) {
    const candidates = free().filter((index) => share(profiles[index], profiles[index].amounts)).reverse();
    choose("amount", candidates.find((index) => profiles[index].fractional > 0) ?? (hasHeader ? undefined : candidates[0]));
  }
  if (needed.includes("customer")) {
    const rowsSampled = Math.min(sampleSize, Math.max(rows.length - firstDataIndex, 0));
    choose("customer", free().find((index) => profiles[index].filled >= guessShare * rowsSampled));
  }
}
