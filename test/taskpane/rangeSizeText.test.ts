import { rangeSizeText } from "../../src/taskpane/rangeSizeText";

describe("rangeSizeText", () => {
  it("counts rows and columns with the header row included, in the singular or plural of each language", () => {
    expect(rangeSizeText(6920, 5, "Data!A1:E6920", "en")).toBe("6,920 rows (including any header row) and 5 columns in Data!A1:E6920.");
    expect(rangeSizeText(2, 1, "Data!B2:B3", "en")).toBe("2 rows (including any header row) and 1 column in Data!B2:B3.");
    expect(rangeSizeText(1, 3, "Ark1!A1:C1", "da")).toBe("1 række (inklusive en eventuel overskriftsrække) og 3 kolonner i Ark1!A1:C1.");
    expect(rangeSizeText(6920, 1, "Blad1!A1:A6920", "sv").replace(/\s/g, " ")).toBe("6 920 rader (inklusive en eventuell rubrikrad) och 1 kolumn i Blad1!A1:A6920.");
  });
});
