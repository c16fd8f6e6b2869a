import { readPurchaseFile } from "../../../src/core/read/purchaseFile";
import { PurchaseDataError } from "../../../src/core/read/purchaseDataError";

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, "utf8"));
const windows1252 = (text: string) => new Uint8Array(Buffer.from(text, "latin1"));
const utf16le = (text: string) => new Uint8Array([0xff, 0xfe, ...Buffer.from(text, "utf16le")]);

function transactions(bytes: Uint8Array) {
  const { data, ...file } = readPurchaseFile(bytes);
  if (data.layout !== "transactions") throw new Error("expected a transaction log");
  return { file, data, log: data.log, purchases: Array.from({ length: data.log.length }, (_, row) => [data.log.customerIds[data.log.customer[row]], data.log.day[row], data.log.amount[row]]) };
}

const purchases = [
  ["Åse Øster", "05-01-2024", "1234,56"],
  ["Æse Øster", "06-01-2024", "99,5"],
  ["Åse Øster", "07-02-2024", "100"],
];
const expected = [
  ["Åse Øster", 19727, 1234.56],
  ["Æse Øster", 19728, 99.5],
  ["Åse Øster", 19760, 100],
];

describe("readPurchaseFile", () => {
  it("reads the same purchases alike from UTF-8, Windows-1252 and UTF-16, semicolons, tabs and commas, quoted or not", () => {
    const semicolon = ["Kunde;Dato;Beløb", ...purchases.map((row) => row.join(";"))].join("\r\n") + "\r\n";
    const tab = ["Kunde\tDato\tBeløb", ...purchases.map((row) => row.join("\t"))].join("\r\n");
    const quoted = ["Kunde,Dato,Beløb", ...purchases.map(([customer, date, amount]) => `${customer},${date},"${amount}"`)].join("\n");
    const unquoted = ["Kunde,Dato,Beløb", ...purchases.map((row) => row.join(","))].join("\n");
    const forms = [
      { bytes: utf8(semicolon), encoding: "utf-8", delimiter: ";" },
      { bytes: utf8(`\ufeff${semicolon}`), encoding: "utf-8", delimiter: ";" },
      { bytes: windows1252(semicolon), encoding: "windows-1252", delimiter: ";" },
      { bytes: utf16le(tab), encoding: "utf-16le", delimiter: "\t" },
      { bytes: utf8(quoted), encoding: "utf-8", delimiter: "," },
      { bytes: windows1252(unquoted), encoding: "windows-1252", delimiter: "," },
    ];
    for (const form of forms) {
      const read = transactions(form.bytes);
      expect(read.purchases).toEqual(expected);
      expect(read.file).toMatchObject({ encoding: form.encoding, delimiter: form.delimiter });
      expect(read.data.diagnostics).toMatchObject({ rowsRead: 3, rowsSkipped: 0, problemCount: 0 });
    }
  });

  it("names the encoding in a notice unless the file is UTF-8 without a byte-order mark", () => {
    const text = "Kunde;Dato;Beløb\nÅse;31-01-2024;5\n";
    expect(transactions(utf8(text)).data.diagnostics.notices).toEqual([]);
    expect(transactions(utf8(`\ufeff${text}`)).data.diagnostics.notices).toEqual([{ code: "textEncoding", encoding: "utf-8" }]);
    expect(transactions(windows1252(text)).data.diagnostics.notices).toEqual([{ code: "textEncoding", encoding: "windows-1252" }]);
    expect(transactions(utf16le(text)).data.diagnostics.notices).toEqual([{ code: "textEncoding", encoding: "utf-16le" }]);
  });

  it("joins amounts split by unquoted decimal commas, with a notice naming the file line", () => {
    const read = transactions(utf8("Kunde,Dato,Beløb\n\nA,2024-01-05,1234,56\nB,2024-01-06,7\n"));
    expect(Array.from(read.log.amount.subarray(0, 2))).toEqual([1234.56, 7]);
    expect(read.data.diagnostics.notices).toEqual([{ code: "fieldsJoined", column: { index: 2, header: "Beløb" }, rows: 1, example: { row: 3, value: "1234,56" } }]);
  });

  it("never reads lines wider than the header silently: joins split amounts before an unnamed column, or rejects the lines", () => {
    const file = (fields: string) => utf8(["Kunde,Dato,Beløb", ...Array.from({ length: 40 }, (_, index) => `K${index},2024-04-10,${fields}`)].join("\n"));
    const split = transactions(file("205,60,DK"));
    expect(split.purchases[0]).toEqual(["K0", 19823, 205.6]);
    expect(split.purchases.every(([, , amount]) => amount === 205.6)).toBe(true);
    expect(split.data.diagnostics.notices.map((notice) => notice.code)).toEqual(expect.arrayContaining(["fieldsJoined", "unnamedColumns"]));
    const ambiguous = transactions(file("1,2,3"));
    expect(ambiguous.log.length).toBe(0);
    expect(ambiguous.data.diagnostics.problemCounts).toEqual({ extraFields: 40 });
    expect(ambiguous.data.diagnostics.problems[0]).toMatchObject({ row: 2, reason: "extraFields", value: "2,3" });
  });

  it("skips and reports a line with extra fields that are no split amount, by its file line", () => {
    const read = transactions(utf8("Kunde,Dato,Beløb\nA,2024-01-05,100\n\nB,2024-01-06,100,note\n"));
    expect(read.log.length).toBe(1);
    expect(read.data.diagnostics.problems).toEqual([{ row: 4, column: { index: 3, header: undefined }, reason: "extraFields", value: "note" }]);
  });

  it("reports a bad date by the file line it is on, counting blank lines, CRLF line ends and line breaks in quotes", () => {
    const lines = ["Kunde;Dato;Beløb"];
    for (let line = 2; line <= 27; line += 1) lines.push(line % 9 === 0 ? "" : line === 10 ? '"Hansen\r\nog Søn";03-01-2024;5' : `K${line};03-01-2024;5`);
    lines.push("K28;31-02-2024;5");
    const read = transactions(utf8(lines.join("\r\n") + "\r\n"));
    expect(read.data.diagnostics.problems).toEqual([{ row: 29, column: { index: 1, header: "Dato" }, reason: "invalidDate", value: "31-02-2024" }]);
  });

  it("throws noData for an empty file and reads a header-only file as no rows", () => {
    expect(() => readPurchaseFile(new Uint8Array())).toThrow(PurchaseDataError);
    expect(() => readPurchaseFile(utf8("\r\n\r\n"))).toThrow(PurchaseDataError);
    expect(transactions(utf8("Kunde;Dato;Beløb\r\n")).data.diagnostics).toMatchObject({ rowsRead: 0, rowsSkipped: 0, emptyRows: 0 });
  });

  it("passes over a report's title above the header, still numbering rows by file line", () => {
    const read = transactions(utf8("Salgsrapport 2023;;\r\n\r\nKunde;Dato;Beløb\r\nA;05-01-2024;5\r\nB;31-02-2024;6\r\n"));
    expect(read.purchases).toEqual([["A", 19727, 5]]);
    expect(read.data.diagnostics.problems).toEqual([{ row: 5, column: { index: 1, header: "Dato" }, reason: "invalidDate", value: "31-02-2024" }]);
  });

  it("reads a file whose every line ends in a delimiter (an empty last column)", () => {
    const read = transactions(utf8("Kunde;Dato;Beløb;\nA;05-01-2024;12,50;\nB;06-01-2024;3;\n"));
    expect(read.purchases).toEqual([
      ["A", 19727, 12.5],
      ["B", 19728, 3],
    ]);
    expect(read.data.diagnostics.problemCount).toBe(0);
  });

  it("reports a header repeated in the middle and a line with fewer fields by their lines, and reads the rest", () => {
    const read = transactions(utf8("Kunde;Dato;Beløb\nA;05-01-2024;5\nKunde;Dato;Beløb\nB;06-01-2024\nC;07-01-2024;7\n"));
    expect(read.purchases.map((row) => row[0])).toEqual(["A", "C"]);
    expect(read.data.diagnostics.problems.map((problem) => [problem.row, problem.reason])).toEqual([
      [3, "repeatedHeader"],
      [4, "missingAmount"],
    ]);
  });
});
