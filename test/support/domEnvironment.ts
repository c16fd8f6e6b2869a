/**
 * jsdom lacks ResizeObserver, which Fluent UI's MessageBar uses to reflow long text. Browsers and Office's
 * webviews have it; in jsdom nothing is ever laid out, so an observer that never fires is faithful.
 */
if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  class ResizeObserverWithoutLayout {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = ResizeObserverWithoutLayout;
}

/**
 * Testing Library waits 1 s for findBy… queries by default; a busy two-core CI machine can take longer to open a
 * Fluent dialog (it is aria-hidden until its first render settles), so waits get 10 s.
 */
if (typeof window !== "undefined") {
  // The DOM library's settings, which the React one reads: requiring the React one here, before Jest's hooks exist,
  // would skip its automatic cleanup between tests.
  (require("@testing-library/dom") as typeof import("@testing-library/dom")).configure({ asyncUtilTimeout: 10_000 });
}
