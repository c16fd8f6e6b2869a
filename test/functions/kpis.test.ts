import { averageOrderValue } from "../../src/core/averageOrderValue";
import { cacPaybackMonths } from "../../src/core/cacPayback";
import { churnRate } from "../../src/core/churnRate";
import { conversionRate } from "../../src/core/conversionRate";
import { netPromoterScore } from "../../src/core/netPromoterScore";
import { purchaseFrequency } from "../../src/core/purchaseFrequency";
import { retentionRate } from "../../src/core/retentionRate";
import { AOV, CACPAYBACK, CHURNRATE, CONVERSIONRATE, NPS, PURCHASEFREQUENCY, RETENTIONRATE } from "../../src/functions/kpis";
import { expectValueError, withDisplayLanguage } from "./excelErrors";

// The worksheet functions are called with the argument shapes Excel sends: numbers, text, "" or null for
// blank cells, and 2D arrays for ranges.

describe("KV.NPS", () => {
  it("returns the core result for a range with blank cells", () => {
    const range = [[10, 9], [9, null], [8, ""], [7, 3], [10, 6]];
    expect(NPS(range)).toBe(netPromoterScore([[10, 9], [9, null], [8, null], [7, 3], [10, 6]]));
    // promoters 4/8, detractors 2/8 → 25
    expect(NPS(range)).toBe(25);
  });

  it("counts 0 as a detractor and reads numeric text", () => {
    // 10, 10, 9 promoters; 0 detractor → 75 − 25 = 50
    expect(NPS([[10], ["10"], [" 9 "], [0], [null], [""]])).toBe(50);
  });

  it("names the position of a wrong answer", () => {
    expectValueError(() => NPS([[9, 8], [7, 6], [5, 11]]), "Row 3, column 2 of scores must be a whole number from 0 to 10, got 11");
    expectValueError(() => NPS([[9], [8.5]]), "Row 2, column 1 of scores must be a whole number from 0 to 10, got 8.5");
    expectValueError(() => NPS([[9, "yes"]]), "Row 1, column 2 of scores must be a number or blank, got 'yes'");
    expectValueError(() => NPS([[9, true]]), "Row 1, column 2 of scores must be a number or blank, got TRUE");
    expect(expectValueError(() => NPS([[null, ""]]), "scores")).toMatch(/blank/);
  });

  it("answers in Danish", () => {
    const danish = withDisplayLanguage("da-DK", () => expectValueError(() => NPS([[9], [8], [12]]), "scores"));
    // KV.NPS returns one value, so Excel gives it no address: rows are counted within the range, and it says so.
    expect(danish).toContain("Række 3, kolonne 1 i scores skal være et helt tal fra 0 til 10, men er 12");
    expect(danish).toContain("Rækkerne tælles fra områdets første celle.");
  });
});

describe("KV.CHURNRATE", () => {
  it("returns the core result", () => {
    expect(CHURNRATE(1000, 150)).toBe(churnRate({ customersAtStart: 1000, customersLost: 150 }));
    expect(CHURNRATE("1000", "150")).toBe(0.15);
  });

  it("names the argument for wrong input", () => {
    expectValueError(() => CHURNRATE(120, 150), "customersLost (150) must not be greater than customersAtStart (120).");
    expectValueError(() => CHURNRATE(0, 0), "customersAtStart must be a number > 0, got 0.");
    expectValueError(() => CHURNRATE(100, ""), "customersLost is required but is empty.");
  });
});

describe("KV.RETENTIONRATE", () => {
  it("returns the core result", () => {
    expect(RETENTIONRATE(1000, 1100, 250)).toBe(retentionRate({ customersAtStart: 1000, customersAtEnd: 1100, newCustomers: 250 }));
    expect(RETENTIONRATE(1000, 1100, 250)).toBe(0.85);
  });

  it("names the argument for wrong input", () => {
    expectValueError(() => RETENTIONRATE(100, 90, 95), "newCustomers (95) must not be greater than customersAtEnd (90).");
    expectValueError(
      () => RETENTIONRATE(120, 140, 10),
      "customersAtEnd minus newCustomers gives 130 retained customers, more than customersAtStart (120).",
    );
    const swedish = withDisplayLanguage("sv-SE", () => expectValueError(() => RETENTIONRATE(120, 140, 10), "customersAtEnd"));
    expect(swedish).toBe("customersAtEnd minus newCustomers ger 130 behållna kunder, fler än customersAtStart (120).");
  });
});

describe("KV.CONVERSIONRATE", () => {
  it("returns the core result", () => {
    expect(CONVERSIONRATE(45, 1500)).toBe(conversionRate({ conversions: 45, visitors: 1500 }));
    expect(CONVERSIONRATE(45, 1500)).toBe(0.03);
  });

  it("names the argument for wrong input", () => {
    expectValueError(() => CONVERSIONRATE(1600, 1500), "conversions (1600) must not be greater than visitors (1500).");
    expectValueError(() => CONVERSIONRATE(5, 0), "visitors must be a number > 0, got 0.");
  });
});

describe("KV.AOV", () => {
  it("returns the core result", () => {
    expect(AOV(125000, 500)).toBe(averageOrderValue({ revenue: 125000, orders: 500 }));
    expect(AOV("125000", 500)).toBe(250);
  });

  it("names the argument for wrong input", () => {
    expectValueError(() => AOV(1000, 0), "orders must be a number > 0, got 0.");
    expectValueError(() => AOV("1.234,56", 3), "revenue must be a number, got '1.234,56'.");
    const danish = withDisplayLanguage("da-DK", () => expectValueError(() => AOV(1000, -2.5), "orders"));
    expect(danish).toBe("orders skal være et tal > 0, men er -2,5.");
  });
});

describe("KV.PURCHASEFREQUENCY", () => {
  it("returns the core result", () => {
    expect(PURCHASEFREQUENCY(1000, 400)).toBe(purchaseFrequency({ orders: 1000, customers: 400 }));
    expect(PURCHASEFREQUENCY(1000, 400)).toBe(2.5);
  });

  it("names the argument for wrong input", () => {
    expectValueError(() => PURCHASEFREQUENCY(1000, null), "customers is required but is empty.");
    expectValueError(() => PURCHASEFREQUENCY(-1, 400), "orders must be a number ≥ 0, got -1.");
  });
});

describe("KV.CACPAYBACK", () => {
  it("returns the core result", () => {
    expect(CACPAYBACK(600, 100, 0.4)).toBe(cacPaybackMonths({ acquisitionCost: 600, monthlyRevenuePerCustomer: 100, grossMargin: 0.4 }));
    expect(CACPAYBACK(600, 100, "40%")).toBeCloseTo(15, 12);
  });

  it("names the argument for wrong input", () => {
    expectValueError(() => CACPAYBACK(600, 100, 40), "grossMargin must be a fraction from 0 to 1 (0.1 = 10 %), got 40.");
    expectValueError(() => CACPAYBACK(600, 100, 0), "grossMargin must be a number > 0, got 0.");
    expectValueError(() => CACPAYBACK(600, 0, 0.4), "monthlyRevenuePerCustomer must be a number > 0, got 0.");
  });
});
