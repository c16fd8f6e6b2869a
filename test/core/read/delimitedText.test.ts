import { splitDelimitedText } from "../../../src/core/read/delimitedText";
import { readFixture } from "../../support/fixtures";

describe("splitDelimitedText", () => {
  it("reads the CDNOW event log as comma-separated (6,919 rows + header: test/fixtures/README.md)", () => {
    const { rows, delimiter } = splitDelimitedText(readFixture("cdnowElog.csv"));
    expect(delimiter).toBe(",");
    expect(rows[0]).toEqual(["masterid", "sampleid", "date", "cds", "sales"]);
    expect(rows).toHaveLength(6920);
    expect(rows[1]).toEqual(["4", "1", "19970101", "2", "29.33"]);
  });

  it("reads lifetimes' space-aligned CDNOW_sample.txt with a leading space and CRLF endings (6,919 rows, no header)", () => {
    const { rows, delimiter } = splitDelimitedText(readFixture("CDNOW_sample.txt"));
    expect(delimiter).toBe("whitespace");
    expect(rows[0]).toEqual(["00004", "0001", "19970101", "2", "29.33"]);
    expect(rows).toHaveLength(6919);
    expect(rows.every((row) => row.length === 5)).toBe(true);
  });

  it("reads Danish semicolon files with decimal commas and a byte-order mark, keeping the cells as text", () => {
    const text = "\ufeffKunde;Købsdato;Købsbeløb\r\nA/S Hansen;31-01-2024;\"1.234,50 kr\"\r\n\r\nB;01-02-2024;99,95\r\n";
    expect(splitDelimitedText(text)).toEqual({
      rows: [
        ["Kunde", "Købsdato", "Købsbeløb"],
        ["A/S Hansen", "31-01-2024", "1.234,50 kr"],
        ["B", "01-02-2024", "99,95"],
      ],
      delimiter: ";",
    });
  });

  it("reads tab-separated text", () => {
    expect(splitDelimitedText("Kund\tDatum\tBelopp\nK1\t2024-01-31\t12,5\n")).toEqual({
      rows: [
        ["Kund", "Datum", "Belopp"],
        ["K1", "2024-01-31", "12,5"],
      ],
      delimiter: "\t",
    });
  });

  it("returns no rows for an empty file", () => {
    expect(splitDelimitedText("").rows).toEqual([]);
  });
});
