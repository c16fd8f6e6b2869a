import { PurchaseDataError } from "../../../src/core/read/purchaseDataError";

describe("PurchaseDataError", () => {
  it("carries its code and parameters", () => {
    const error = new PurchaseDataError("unknownColumn", { role: "date", given: "Købsdato" });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("PurchaseDataError");
    expect(error.code).toBe("unknownColumn");
    expect(error.params).toEqual({ role: "date", given: "Købsdato" });
    expect(error.message).toContain("unknownColumn");
  });
});
