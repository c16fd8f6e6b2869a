/**
 * @jest-environment jsdom
 */
/**
 * The pane's look follows Office's theme (Microsoft Learn, "Use Office themes in your Office Add-ins":
 * Office.context.officeTheme.isDarkTheme is true in Dark Gray and Black) and the system's forced colours
 * (MDN, "forced-colors"), with Fluent UI's matching themes.
 */
import { act, render } from "@testing-library/react";
import { teamsHighContrastTheme, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { formulaCatalog } from "../../src/taskpane/formulaCatalog";
import { PANE_THEMES, paneThemeName } from "../../src/taskpane/paneTheme";
import { officeThemeNamed } from "../../src/demo/officeThemes";

const NOT_FORCED = { forced: false, dark: false };
const FORCED_DARK = { forced: true, dark: true };
const FORCED_LIGHT = { forced: true, dark: false };

describe("paneThemeName", () => {
  it("is dark in Office's Dark Gray and Black themes and light in White and Colorful", () => {
    expect(paneThemeName({ isDarkTheme: true, bodyBackgroundColor: "#262626" }, NOT_FORCED)).toBe("dark");
    expect(paneThemeName({ isDarkTheme: true, bodyBackgroundColor: "#000000" }, NOT_FORCED)).toBe("dark");
    expect(paneThemeName({ isDarkTheme: false, bodyBackgroundColor: "#FFFFFF" }, NOT_FORCED)).toBe("light");
    expect(paneThemeName({ isDarkTheme: false, bodyBackgroundColor: "#F3F3F3" }, NOT_FORCED)).toBe("light");
  });

  it("reads the body colour where a host gives no isDarkTheme: darker than mid-grey (WCAG luminance < 0.18) is dark", () => {
    expect(paneThemeName({ bodyBackgroundColor: "#262626" }, NOT_FORCED)).toBe("dark");
    // #767676 has luminance 0.181 (just light), #737373 0.171 (just dark): by hand from the WCAG 2.1 formula.
    expect(paneThemeName({ bodyBackgroundColor: "#767676" }, NOT_FORCED)).toBe("light");
    expect(paneThemeName({ bodyBackgroundColor: "#737373" }, NOT_FORCED)).toBe("dark");
    expect(paneThemeName({ bodyBackgroundColor: "not a colour" }, NOT_FORCED)).toBe("light");
  });

  it("is light outside Office, and follows the system's forced palette whatever Office's theme: Fluent's high contrast on a dark one, light on a light one", () => {
    expect(paneThemeName(undefined, NOT_FORCED)).toBe("light");
    expect(paneThemeName(undefined, { forced: false, dark: true })).toBe("light");
    expect(paneThemeName(undefined, FORCED_DARK)).toBe("highContrast");
    expect(paneThemeName({ isDarkTheme: true }, FORCED_DARK)).toBe("highContrast");
    expect(paneThemeName({ isDarkTheme: false }, FORCED_DARK)).toBe("highContrast");
    expect(paneThemeName({ isDarkTheme: true }, FORCED_LIGHT)).toBe("light");
  });

  it("uses Fluent UI's web light, web dark and high-contrast themes", () => {
    expect(PANE_THEMES).toEqual({ light: webLightTheme, dark: webDarkTheme, highContrast: teamsHighContrastTheme });
  });
});

describe("the pane's theme", () => {
  /** Renders the pane with Office's theme (and forced colours when asked) and returns the look it shows. */
  async function shownTheme(officeTheme: Parameters<typeof App>[0]["officeTheme"], system = NOT_FORCED): Promise<string | null> {
    const matches = (query: string) => (query === "(forced-colors: active)" ? system.forced : query === "(prefers-color-scheme: dark)" ? system.dark : false);
    const matchMedia = (query: string) => ({ media: query, matches: matches(query), addEventListener: () => undefined, removeEventListener: () => undefined });
    Object.defineProperty(window, "matchMedia", { value: matchMedia, configurable: true });
    let container!: HTMLElement;
    await act(async () => {
      container = render(<App language="en" formulas={formulaCatalog} officeTheme={officeTheme} />).container;
    });
    return container.querySelector("[data-pane-theme]")?.getAttribute("data-pane-theme") ?? null;
  }

  afterEach(() => {
    delete (window as { matchMedia?: unknown }).matchMedia;
  });

  it("follows Office's theme as the demo host gives it, and the system's forced colours", async () => {
    expect(await shownTheme(undefined)).toBe("light");
    expect(await shownTheme(officeThemeNamed("DarkGray"))).toBe("dark");
    expect(await shownTheme(officeThemeNamed("black"))).toBe("dark");
    expect(await shownTheme(officeThemeNamed("colorful"))).toBe("light");
    expect(await shownTheme(officeThemeNamed("white"))).toBe("light");
    expect(await shownTheme(officeThemeNamed("black"), FORCED_DARK)).toBe("highContrast");
    expect(await shownTheme(officeThemeNamed("black"), FORCED_LIGHT)).toBe("light");
  });

  it("switches to high contrast when the system starts forcing a dark palette while the pane is open", async () => {
    let listener: (() => void) | undefined;
    const state = { matches: false };
    const matchMedia = (query: string) => ({
      media: query,
      get matches() {
        return state.matches;
      },
      addEventListener: (_: string, callback: () => void) => (listener = callback),
      removeEventListener: () => undefined,
    });
    Object.defineProperty(window, "matchMedia", { value: matchMedia, configurable: true });
    let container!: HTMLElement;
    await act(async () => {
      container = render(<App language="en" formulas={formulaCatalog} officeTheme={officeThemeNamed("white")} />).container;
    });
    expect(container.querySelector("[data-pane-theme]")?.getAttribute("data-pane-theme")).toBe("light");
    state.matches = true;
    await act(async () => listener?.());
    expect(container.querySelector("[data-pane-theme]")?.getAttribute("data-pane-theme")).toBe("highContrast");
  });
});
