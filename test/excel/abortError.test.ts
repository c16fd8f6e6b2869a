import { isAbortError, throwIfAborted } from "../../src/excel/abortError";

describe("throwIfAborted", () => {
  it("does nothing without a signal or before the signal aborts", () => {
    expect(() => throwIfAborted(undefined, "read")).not.toThrow();
    expect(() => throwIfAborted(new AbortController().signal, "write")).not.toThrow();
  });

  it("throws the signal's own AbortError reason", () => {
    const controller = new AbortController();
    controller.abort();
    const reason: unknown = controller.signal.reason;
    expect(reason).toMatchObject({ name: "AbortError" });
    expect(() => throwIfAborted(controller.signal, "read")).toThrow(reason as Error);
  });

  it.each(["read", "write"] as const)("throws an AbortError naming the %s when the reason is something else", (operation) => {
    const controller = new AbortController();
    controller.abort("user");
    let thrown: unknown;
    try {
      throwIfAborted(controller.signal, operation);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DOMException);
    expect(thrown).toMatchObject({ name: "AbortError", message: `The ${operation} was aborted` });
  });
});

describe("isAbortError", () => {
  it("recognises a cancel by its name, whatever made it, and nothing else", () => {
    expect(isAbortError(new DOMException("x", "AbortError"))).toBe(true);
    expect(isAbortError({ name: "AbortError" })).toBe(true);
    expect(isAbortError(new Error("AbortError"))).toBe(false);
    expect(isAbortError(null)).toBe(false);
    expect(isAbortError("AbortError")).toBe(false);
  });
});
