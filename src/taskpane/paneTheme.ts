import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import { useEffect, useState } from "react";

/**
 * The pane's three looks: Office's White and Colorful themes, its Dark Gray and Black themes, and a dark forced-colours
 * palette (Windows contrast themes such as Night sky and Aquatic).
 */
export type PaneThemeName = "light" | "dark" | "highContrast";

/** What the pane reads of Office.context.officeTheme (the in-page host of the demo gives the same fields). */
export interface OfficeThemeColors {
  isDarkTheme?: boolean;
  /** "#RRGGBB", e.g. "#262626" in Dark Gray. */
  bodyBackgroundColor?: string;
}

/** Fluent UI's theme for each look (Fluent's own high-contrast theme, which is black, for a dark forced palette). */
export const PANE_THEMES: Record<PaneThemeName, Theme> = { light: webLightTheme, dark: webDarkTheme, highContrast: teamsHighContrastTheme };

/** Relative luminance of an sRGB colour "#RRGGBB" (WCAG 2.1, "relative luminance"), or undefined for other text. */
function relativeLuminance(color: string): number | undefined {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color.trim());
  if (!match) return undefined;
  const [red, green, blue] = match.slice(1).map((hex) => {
    const channel = parseInt(hex, 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

/** What the system says of its colours: whether it forces a palette (a Windows contrast theme), and whether that palette is dark. */
export interface SystemColors {
  forced: boolean;
  /** prefers-color-scheme: dark; under forced colours it tells a dark palette from a light one (CSS Color Adjust 1, §3.1). */
  dark: boolean;
}

/**
 * The pane's look. Under a forced dark palette, Fluent's high-contrast theme; under a forced light one, the light theme
 * (the browser draws both in the system's colours, and Fluent's high-contrast theme would put its yellow links on
 * the light canvas). Otherwise dark in Office's Dark Gray and Black themes (isDarkTheme; where a host gives only
 * colours, a body background darker than mid-grey), else light.
 * Source: Microsoft Learn, "Use Office themes in your Office Add-ins"; MDN, "forced-colors".
 * @example paneThemeName({ isDarkTheme: true }, { forced: false, dark: false }) // "dark"
 */
export function paneThemeName(officeTheme: OfficeThemeColors | undefined, system: SystemColors): PaneThemeName {
  if (system.forced) return system.dark ? "highContrast" : "light";
  if (officeTheme?.isDarkTheme !== undefined) return officeTheme.isDarkTheme ? "dark" : "light";
  const luminance = officeTheme?.bodyBackgroundColor === undefined ? undefined : relativeLuminance(officeTheme.bodyBackgroundColor);
  return luminance !== undefined && luminance < 0.18 ? "dark" : "light";
}

const FORCED_COLORS = "(forced-colors: active)";
const DARK_SCHEME = "(prefers-color-scheme: dark)";

/**
 * Whether the system forces colours now, and whether its palette is dark, following changes while the pane is open.
 * @example const system = useSystemColors(); // { forced: true, dark: true } under Windows' Night sky contrast theme
 */
export function useSystemColors(): SystemColors {
  const [system, setSystem] = useState<SystemColors>(currentSystemColors);
  useEffect(() => {
    if (typeof window === "undefined" || typeof window.matchMedia !== "function") return;
    const queries = [window.matchMedia(FORCED_COLORS), window.matchMedia(DARK_SCHEME)];
    const update = () => setSystem(currentSystemColors());
    for (const query of queries) query.addEventListener("change", update);
    update();
    return () => {
      for (const query of queries) query.removeEventListener("change", update);
    };
  }, []);
  return system;
}

/** The system's colours as the media queries say now (jsdom has no matchMedia: not forced, light). */
function currentSystemColors(): SystemColors {
  if (typeof window === "undefined" || typeof window.matchMedia !== "function") return { forced: false, dark: false };
  return { forced: window.matchMedia(FORCED_COLORS).matches, dark: window.matchMedia(DARK_SCHEME).matches };
}
