import { customerEquity } from "../../src/core/customerEquity";
import { retentionClv } from "../../src/core/retentionClv";
import { simpleClv } from "../../src/core/simpleClv";
import { CLV, CLVRETENTION, CUSTOMEREQUITY } from "../../src/functions/lifetimeValue";
import { expectValueError, withDisplayLanguage } from "./excelErrors";

// The worksheet functions are called with the argument shapes Excel sends: numbers, text, "" or null for
// blank cells, null/undefined for omitted optional arguments, and 2D arrays for ranges.

describe("KV.CLV", () => {
  it("returns the core result", () => {
    expect(CLV(500, 4, 3, 0.4, 0.1)).toBe(
      simpleClv({ averageOrderValue: 500, purchasesPerYear: 4, lifespanYears: 3, grossMargin: 0.4, annualDiscountRate: 0.1 }),
    );
    expect(CLV(500, 4, 3, 0.4, 0.1)).toBeCloseTo(1989.48, 2);
  });

  it("uses the defaults for omitted and blank optional arguments", () => {
    // margin 1, no discounting: 250 × 2 × 5 = 2500
    expect(CLV(250, 2, 5)).toBe(2500);
    expect(CLV(250, 2, 5, null, null)).toBe(2500);
    expect(CLV(250, 2, 5, undefined, "")).toBe(2500);
    expect(CLV(250, 2, 5, "", 0)).toBe(2500);
  });

  it("reads numeric text and percentages", () => {
    expect(CLV("500", " 4 ", "3", "40%", "10 %")).toBe(CLV(500, 4, 3, 0.4, 0.1));
  });

  it("names the argument in English without Office", () => {
    expectValueError(() => CLV("abc", 4, 3), "averageOrderValue must be a number, got 'abc'.");
    expectValueError(() => CLV(-500, 4, 3), "averageOrderValue must be a number ≥ 0, got -500.");
    expectValueError(() => CLV(500, null, 3), "purchasesPerYear is required but is empty.");
    expectValueError(() => CLV(500, 4, ""), "lifespanYears is required but is empty.");
    expectValueError(() => CLV(500, 4, true), "lifespanYears must be a number, got TRUE.");
    expectValueError(() => CLV(500, 4, 3, 40), "write 0.4 or 40%");
    expectValueError(() => CLV(500, 4, 3, 0.4, 10), "annualDiscountRate must be a fraction from 0 to 1 (0.1 = 10 %), got 10.");
    expectValueError(() => CLV(1e200, 1e200, 3), "The result is too large to calculate");
  });

  it("answers in Danish and Swedish", () => {
    const danish = withDisplayLanguage("da-DK", () => expectValueError(() => CLV(500, 4, 3, 40), "grossMargin"));
    expect(danish).toBe("grossMargin skal være en andel fra 0 til 1 (0,1 = 10 %), men er 40. Mener du 40 %, så skriv 0,4 eller 40 %.");
    const swedish = withDisplayLanguage("sv-SE", () => expectValueError(() => CLV("abc", 4, 3), "averageOrderValue"));
    expect(swedish).toBe("averageOrderValue måste vara ett tal, men är ”abc”.");
  });
});

describe("KV.CLVRETENTION", () => {
  it("returns the core result, with and without periods", () => {
    expect(CLVRETENTION(100, 0.8, 0.12)).toBe(retentionClv({ marginPerPeriod: 100, retentionRate: 0.8, discountRate: 0.12 }));
    expect(CLVRETENTION(100, 0.8, 0.12)).toBeCloseTo(250, 9);
    expect(CLVRETENTION(100, "80%", "12%", 3)).toBe(retentionClv({ marginPerPeriod: 100, retentionRate: 0.8, discountRate: 0.12, periods: 3 }));
    expect(CLVRETENTION(100, 1, 0, "5")).toBe(500);
  });

  it("treats blank periods as an infinite horizon", () => {
    expect(CLVRETENTION(100, 0.8, 0.12, null)).toBe(CLVRETENTION(100, 0.8, 0.12));
    expect(CLVRETENTION(100, 0.8, 0.12, "")).toBe(CLVRETENTION(100, 0.8, 0.12));
  });

  it("asks for periods when the value would be infinite", () => {
    expectValueError(() => CLVRETENTION(100, 1, 0), "With retentionRate 1 and discountRate 0 the value is infinite: give periods");
    const danish = withDisplayLanguage("da-DK", () => expectValueError(() => CLVRETENTION(100, 1, 0), "periods"));
    expect(danish).toBe("Med retentionRate 1 og discountRate 0 bliver værdien uendelig: angiv periods, antallet af perioder, der skal medregnes.");
  });

  it("names the argument for wrong input", () => {
    expectValueError(() => CLVRETENTION(100, 80, 0.1), "retentionRate must be a fraction");
    expectValueError(() => CLVRETENTION(100, 0.8, null), "discountRate is required");
    expectValueError(() => CLVRETENTION(100, 0.8, 0.1, 2.5), "periods must be a whole number ≥ 0 (0, 1, 2, …), got 2.5.");
    expectValueError(() => CLVRETENTION("1 000", 0.8, 0.1), "marginPerPeriod must be a number, got '1 000'.");
  });
});

describe("KV.CUSTOMEREQUITY", () => {
  it("takes a single average CLV (Excel passes it as a 1×1 range) with the number of customers", () => {
    // 1500 × (2000 + 300)
    expect(CUSTOMEREQUITY([[1500]], 2000, 300)).toBe(3_450_000);
    expect(CUSTOMEREQUITY([[1500]], 2000, 300)).toBe(customerEquity({ clv: 1500, existingCustomers: 2000, newCustomers: 300 }));
    expect(CUSTOMEREQUITY([[1500]], 2000, 300, 900)).toBe(3_270_000);
  });

  it("takes a range of per-customer CLVs, skipping blank cells", () => {
    const range = [[1200], [null], [800], [""], [400]];
    expect(CUSTOMEREQUITY(range, null, 10)).toBe(customerEquity({ clv: [1200, 800, 400], newCustomers: 10 }));
    expect(CUSTOMEREQUITY(range, null, 10)).toBe(10_400);
    expect(CUSTOMEREQUITY(range)).toBe(2_400);
    expect(CUSTOMEREQUITY(range, "", "", "")).toBe(2_400);
    expect(CUSTOMEREQUITY([[1200, 800, "400"]], 1000)).toBe(800_000);
  });

  it("names the argument for wrong input", () => {
    expectValueError(() => CUSTOMEREQUITY([[1500]]), "existingCustomers is required when clv is a single average value");
    expectValueError(() => CUSTOMEREQUITY([[null]], 10), "clv is required but is empty.");
    expect(expectValueError(() => CUSTOMEREQUITY([[null], [""]]), "clv")).toMatch(/blank/);
    expectValueError(() => CUSTOMEREQUITY([[1200], ["n/a"]]), "Row 2, column 1 of clv must be a number or blank, got 'n/a'");
    expectValueError(() => CUSTOMEREQUITY([[1500]], -5), "existingCustomers must be a number ≥ 0, got -5.");
    expectValueError(() => CUSTOMEREQUITY([[1500]], 10, "many"), "newCustomers must be a number, got 'many'.");
    expectValueError(() => CUSTOMEREQUITY([[1500]], 10, 5, false), "newCustomerClv must be a number, got FALSE.");
  });

  it("answers in Swedish", () => {
    const swedish = withDisplayLanguage("sv-SE", () => expectValueError(() => CUSTOMEREQUITY([[1200], ["n/a"]]), "clv"));
    expect(swedish).toContain("Rad 2, kolumn 1 i clv måste vara ett tal eller tom, men är ”n/a”");
    expect(swedish).toContain("Raderna räknas från områdets första cell.");
  });
});
