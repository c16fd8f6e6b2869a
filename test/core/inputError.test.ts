import { InputError } from "../../src/core/inputError";

describe("InputError", () => {
  it("carries the code, the argument and the parameters", () => {
    const error = new InputError("mustBeNonNegative", "orders", { value: -3 });
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(InputError);
    expect(error.name).toBe("InputError");
    expect(error.code).toBe("mustBeNonNegative");
    expect(error.argument).toBe("orders");
    expect(error.params).toEqual({ value: -3 });
    expect(error.message).toBe("mustBeNonNegative: orders");
  });
});
