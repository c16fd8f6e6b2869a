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
