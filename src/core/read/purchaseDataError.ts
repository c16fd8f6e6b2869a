import { CodedError } from "../codedError";
import type { ColumnRole } from "./columnRoles";

/**
 * The parameters of each way purchase data as a whole cannot be read (as opposed to single rows).
 */
export interface PurchaseDataErrorParameters {
  /** There are no rows, or every row is blank. */
  noData: Record<string, never>;
  /** Columns the layout needs were neither found from the headers nor given; `headers` lists what there is. */
  missingColumns: { missing: ColumnRole[]; headers: string[] };
  /** A column given for a role (header text or 0-based index) does not exist. */
  unknownColumn: { role: ColumnRole; given: string | number };
  /** Two roles were given the same column. */
  sameColumnTwice: { roles: [ColumnRole, ColumnRole]; column: string | number };
}

/**
 * The kinds of PurchaseDataError.
 */
export type PurchaseDataErrorCode = keyof PurchaseDataErrorParameters;

/**
 * Purchase data that cannot be read at all — no data, or no customer or date column — described
 * structurally so each user interface can word it (src/i18n/rowProblems.ts). Problems in single rows are
 * never thrown; they are reported in the result (see ReadDiagnostics).
 * @example new PurchaseDataError("unknownColumn", { role: "date", given: "Købsdato" })
 */
export class PurchaseDataError<Code extends PurchaseDataErrorCode = PurchaseDataErrorCode> extends CodedError<PurchaseDataErrorParameters, Code> {
  override readonly name = "PurchaseDataError";
}
