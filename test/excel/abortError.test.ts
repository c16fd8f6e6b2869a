import { throwIfAborted } from "../../src/excel/abortError";

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
