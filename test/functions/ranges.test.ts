import { InputError } from "../../src/core/inputError";
import { numberColumn } from "../../src/functions/ranges";

describe("numberColumn", () => {
  it("reads numbers and numeric text", () => {
    expect(Array.from(numberColumn([2, "3"], "frequency"))).toEqual([2, 3]);
  });

  it("names an Excel error in the column by its name, with its row", () => {
    let thrown: unknown;
    try {
      numberColumn([2, new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable)], "frequency");
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InputError);
    expect((thrown as InputError).params).toEqual({ value: "#N/A", row: 2, column: 1 });
  });
});
