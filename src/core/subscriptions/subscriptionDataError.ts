import { CodedError } from "../codedError";
import type { SubscriptionRole } from "./subscriptionColumns";

/** The parameters of each way subscription data as a whole cannot be read (as opposed to single cells). */
export interface SubscriptionDataErrorParameters {
  /** There are no rows, or every row is blank. */
  noData: Record<string, never>;
  /** The first filled row holds only numbers: there is no header row to find the columns by. */
  noHeader: { row: number };
  /**
   * The columns a layout needs were neither found by their headers nor given: `missing` names them (one row per
   * customer needs periods and active; a survivors curve needs survivors), `headers` lists what there is.
   */
  missingColumns: { missing: SubscriptionRole[]; headers: string[] };
  /** A column given for a role (header text or 0-based index) does not exist. */
  unknownColumn: { role: SubscriptionRole; given: string | number };
  /** Two roles were given the same column. */
  sameColumnTwice: { roles: [SubscriptionRole, SubscriptionRole]; column: string };
}

/** The kinds of SubscriptionDataError. */
export type SubscriptionDataErrorCode = keyof SubscriptionDataErrorParameters;

/**
 * Subscription data that cannot be read at all — no rows, no header, no column for periods and active or for
 * survivors — described by a code and its numbers so each user interface can word it (src/i18n/subscriptionMessages.ts).
 * Problems in single cells are never thrown; they are listed with their row and column (SubscriptionData.problems).
 * @example new SubscriptionDataError("unknownColumn", { role: "active", given: "Aktiv" })
 */
export class SubscriptionDataError<Code extends SubscriptionDataErrorCode = SubscriptionDataErrorCode> extends CodedError<
  SubscriptionDataErrorParameters,
  Code
> {
  override readonly name = "SubscriptionDataError";
}
