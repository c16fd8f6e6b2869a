import { CustomerTableError } from "../../../src/core/summary/customerTableError";

describe("CustomerTableError", () => {
  it("carries its code and parameters for the user interface to word", () => {
    const error = new CustomerTableError("onePurchaseTwoDates", { customer: "Anna", firstPurchaseDay: 19753, lastPurchaseDay: 19800 });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("CustomerTableError");
    expect(error.code).toBe("onePurchaseTwoDates");
    expect(error.params).toEqual({ customer: "Anna", firstPurchaseDay: 19753, lastPurchaseDay: 19800 });
    expect(error.message).toContain("onePurchaseTwoDates");
  });
});
