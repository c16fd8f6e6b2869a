import type { InPageHost } from "../excel/excelHost";

/**
 * Office's four themes as the demo's in-page host gives them to the pane (Office.context.officeTheme's isDarkTheme and
 * body colour), chosen with ?theme= on the demo page. Source of the theme names and isDarkTheme: Office.ThemeId and
 * Office.OfficeTheme in @types/office-js; the colours are the themes' body backgrounds.
 */
const OFFICE_THEMES: Record<string, NonNullable<InPageHost["officeTheme"]>> = {
  white: { isDarkTheme: false, bodyBackgroundColor: "#FFFFFF" },
  colorful: { isDarkTheme: false, bodyBackgroundColor: "#F3F3F3" },
  darkgray: { isDarkTheme: true, bodyBackgroundColor: "#262626" },
  black: { isDarkTheme: true, bodyBackgroundColor: "#000000" },
};

/**
 * The Office theme named by the demo page's ?theme= (white, colorful, darkgray, black; any case), or undefined.
 * @example officeThemeNamed("Black") // { isDarkTheme: true, bodyBackgroundColor: "#000000" }
 */
export function officeThemeNamed(name: string | null): InPageHost["officeTheme"] {
  return name === null ? undefined : OFFICE_THEMES[name.toLowerCase()];
}
