import { findInPageHost } from "../../src/taskpane/inPageHost";

describe("findInPageHost", () => {
  const Excel = { run: () => undefined };

  it("takes the Excel of a same-origin parent that hosts a workbook", () => {
    const view = { parent: { kundevaerdiInPageHost: { Excel, displayLanguage: "da-DK" } } };
    expect(findInPageHost(view as unknown as Window)).toEqual({ Excel, displayLanguage: "da-DK" });
  });

  it("finds none in a top-level page, under a parent without a host, or under a cross-origin parent", () => {
    const top = {} as { parent?: unknown };
    top.parent = top;
    expect(findInPageHost(top as unknown as Window)).toBeUndefined();
    expect(findInPageHost({ parent: {} } as unknown as Window)).toBeUndefined();
    expect(findInPageHost({ parent: { kundevaerdiInPageHost: {} } } as unknown as Window)).toBeUndefined();
    const crossOrigin = {
      get kundevaerdiInPageHost(): unknown {
        throw new DOMException("Blocked a frame from accessing a cross-origin frame.", "SecurityError");
      },
    };
    expect(findInPageHost({ parent: crossOrigin } as unknown as Window)).toBeUndefined();
  });
});
