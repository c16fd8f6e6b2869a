import { moneyNumberFormat } from "../../../src/core/report/moneyFormat";
import { NUMBER_FORMAT_MAX_SECTIONS, numberFormatProblem } from "../../../src/demo/workbook/numberFormatRules";

// Microsoft Support, "Number format codes" (at most four sections); ECMA-376 Part 1, §18.8.31 (quoted text, brackets).
describe("numberFormatProblem", () => {
  it.each([
    ["0;0;0;@;0", /5 sections, more than 4/],
    ['0.0 "kr', /quotation mark at 5 that is not closed/],
    ['"≈ "0.0%;"-', /quotation mark at 10/],
    ["[Red0.00", /bracket at 1 that is not closed/],
    ["[>=100]0;[Red", /bracket at 10/],
  ])("refuses %p", (format, why) => {
    expect(numberFormatProblem(format)).toMatch(why);
  });

  it.each([
    ["General"],
    ["@"],
    ["0.0%"],
    ["yyyy-mm-dd"],
    ["0.00E+00"],
    ['"≈ "General'],
    ['#,##0.00 "kr.""*"'],
    // Four sections are the most, an empty one hides its numbers.
    ['0.00;[Red]-0.00;"nul";@'],
    ['0;-0;;@'],
    // Semicolons and quotation marks inside quotes, after \ or _ are not section breaks or quotes.
    ['"a;b;c;d;e"0'],
    ["0\\;0\\;0\\;0\\;0"],
    ['0_";0'],
    ["[$€-x-euro2] #,##0.00"],
  ])("takes %p", (format) => {
    expect(numberFormatProblem(format)).toBeUndefined();
  });

  it("takes every money format the report writes", () => {
    for (const currency of [undefined, "kr", "DKK", "SEK", "NOK", "EUR", "USD", "GBP"] as const) {
      expect(numberFormatProblem(moneyNumberFormat(currency))).toBeUndefined();
    }
    expect(NUMBER_FORMAT_MAX_SECTIONS).toBe(4);
  });
});
