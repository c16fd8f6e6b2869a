import { officeThemeNamed } from "../../src/demo/officeThemes";

describe("officeThemeNamed", () => {
  it("gives Office's four themes by the demo page's ?theme= name, in any case; dark exactly in Dark Gray and Black (Office.OfficeTheme.isDarkTheme)", () => {
    expect(officeThemeNamed("white")?.isDarkTheme).toBe(false);
    expect(officeThemeNamed("Colorful")?.isDarkTheme).toBe(false);
    expect(officeThemeNamed("darkgray")?.isDarkTheme).toBe(true);
    expect(officeThemeNamed("BLACK")).toEqual({ isDarkTheme: true, bodyBackgroundColor: "#000000" });
  });

  it("knows no theme the page does not name", () => {
    expect(officeThemeNamed(null)).toBeUndefined();
    expect(officeThemeNamed("purple")).toBeUndefined();
  });
});
