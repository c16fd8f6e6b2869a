/**
 * Stops an operation that was cancelled: throws when `signal` has aborted, nothing otherwise. What it throws is the
 * signal's own reason when that is an AbortError (`controller.abort()` gives one), otherwise a `DOMException` named
 * "AbortError" saying which operation was aborted (a reason of another kind, e.g. `abort("user")`, is not an error
 * the caller can recognise as a cancel).
 * @example throwIfAborted(options.signal, "read") // throws DOMException("The read was aborted", "AbortError") once aborted
 */
export function throwIfAborted(signal: AbortSignal | undefined, operation: "read" | "write"): void {
  if (!signal?.aborted) return;
  const reason: unknown = signal.reason;
  // By name, not instanceof: a reason made in another realm (the demo page's frame) is no instance of this one's Error.
  if (typeof reason === "object" && reason !== null && (reason as { name?: unknown }).name === "AbortError") throw reason;
  throw new DOMException(`The ${operation} was aborted`, "AbortError");
}
