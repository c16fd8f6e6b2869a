import { customerEquity } from "../../src/core/customerEquity";
import { expectInputError } from "./expectInputError";
import { forEachCase } from "./seededRandom";

// Customer equity = Σ CLV of existing customers + expected new customers × CLV of a new customer
// (Blattberg & Deighton 1996; Rust, Lemon & Zeithaml 2004); the project's seed definition is
// average CLV × (existing + new customers). Values computed by hand.

describe("customerEquity", () => {
  it("multiplies a single average CLV by existing + new customers", () => {
    // 1500 × (2000 + 300) = 3 450 000
    expect(customerEquity({ clv: 1500, existingCustomers: 2000, newCustomers: 300 })).toBe(3_450_000);
    // new customers default to 0: 1500 × 2000 = 3 000 000
    expect(customerEquity({ clv: 1500, existingCustomers: 2000 })).toBe(3_000_000);
  });

  it("values new customers at their own CLV when given", () => {
    // 1500 × 2000 + 300 × 900 = 3 000 000 + 270 000 = 3 270 000
    expect(customerEquity({ clv: 1500, existingCustomers: 2000, newCustomers: 300, newCustomerClv: 900 })).toBe(3_270_000);
  });

  it("sums per-customer CLVs and values new customers at their average", () => {
    // Σ = 1200 + 800 + 400 = 2400, average 800; 2400 + 10 × 800 = 10 400
    expect(customerEquity({ clv: [1200, 800, 400], newCustomers: 10 })).toBe(10_400);
    // with newCustomerClv 500: 2400 + 10 × 500 = 7400
    expect(customerEquity({ clv: [1200, 800, 400], newCustomers: 10, newCustomerClv: 500 })).toBe(7_400);
    // no new customers: Σ CLV = 2400
    expect(customerEquity({ clv: [1200, 800, 400] })).toBe(2_400);
  });

  it("scales the average of a sample of CLVs to the number of existing customers", () => {
    // average of the sample = 800; 800 × 1000 + 0 = 800 000
    expect(customerEquity({ clv: [1200, 800, 400], existingCustomers: 1000 })).toBe(800_000);
  });

  it("accepts a list with one customer and unprofitable (negative) CLVs", () => {
    expect(customerEquity({ clv: [700] })).toBe(700);
    // 1000 − 200 = 800, average 400; 800 + 2 × 400 = 1600
    expect(customerEquity({ clv: [1000, -200], newCustomers: 2 })).toBe(1_600);
  });

  it("is the seed definition average CLV × (existing + new) when newCustomerClv is omitted", () => {
    forEachCase(300, 21, (random) => ({
      clv: Array.from({ length: random.integer(1, 50) }, () => random.uniform(0, 5000)),
      newCustomers: random.uniform(0, 1000),
    }), ({ clv, newCustomers }) => {
      const average = clv.reduce((sum, value) => sum + value, 0) / clv.length;
      expect(customerEquity({ clv, newCustomers })).toBeCloseTo(average * (clv.length + newCustomers), 6);
    });
  });

  describe("wrong input", () => {
    it("needs existingCustomers with a single average CLV", () => {
      const error = expectInputError(() => customerEquity({ clv: 1500, newCustomers: 10 }), "countRequiredForAverage", "existingCustomers");
      expect(error.params).toEqual({ averageArgument: "clv" });
    });

    it("needs at least one CLV", () => {
      expectInputError(() => customerEquity({ clv: [] }), "noValues", "clv");
    });

    it("rejects negative counts and non-finite values", () => {
      expectInputError(() => customerEquity({ clv: 1500, existingCustomers: -1 }), "mustBeNonNegative", "existingCustomers");
      expectInputError(() => customerEquity({ clv: [1], newCustomers: -3 }), "mustBeNonNegative", "newCustomers");
      expectInputError(() => customerEquity({ clv: [1, Number.NaN] }), "notANumber", "clv");
      expectInputError(() => customerEquity({ clv: [1], newCustomerClv: Number.POSITIVE_INFINITY }), "notANumber", "newCustomerClv");
    });

    it("reports a result too large for a number instead of returning Infinity", () => {
      expectInputError(
        () => customerEquity({ clv: [1e308, 1e308] }),
        "resultTooLarge",
        "clv, existingCustomers, newCustomers, newCustomerClv",
      );
    });
  });
});
