import { cellText } from "../../src/demo/cellText";

/** Excel serial of a date, independently of the code under test: days since 1899-12-30 (valid after 1900-02-28). */
function serialOf(isoDate: string): number {
  return (Date.parse(`${isoDate}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

describe("cellText", () => {
  it("shows text and booleans as they are, whatever the format", () => {
    expect(cellText("=SUM(A1)", "@")).toBe("=SUM(A1)");
    expect(cellText("Champions", "0.0%")).toBe("Champions");
    expect(cellText(true, "General")).toBe("TRUE");
    expect(cellText(false, "0")).toBe("FALSE");
  });

  it("formats the number formats the report writer uses", () => {
    expect(cellText(2357, "0")).toBe("2357");
    expect(cellText(2.5, "0")).toBe("3");
    expect(cellText(0.2431, "0.00")).toBe("0.24");
    expect(cellText(1234567.891, "#,##0.00")).toBe("1,234,567.89");
    expect(cellText(-1989.475, "#,##0.00")).toBe("-1,989.48");
    expect(cellText(0.1234, "0.0%")).toBe("12.3%");
    expect(cellText(1, "0%")).toBe("100%");
    expect(cellText(serialOf("1997-01-01"), "yyyy-mm-dd")).toBe("1997-01-01");
    expect(serialOf("1997-01-01")).toBe(35431);
    expect(cellText(serialOf("1997-09-30"), "dd.mm.yyyy")).toBe("30.09.1997");
    expect(cellText(serialOf("2024-02-29") + 0.75, "yyyy-mm-dd")).toBe("2024-02-29");
  });

  it("shows General numbers with at most 10 significant digits, and huge or tiny ones in E notation", () => {
    expect(cellText(29.33, "General")).toBe("29.33");
    expect(cellText(19970101, "General")).toBe("19970101");
    expect(cellText(0.1 + 0.2, "General")).toBe("0.3");
    expect(cellText(2 / 3, "General")).toBe("0.6666666667");
    expect(cellText(1.5e12, "General")).toBe("1.5E+12");
    expect(cellText(2e-10, "General")).toBe("2E-10");
    expect(cellText(0, "General")).toBe("0");
    expect(cellText(12.5, "[Red]0.00;(0.00)")).toBe("12.5");
  });

  it("marks what no format can show", () => {
    expect(cellText(Number.NaN, "General")).toBe("#NUM!");
    expect(cellText(-5, "yyyy-mm-dd")).toBe("########");
  });
});
