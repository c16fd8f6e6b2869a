/**
 * The #VALUE! error a worksheet function returns, with the message Excel shows beside the cell.
 * @example throw valueError("orders must be a number > 0, got 0.")
 */
export function valueError(message: string): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
}

/**
 * The #N/A error: the value asked for does not exist (an unknown customer, no next purchase) or is not calculated
 * here (a fit in a formula's value preview), with the message Excel shows beside the cell when there is one.
 * @example return [[notAvailableError()]]
 */
export function notAvailableError(message?: string): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, message);
}

/**
 * Whether an error is already one Excel shows in a cell (a CustomFunctions.Error).
 * @example isWorksheetError(valueError("…")) // true
 */
export function isWorksheetError(error: unknown): error is CustomFunctions.Error {
  return error instanceof CustomFunctions.Error;
}
