/**
 * Whether `value` is a cancel: an error named "AbortError". By name, not instanceof: one made in another realm (the
 * demo page's frame) is no instance of this one's Error.
 * @example isAbortError(new DOMException("The read was aborted", "AbortError")) // true
 */
export function isAbortError(value: unknown): boolean {
  return typeof value === "object" && value !== null && (value as { name?: unknown }).name === "AbortError";
}

/**
 * Stops an operation that was cancelled: throws when `signal` has aborted, nothing otherwise. What it throws is the
 * signal's own reason when that is an AbortError (`controller.abort()` gives one), otherwise a `DOMException` named
 * "AbortError" saying which operation was aborted (a reason of another kind, e.g. `abort("user")`, is not an error
 * the caller can recognise as a cancel).
 * @example throwIfAborted(options.signal, "read") // throws DOMException("The read was aborted", "AbortError") once aborted
 */
export function throwIfAborted(signal: AbortSignal | undefined, operation: "read" | "write"): void {
  if (!signal?.aborted) return;
  if (isAbortError(signal.reason)) throw signal.reason;
  throw new DOMException(`The ${operation} was aborted`, "AbortError");
}
