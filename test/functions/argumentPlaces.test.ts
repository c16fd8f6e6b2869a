import { argumentPlaces, isAcross, rangeStart } from "../../src/functions/argumentPlaces";

describe("rangeStart", () => {
  it.each([
    ["Sheet1!A2:A1048576", { row: 2, column: 0 }],
    ["'Q1 ''24'!$B$2:$B$500", { row: 2, column: 1 }],
    ["'Salg! 2024'!D5:D9", { row: 5, column: 3 }],
    ["[Book1.xlsx]Køb!C:C", { row: 1, column: 2 }],
    ["Data!$C:$C", { row: 1, column: 2 }],
    ["2:5", { row: 2, column: 0 }],
    ["B28", { row: 28, column: 1 }],
    ["b10:a2", { row: 2, column: 0 }],
    ["R2C3:R10C3", { row: 2, column: 2 }],
    ["XFD1048576", { row: 1_048_576, column: 16_383 }],
  ])("reads the top-left cell of %s", (address, start) => {
    expect(rangeStart(address)).toEqual(start);
  });

  it.each([[""], ["Sheet1!"], ["A1:B2,C3:D4"], ["Sales"], ["ABC"], ["A:2"], ["A1:B2:C3"], ["XFE1"], ["A1048577"], ["#REF!"]])(
    "has no start for %j",
    (address) => {
      expect(rangeStart(address)).toBeUndefined();
    },
  );

  it("has no start for what is not an address", () => {
    expect(rangeStart(undefined)).toBeUndefined();
    expect(rangeStart(null)).toBeUndefined();
    expect(rangeStart(42)).toBeUndefined();
  });
});

describe("argumentPlaces", () => {
  const invocation = (...parameterAddresses: string[]) => ({ parameterAddresses }) as CustomFunctions.Invocation;

  it("places each range argument by its address, in the order of the parameters", () => {
    const places = argumentPlaces(invocation("Sheet1!A2:A1048576", "Data!D5:D1048576", ""), [
      ["customers", [["A"], ["B"]]],
      ["dates", [[1], [2]]],
      ["asOf", 45474],
    ]);
    expect(places.sheetRow("customers", 27)).toBe(28);
    expect(places.sheetRow("dates", 27)).toBe(31);
    expect(places.positionCell("dates", 27)).toBe("D31");
    expect(places.cell("dates", 1, 1)).toBe("D5");
    expect(places.sheetRow("asOf", 1)).toBeUndefined();
  });

  it("names a cell of a one-row range by its column, and gives it no row of its own", () => {
    const places = argumentPlaces(invocation("Sheet1!B2:K2"), [["frequency", [[1, 2, 3, 4]]]]);
    expect(isAcross([[1, 2, 3, 4]])).toBe(true);
    expect(places.positionCell("frequency", 3)).toBe("D2");
    expect(places.positionInRange("frequency", 3)).toEqual({ row: 1, column: 3 });
    expect(places.sheetRow("frequency", 3)).toBeUndefined();
  });

  it("gives the sheet row of a cell of a one-column range, and the one row a one-row range runs across", () => {
    const places = argumentPlaces(invocation("Sheet1!B2:D2", "Sheet1!F5:F9"), [
      ["starts", [[1, 2, 3]]],
      ["ends", [[1], [2], [3], [4], [5]]],
    ]);
    expect([places.lineSheetRow("starts", 1), places.lineSheetRow("starts", 3)]).toEqual([2, 2]);
    expect([places.lineSheetRow("ends", 1), places.lineSheetRow("ends", 4)]).toEqual([5, 8]);
    expect(argumentPlaces(undefined, [["starts", [[1, 2, 3]]]]).lineSheetRow("starts", 2)).toBeUndefined();
  });

  it("knows no place without addresses (an array constant, a host without CustomFunctionsRuntime 1.3)", () => {
    for (const places of [argumentPlaces(undefined, [["scores", [[1], [2]]]]), argumentPlaces(invocation(""), [["scores", [[1], [2]]]])]) {
      expect(places.sheetRow("scores", 2)).toBeUndefined();
      expect(places.cell("scores", 2, 1)).toBeUndefined();
      expect(places.positionInRange("scores", 2)).toEqual({ row: 2, column: 1 });
    }
  });

  it("names no cell beyond the sheet", () => {
    const places = argumentPlaces(invocation("A1048570:A1048576"), [["values", [[1], [2]]]]);
    expect(places.sheetRow("values", 7)).toBe(1_048_576);
    expect(places.sheetRow("values", 8)).toBeUndefined();
    expect(places.positionCell("values", 8)).toBeUndefined();
  });
});
