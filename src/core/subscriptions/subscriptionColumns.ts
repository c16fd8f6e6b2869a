import type { ColumnRef } from "../read/columnRef";
import { normalizeHeader } from "../read/columnRoles";
import { SubscriptionDataError } from "./subscriptionDataError";

/**
 * What a column of subscription data holds. One row per customer: the `periods` stayed and whether the customer is
 * still `active` (or has cancelled, by the column's header); or pymc-marketing's layout, `recency` (the period the
 * customer cancelled in, or `observedPeriods` T for one still active). A survivors curve: `survivors`, the customers
 * still active at the start of periods 0, 1, 2, …. Any of them may have a `cohort`, fitted separately.
 */
export type SubscriptionRole = "periods" | "active" | "cohort" | "survivors" | "recency" | "observedPeriods";

/** The three shapes subscription data comes in (see SubscriptionRole). */
export type SubscriptionLayout = "customers" | "recency" | "survivors";

/** The roles the user may name a column for: by header text (compared as headers are matched) or 0-based index; null: none. */
export type SubscriptionColumnOverrides = Partial<Record<"periods" | "active" | "cohort" | "survivors", string | number | null>>;

/** A column found for a role: named by the user (`option`) or found by its header (`header`). */
export interface SubscriptionColumn extends ColumnRef {
  source: "option" | "header";
}

/** The columns of each layout; `activeMeans` says whether yes in the active column means still active or cancelled. */
export type SubscriptionColumns =
  | { layout: "customers"; periods: SubscriptionColumn; active: SubscriptionColumn; activeMeans: "active" | "cancelled"; cohort?: SubscriptionColumn }
  | { layout: "recency"; recency: SubscriptionColumn; observedPeriods: SubscriptionColumn; cohort?: SubscriptionColumn }
  | { layout: "survivors"; survivors: SubscriptionColumn; cohort?: SubscriptionColumn };

type HeaderRole = "periods" | "active" | "cancelled" | "cohort" | "survivors" | "recency" | "observedPeriods";

/**
 * Header names of each role in English, Danish and Swedish, normalized (normalizeHeader: "Måneder" → "maneder").
 * A header equal to a name matches; one that contains a name of 4 or more letters matches in a second pass.
 * `cancelled` is an active column read the other way round (yes = cancelled): "Churn", "Opsagt", "Uppsagd".
 * @example subscriptionHeaderWords.active.includes("aktiv") // true
 */
export const subscriptionHeaderWords: Readonly<Record<HeaderRole, readonly string[]>> = {
  survivors: [
    "survivors", "survivorcount", "activecustomers", "customersactive", "stillactivecustomers", "customersremaining",
    "remainingcustomers", "remaining", "retained", "retainedcustomers", "alive", "customersalive", "activesubscribers",
    "subscribers", "numberactive",
    "overlevende", "aktivekunder", "kunderaktive", "tilbagevaerende", "tilbagevaerendekunder", "fastholdte",
    "fastholdtekunder", "aktiveabonnenter", "abonnenter", "antalaktive",
    "overlevande", "aktivakunder", "kvarvarande", "kvarvarandekunder", "behallnakunder", "aktivaprenumeranter",
    "prenumeranter", "antalaktiva",
  ],
  cohort: [
    "cohort", "cohorts", "cohortname", "group", "segment", "plan", "tier", "signupyear", "startyear", "signupmonth", "startmonth",
    "kohorte", "kohorter", "gruppe", "abonnementstype", "startar", "startmaned",
    "kohort", "grupp", "abonnemangstyp", "startmanad",
  ],
  cancelled: [
    "cancelled", "canceled", "churned", "churn", "hascancelled", "lapsed", "terminated", "inactive",
    "opsagt", "udmeldt", "frafaldet", "frafald", "inaktiv",
    "uppsagd", "avslutad", "churnad", "sagtupp",
  ],
  active: [
    "active", "stillactive", "isactive", "activenow", "currentlyactive", "subscribed", "stillsubscribed",
    "aktiv", "stadigaktiv", "eraktiv", "aktivnu", "fortsataktiv",
    "fortfarandeaktiv", "araktiv",
  ],
  recency: ["recency"],
  observedPeriods: ["t"],
  periods: [
    "periodsstayed", "periods", "period", "periodsactive", "periodssubscribed", "numberofperiods", "periodcount", "tenure",
    "duration", "lifetime", "monthsstayed", "yearsstayed", "monthssubscribed", "yearssubscribed", "months", "years",
    "perioder", "antalperioder", "varighed", "anciennitet", "maneder", "antalmaneder", "abonnementsperioder", "antalar",
    "varaktighet", "manader", "antalmanader", "abonnemangsperioder",
  ],
};

/** The order roles claim columns in: a survivors header ("Aktive kunder") before the active role's "aktiv". */
const claimOrder: readonly HeaderRole[] = ["survivors", "cohort", "cancelled", "active", "recency", "observedPeriods", "periods"];

/** Whether `header` (normalized) names `role`: equal to a name, or (`contains`) holding a name of 4 or more letters. */
function names(role: HeaderRole, header: string, contains: boolean): boolean {
  return subscriptionHeaderWords[role].some((word) => (contains ? word.length >= 4 && header.includes(word) : header === word));
}

/** The column each role's header names: equal names first for every role, then containing ones; a column serves one role. */
function columnsByHeader(headers: readonly (string | undefined)[]): Partial<Record<HeaderRole, number>> {
  const normalized = headers.map((header) => (header === undefined ? "" : normalizeHeader(header)));
  const found: Partial<Record<HeaderRole, number>> = {};
  const taken = new Set<number>();
  for (const contains of [false, true]) {
    for (const role of claimOrder) {
      if (found[role] !== undefined) continue;
      const index = normalized.findIndex((header, column) => header !== "" && !taken.has(column) && names(role, header, contains));
      if (index < 0) continue;
      found[role] = index;
      taken.add(index);
    }
  }
  return found;
}

/**
 * Whether a header says its yes means cancelled ("Churn", "Opsagt", "Uppsagd", "Inactive"), not still active.
 * @example meansCancelled("Churned") // true
 */
export function meansCancelled(header: string | undefined): boolean {
  if (header === undefined) return false;
  const normalized = normalizeHeader(header);
  return names("cancelled", normalized, false) || (!names("active", normalized, false) && names("cancelled", normalized, true));
}

/** The column a user named: a 0-based index, or header text compared as headers are matched. */
function namedColumn(role: SubscriptionRole, given: string | number, headers: readonly (string | undefined)[]): SubscriptionColumn {
  const index =
    typeof given === "number" ? (given >= 0 && given < headers.length ? given : -1) : headers.findIndex((header) => header !== undefined && normalizeHeader(header) === normalizeHeader(given));
  if (index < 0) throw new SubscriptionDataError("unknownColumn", { role, given });
  return { index, header: headers[index], source: "option" };
}

/**
 * The layout of subscription data and the column of each role, from the header row and the columns the user named.
 * Named columns decide the layout (survivors → a survivors curve; periods or active → one row per customer);
 * otherwise the headers do, in this order: an active (or cancelled) column → one row per customer; recency and T →
 * pymc-marketing's layout; a survivors column → a survivors curve. A cohort column is optional (null: none).
 * Throws SubscriptionDataError: `missingColumns`, `unknownColumn`, `sameColumnTwice`.
 * @example detectSubscriptionColumns(["Kunde", "Perioder", "Aktiv"]) // { layout: "customers", periods: { index: 1, … }, active: { index: 2, … }, activeMeans: "active" }
 */
export function detectSubscriptionColumns(headers: readonly (string | undefined)[], overrides: SubscriptionColumnOverrides = {}): SubscriptionColumns {
  const byHeader = columnsByHeader(headers);
  const column = (role: "periods" | "active" | "cohort" | "survivors", headerRole: HeaderRole = role): SubscriptionColumn | undefined => {
    const given = overrides[role];
    if (given === null) return undefined;
    if (given !== undefined) return namedColumn(role, given, headers);
    const index = byHeader[headerRole];
    return index === undefined ? undefined : { index, header: headers[index], source: "header" };
  };
  const fromHeader = (role: HeaderRole): SubscriptionColumn | undefined => {
    const index = byHeader[role];
    return index === undefined ? undefined : { index, header: headers[index], source: "header" };
  };
  const cohort = column("cohort");
  const named = (role: keyof SubscriptionColumnOverrides) => overrides[role] !== undefined && overrides[role] !== null;
  const active = column("active") ?? (named("active") ? undefined : fromHeader("cancelled"));
  const survivors = column("survivors");
  const recency = fromHeader("recency");
  const observedPeriods = fromHeader("observedPeriods");
  const allHeaders = headers.map((header, index) => header ?? `#${index + 1}`);

  let columns: SubscriptionColumns;
  if (named("survivors") || (!named("periods") && !active && !(recency && observedPeriods) && survivors)) {
    if (!survivors) throw new SubscriptionDataError("missingColumns", { missing: ["survivors"], headers: allHeaders });
    columns = { layout: "survivors", survivors, cohort };
  } else if (!named("periods") && !active && recency && observedPeriods) {
    columns = { layout: "recency", recency, observedPeriods, cohort };
  } else {
    const periods = column("periods");
    const missing = [...(periods ? [] : (["periods"] as const)), ...(active ? [] : (["active"] as const))];
    if (missing.length > 0) throw new SubscriptionDataError("missingColumns", { missing: [...missing], headers: allHeaders });
    columns = { layout: "customers", periods: periods as SubscriptionColumn, active: active as SubscriptionColumn, activeMeans: meansCancelled(active?.header) ? "cancelled" : "active", cohort };
  }
  checkDistinct(columns);
  return columns;
}

/** Refuses one column given two roles (only named columns can collide: a header serves one role). */
function checkDistinct(columns: SubscriptionColumns): void {
  const used = Object.entries(columns).filter((entry): entry is [SubscriptionRole, SubscriptionColumn] => typeof entry[1] === "object" && entry[1] !== null);
  used.forEach(([role, ref], position) => {
    const other = used.slice(0, position).find(([, earlier]) => earlier.index === ref.index);
    if (other) throw new SubscriptionDataError("sameColumnTwice", { roles: [other[0], role], column: ref.header ?? `#${ref.index + 1}` });
  });
}
