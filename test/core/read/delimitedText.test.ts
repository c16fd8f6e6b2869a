import { splitDelimitedText } from "../../../src/core/read/delimitedText";
import { readFixture } from "../../support/fixtures";

/** Rows and line numbers as plain arrays, for comparing. */
function split(text: string) {
  const { rows, delimiter, lineNumbers } = splitDelimitedText(text);
  return { rows, delimiter, lines: Array.from(lineNumbers) };
}

describe("splitDelimitedText", () => {
  it("reads the CDNOW event log as comma-separated (6,919 rows + header: test/fixtures/README.md)", () => {
    const { rows, delimiter, lineNumbers } = splitDelimitedText(readFixture("cdnowElog.csv"));
    expect(delimiter).toBe(",");
    expect(rows[0]).toEqual(["masterid", "sampleid", "date", "cds", "sales"]);
    expect(rows).toHaveLength(6920);
    expect(rows[1]).toEqual(["4", "1", "19970101", "2", "29.33"]);
    expect(lineNumbers[6919]).toBe(6920);
  });

  it("reads lifetimes' space-aligned CDNOW_sample.txt with a leading space and CRLF endings (6,919 rows, no header)", () => {
    const { rows, delimiter, lineNumbers } = splitDelimitedText(readFixture("CDNOW_sample.txt"));
    expect(delimiter).toBe("whitespace");
    expect(rows[0]).toEqual(["00004", "0001", "19970101", "2", "29.33"]);
    expect(rows).toHaveLength(6919);
    expect(rows.every((row) => row.length === 5)).toBe(true);
    expect(lineNumbers[6918]).toBe(6919);
  });

  it("reads Danish semicolon files with decimal commas and a byte-order mark, keeping the cells as text", () => {
    const text = "\ufeffKunde;Købsdato;Købsbeløb\r\nA/S Hansen;31-01-2024;\"1.234,50 kr\"\r\n\r\nB;01-02-2024;99,95\r\n";
    expect(split(text)).toEqual({
      rows: [
        ["Kunde", "Købsdato", "Købsbeløb"],
        ["A/S Hansen", "31-01-2024", "1.234,50 kr"],
        [],
        ["B", "01-02-2024", "99,95"],
      ],
      delimiter: ";",
      lines: [1, 2, 3, 4],
    });
  });

  it("reads tab-separated text", () => {
    expect(split("Kund\tDatum\tBelopp\nK1\t2024-01-31\t12,5\n")).toEqual({
      rows: [
        ["Kund", "Datum", "Belopp"],
        ["K1", "2024-01-31", "12,5"],
      ],
      delimiter: "\t",
      lines: [1, 2],
    });
  });

  it("returns no rows for an empty file, a file of blank lines and a file of only a line break", () => {
    for (const text of ["", "\n", "\r\n\r\n  \n", ";;;\n"]) expect(split(text).rows).toEqual([]);
  });

  it("numbers rows by the file line they start on, blank lines as empty rows: CRLF, LF and CR mixed, line breaks in quotes", () => {
    const text = 'Kunde,Dato,Beløb\r\n\r\n\nA,2024-01-05,100\rB,"two\r\nlines",200\n\n"C, Jr.",2024-01-07,"1,5"\r\nD,2024-01-08,4';
    expect(split(text)).toEqual({
      rows: [
        ["Kunde", "Dato", "Beløb"],
        [],
        [],
        ["A", "2024-01-05", "100"],
        ["B", "two\nlines", "200"],
        [],
        ["C, Jr.", "2024-01-07", "1,5"],
        ["D", "2024-01-08", "4"],
      ],
      delimiter: ",",
      lines: [1, 2, 3, 4, 5, 7, 8, 9],
    });
  });

  it("makes no row of a trailing line break, and keeps a trailing delimiter's empty last field", () => {
    expect(split("Kunde;Dato;Beløb;\nA;2024-01-05;100;\n")).toEqual({
      rows: [
        ["Kunde", "Dato", "Beløb", ""],
        ["A", "2024-01-05", "100", ""],
      ],
      delimiter: ";",
      lines: [1, 2],
    });
  });

  it("keeps lines with fewer fields as shorter rows", () => {
    expect(split("Kunde;Dato;Beløb\nA;2024-01-05\nB;2024-01-06;5\n").rows).toEqual([
      ["Kunde", "Dato", "Beløb"],
      ["A", "2024-01-05"],
      ["B", "2024-01-06", "5"],
    ]);
  });

  it("chooses semicolons over the decimal commas in them, and commas over unquoted decimal commas", () => {
    expect(split("Kunde;Dato;Beløb\nHansen, Jens;2024-01-05;1234,56\nB;2024-01-06;7,5\n").delimiter).toBe(";");
    expect(split("Kunde,Dato,Beløb\nA,2024-01-05,1234,56\nB,2024-01-06,7,5\n").delimiter).toBe(",");
    expect(split("Kund\tDatum\tBelopp\nHansen, Jens; AB\t2024-01-05\t1,5\n").delimiter).toBe("\t");
  });

  it("takes the delimiter from Excel's sep= line, which is no row", () => {
    expect(split("sep=;\r\nKunde;Beløb\r\nA, B;1,5\r\n")).toEqual({ rows: [["Kunde", "Beløb"], ["A, B", "1,5"]], delimiter: ";", lines: [2, 3] });
  });

  it("splits each line of a row whose quote is never closed properly, so it cannot swallow the lines after it", () => {
    const text = 'Kunde,Dato,Beløb\n"Big" Shop,2024-01-05,100\nB,2024-01-06,200\n"C,2024-01-07,300\nD,2024-01-08,400\n';
    expect(split(text)).toEqual({
      rows: [
        ["Kunde", "Dato", "Beløb"],
        ['"Big" Shop', "2024-01-05", "100"],
        ["B", "2024-01-06", "200"],
        ['"C', "2024-01-07", "300"],
        ["D", "2024-01-08", "400"],
      ],
      delimiter: ",",
      lines: [1, 2, 3, 4, 5],
    });
  });

  it("reads a header-only file as one row", () => {
    expect(split("Kunde;Dato;Beløb\r\n")).toEqual({ rows: [["Kunde", "Dato", "Beløb"]], delimiter: ";", lines: [1] });
  });
});
