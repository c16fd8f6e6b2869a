/**
 * Whether `value` is a cancel: an error named "AbortError" (by name: one from another frame is no instance of ours).
 * @example isAbortError(new DOMException("The read was aborted", "AbortError")) // true
 */
export function isAbortError(value: unknown): boolean {
  return typeof value === "object" && value !== null && (value as { name?: unknown }).name === "AbortError";
}

/**
 * Throws when `signal` has aborted: its reason if that is an AbortError, else a DOMException named "AbortError".
 * @example throwIfAborted(options.signal, "read") // throws DOMException("The read was aborted", "AbortError") once aborted
 */
export function throwIfAborted(signal: AbortSignal | undefined, operation: "read" | "write"): void {
  if (!signal?.aborted) return;
  if (isAbortError(signal.reason)) throw signal.reason;
  throw new DOMException(`The ${operation} was aborted`, "AbortError");
}
