/**
 * An error told as a code and its parameters, never as words, so that each user interface can word it in the
 * user's language (src/i18n). `Parameters` maps each code to the numbers and names its message needs.
 * @example class PurchaseDataError extends CodedError<PurchaseDataErrorParameters> { override readonly name = "PurchaseDataError"; }
 */
export abstract class CodedError<Parameters, Code extends keyof Parameters = keyof Parameters> extends Error {
  constructor(
    readonly code: Code,
    readonly params: Parameters[Code],
    subject: string = JSON.stringify(params),
  ) {
    super(`${String(code)}: ${subject}`);
  }
}
