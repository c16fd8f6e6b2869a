import { areaAddress, parseAreaAddress, quoteSheetName, splitSheetAddress } from "../../src/excel/a1";

describe("A1 addresses", () => {
  it("quotes a sheet name unless it is a plain name (Excel writes Køb!A1 but 'Q1 ''24'!A1 and 'Oversigt (2)'!A1)", () => {
    expect(["Data", "Køb", "Översikt", "_x.1", "Q1 '24", "Oversigt (2)", "2024", "a-b"].map(quoteSheetName)).toEqual([
      "Data",
      "Køb",
      "Översikt",
      "_x.1",
      "'Q1 ''24'",
      "'Oversigt (2)'",
      "'2024'",
      "'a-b'",
    ]);
  });

  it("parses single cells, ranges, absolute and reversed references, and round-trips them", () => {
    expect(parseAreaAddress("B2")).toEqual({ row: 1, column: 1, rowCount: 1, columnCount: 1 });
    expect(parseAreaAddress("$A$1:$E$6920")).toEqual({ row: 0, column: 0, rowCount: 6920, columnCount: 5 });
    expect(parseAreaAddress("C10:A1")).toEqual({ row: 0, column: 0, rowCount: 10, columnCount: 3 });
    for (const address of ["A1", "B2:C10", "XFD1048576", "AA3:AB7"]) expect(areaAddress(parseAreaAddress(address)!)).toBe(address);
  });

  it.each(["", "A0", "1A", "A:A", "Sheet1!A1", "A1:B", "ABCD1"])("rejects %p", (address) => {
    expect(parseAreaAddress(address)).toBeUndefined();
  });

  it("splits full addresses, unquoting quoted sheet names", () => {
    expect(splitSheetAddress("Data!A1:E6920")).toEqual({ sheet: "Data", address: "A1:E6920" });
    expect(splitSheetAddress("'Q1 ''24'!B2")).toEqual({ sheet: "Q1 '24", address: "B2" });
    expect(splitSheetAddress("'Salg!2024'!A1:B2")).toEqual({ sheet: "Salg!2024", address: "A1:B2" });
  });
});
