/**
 * The error codes the double raises, named as Office.js names them (`Excel.ErrorCodes`, `OfficeExtension.ErrorCodes`;
 * Microsoft Learn, "Error handling with the application-specific JavaScript APIs", error codes and messages).
 */
export type ExcelErrorCode =
  | "GeneralException"
  | "InvalidArgument"
  | "InvalidOperation"
  | "InvalidReference"
  | "ItemAlreadyExists"
  | "ItemNotFound"
  | "PropertyNotLoaded"
  | "RangeExceedsLimit"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded";

/** An error as Office.js raises it: `code` is the error code the add-in checks, the message says what the double refused. */
export interface ExcelErrorDouble extends Error {
  code: ExcelErrorCode;
}

/**
 * The error Office.js would raise, with its `code` (as `OfficeExtension.Error.code`) and a message that starts with it.
 * @example throw excelError("InvalidArgument", '"a/b" is not a valid sheet name') // error.code === "InvalidArgument"
 */
export function excelError(code: ExcelErrorCode, message: string): ExcelErrorDouble {
  const error = new Error(`${code}: ${message}`) as ExcelErrorDouble;
  error.name = "RichApi.Error";
  error.code = code;
  return error;
}
