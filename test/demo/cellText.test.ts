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

  it("shows money with the currency sign a format quotes, before or after the number", () => {
    expect(cellText(1234.5, '#,##0.00 "kr."')).toBe("1,234.50 kr.");
    expect(cellText(1234.5, '#,##0.00 "kr."', "da-DK")).toBe("1.234,50 kr.");
    expect(cellText(1234.5, '"$"#,##0.00')).toBe("$1,234.50");
    // General with a quoted sign shows the sign, as Excel does.
    expect(cellText(1234.5, '"kr" General')).toBe("kr 1234.5");
    // A minus goes before the sign, as Excel shows -$5.00.
    expect(cellText(-5, '"$"#,##0.00')).toBe("-$5.00");
    expect(cellText(-5, '#,##0.00 "kr."')).toBe("-5.00 kr.");
  });

  it("shows the report's marks: '≈ ' before a projection, '*' after a period counted so far, in every format the writer marks", () => {
    expect(cellText(0.1234, '"≈ "0.0%')).toBe("≈ 12.3%");
    expect(cellText(0.1234, '0.0%"*"')).toBe("12.3%*");
    expect(cellText(1234.5, '#,##0.00"*"')).toBe("1,234.50*");
    expect(cellText(1234.5, '"≈ "#,##0.00 "kr."')).toBe("≈ 1,234.50 kr.");
    expect(cellText(1234.5, '#,##0.00 "kr.""*"')).toBe("1,234.50 kr.*");
    expect(cellText(1234.5, '"≈ ""$"#,##0.00')).toBe("≈ $1,234.50");
    expect(cellText(-0.05, '"≈ "0.0%')).toBe("-≈ 5.0%");
    expect(cellText(2357, '"≈ "#,##0')).toBe("≈ 2,357");
    expect(cellText(29.33, '"≈ "General')).toBe("≈ 29.33");
    expect(cellText(29.33, 'General"*"')).toBe("29.33*");
    expect(cellText(123456, '"≈ "0.00E+00')).toBe("≈ 1.23E+05");
    expect(cellText(serialOf("1997-01-01"), '"≈ "yyyy-mm-dd')).toBe("≈ 1997-01-01");
    expect(cellText(-5, 'yyyy-mm-dd"*"')).toBe("########");
    expect(cellText(0.125, '"≈ "0.0%', "da-DK")).toBe("≈ 12,5\u00a0%");
    // Escaped characters are literal too; text is never formatted.
    expect(cellText(7, '0\\h')).toBe("7h");
    expect(cellText("2024-03", '"≈ "@')).toBe("2024-03");
  });

  it("shows integers with thousands separators under #,##0, the writer's integer format", () => {
    expect(cellText(2357, "#,##0")).toBe("2,357");
    expect(cellText(1234567, "#,##0")).toBe("1,234,567");
    expect(cellText(999, "#,##0")).toBe("999");
    expect(cellText(0, "#,##0")).toBe("0");
    expect(cellText(-23570, "#,##0")).toBe("-23,570");
    expect(cellText(1499.5, "#,##0")).toBe("1,500");
    expect(cellText(12345, "0")).toBe("12345");
  });

  it("rounds half away from zero on the number as Excel shows it, not on its binary double", () => {
    // 1.005 is stored as 1.00499999999999989…; Excel shows "1.01" (and ROUND(1.005, 2) = 1.01).
    expect(cellText(1.005, "0.00")).toBe("1.01");
    expect(cellText(-2.5, "0")).toBe("-3");
    expect(cellText(0.125, "#,##0.00")).toBe("0.13");
    // 0.12345 * 100 is 12.344999… in binary; Excel shows 12.35 %.
    expect(cellText(0.12345, "0.00%")).toBe("12.35%");
    expect(cellText(0.4835, "0.0%")).toBe("48.4%");
  });

  it("shows percentages with thousands separators only when the format has them", () => {
    expect(cellText(12.5, "0.0%")).toBe("1250.0%");
    expect(cellText(-0.031, "0.0%")).toBe("-3.1%");
    expect(cellText(0, "0.0%")).toBe("0.0%");
  });

  it("shows a number in a Text (@) cell as General does", () => {
    expect(cellText(19970101, "@")).toBe("19970101");
    expect(cellText(29.33, "@")).toBe("29.33");
    expect(cellText(2 / 3, "@")).toBe("0.6666666667");
  });

  it("shows the scientific format 0.00E+00 as Excel does: two decimals, a signed two-digit exponent", () => {
    expect(cellText(5.9145e-9, "0.00E+00")).toBe("5.91E-09");
    expect(cellText(123456, "0.00E+00")).toBe("1.23E+05");
    expect(cellText(0, "0.00E+00")).toBe("0.00E+00");
    expect(cellText(-2.5e-120, "0.0E+00")).toBe("-2.5E-120");
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

  it("formats numbers in another locale when told (the charts' data labels), the grid's en-US otherwise", () => {
    expect(cellText(1234.5, "#,##0.00", "da-DK")).toBe("1.234,50");
    expect(cellText(0.125, "0.0%", "sv-SE")).toBe("12,5\u00a0%");
    expect(cellText(1234.5, "#,##0.00")).toBe("1,234.50");
    // Dates and text do not depend on the locale.
    expect(cellText(serialOf("1997-01-01"), "yyyy-mm-dd", "da-DK")).toBe("1997-01-01");
    expect(cellText("Champions", "@", "sv-SE")).toBe("Champions");
  });
});
