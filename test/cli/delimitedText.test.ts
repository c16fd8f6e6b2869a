import fs from "fs";
import path from "path";
import { splitDelimitedText } from "../../src/cli/delimitedText";

const data = (file: string) => fs.readFileSync(path.resolve(__dirname, "../../../shared/data", file), "utf8");

describe("splitDelimitedText", () => {
  it("reads the CDNOW event log as comma-separated (6,919 rows + header: ../shared/data/README.md)", () => {
    const { rows, delimiter } = splitDelimitedText(data("cdnowElog.csv"));
    expect(delimiter).toBe(",");
    expect(rows[0]).toEqual(["masterid", "sampleid", "date", "cds", "sales"]);
    expect(rows).toHaveLength(6920);
    expect(rows[1]).toEqual(["4", "1", "19970101", "2", "29.33"]);
  });

  it("reads the space-aligned CDNOW master file with CRLF endings (69,659 rows + header: README)", () => {
    const { rows, delimiter } = splitDelimitedText(data("CDNOW_master.txt"));
    expect(delimiter).toBe("whitespace");
    expect(rows[0]).toEqual(["customer_id", "date", "number_of_cds", "dollar_value"]);
    expect(rows).toHaveLength(69660);
    expect(rows.every((row) => row.length === 4)).toBe(true);
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
