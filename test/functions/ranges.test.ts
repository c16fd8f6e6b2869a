import { InputError } from "../../src/core/inputError";
import { argumentPlaces } from "../../src/functions/argumentPlaces";
import { figureCell, numberColumn, optionalNumbers, placedInRanges, quotedCell } from "../../src/functions/ranges";

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

describe("optionalNumbers", () => {
  it("reads numbers and numeric text, with null for a blank and 0 as a number", () => {
    expect(optionalNumbers([12, null, "3", "", " ", 0, -4.5], "valuesA")).toEqual([12, null, 3, null, null, 0, -4.5]);
  });

  it("names a cell that is neither a number nor blank by its position, quoting text, TRUE/FALSE and Excel errors", () => {
    const errorAt = (cells: unknown[]) => {
      try {
        optionalNumbers(cells, "valuesA");
      } catch (error) {
        return error as InputError;
      }
      throw new Error("expected an InputError");
    };
    expect(errorAt([1, null, "n/a"]).params).toEqual({ value: "n/a", row: 3, column: 1 });
    expect(errorAt([false]).params).toEqual({ value: false, row: 1, column: 1 });
    expect(errorAt([1, new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero)]).params).toEqual({ value: "#DIV/0!", row: 2, column: 1 });
    expect(quotedCell({ type: "Entity" })).toBeUndefined();
  });
});

describe("placedInRanges", () => {
  const places = argumentPlaces({ parameterAddresses: ["Test!B2:E2", "Test!C2:C9"] } as CustomFunctions.Invocation, [
    ["across", [[1, 2, 3, 4]]],
    ["down", [[1], [2]]],
  ]);
  const failing = (argument: string) => () => Promise.reject(new InputError("cellNotANumber", argument, { value: "x", row: 3, column: 1 }));

  it("moves a position in a list to its place in a range across a row (row 1, column p), and leaves a column's alone", async () => {
    await expect(placedInRanges(places, ["across", "down"], failing("across"))).rejects.toMatchObject({ params: { value: "x", row: 1, column: 3 } });
    await expect(placedInRanges(places, ["across", "down"], failing("down"))).rejects.toMatchObject({ params: { value: "x", row: 3, column: 1 } });
    await expect(placedInRanges(places, ["down"], failing("across"))).rejects.toMatchObject({ params: { row: 3, column: 1 } });
    await expect(placedInRanges(places, ["across"], async () => [["ok"]])).resolves.toEqual([["ok"]]);
  });
});

describe("figureCell", () => {
  it("keeps a finite figure and shows one that does not exist as #N/A", () => {
    expect(figureCell(-2.5)).toBe(-2.5);
    for (const missing of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) expect(figureCell(missing)).toEqual(expect.objectContaining({ code: "#N/A" }));
  });
});
