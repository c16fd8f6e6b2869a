import { joinSplitAmounts, type ExtraFieldsOptions } from "../../../src/core/read/extraFields";

const lines = (count: number) => Array.from({ length: count }, (_, index) => index + 1);
const comma = (rows: string[][], extra: Partial<ExtraFieldsOptions> = {}) => joinSplitAmounts(rows, 1, { delimiter: ",", rowNumbers: lines(rows.length), ...extra });
const amount = { index: 2, header: "Beløb" };

describe("joinSplitAmounts", () => {
  it("joins an amount split by an unquoted decimal comma in the header's amount column, with a notice", () => {
    const rows = [["Kunde", "Dato", "Beløb"], ["A", "2024-01-05", "1234", "56"], ["B", "2024-01-06", "100"], ["C", "2024-01-07", "7", "5"]];
    const repair = comma(rows, { amountColumns: [amount] });
    expect(repair.rows).toEqual([["Kunde", "Dato", "Beløb"], ["A", "2024-01-05", "1234,56"], ["B", "2024-01-06", "100"], ["C", "2024-01-07", "7,5"]]);
    expect(repair.rejectedRows.size).toBe(0);
    expect(repair.notices).toEqual([{ code: "fieldsJoined", column: amount, rows: 2, example: { row: 2, value: "1234,56" } }]);
  });

  it("joins every row when every amount was split (the split is not taken for an unnamed column)", () => {
    const rows = [["Kunde", "Dato", "Beløb"], ...Array.from({ length: 8 }, (_, index) => [`K${index}`, "2024-01-05", `${index + 10}`, "50"])];
    const repair = comma(rows, { amountColumns: [amount] });
    expect(repair.rows.slice(1).map((row) => row[2])).toEqual(Array.from({ length: 8 }, (_, index) => `${index + 10},50`));
    expect(repair.notices).toEqual([{ code: "fieldsJoined", column: amount, rows: 8, example: { row: 2, value: "10,50" } }]);
  });

  it("joins in an amount column that is not the last, and with thousands separators and a currency", () => {
    const rows = [["Kunde", "Beløb", "Dato"], ["A", "1.234", "56 kr", "2024-01-05"], ["B", "kr 12", "50", "2024-01-06"]];
    expect(comma(rows, { amountColumns: [{ index: 1, header: "Beløb" }] }).rows.slice(1)).toEqual([
      ["A", "1.234,56 kr", "2024-01-05"],
      ["B", "kr 12,50", "2024-01-06"],
    ]);
  });

  it("without a named amount column, joins only where exactly one pair of neighbouring fields fits", () => {
    const rows = [["Kunde", "Dato", "Sum"], ["A", "2024-01-05", "1234", "56"], ["B", "20240106", "12", "50"]];
    const repair = comma(rows);
    expect(repair.rows[1]).toEqual(["A", "2024-01-05", "1234,56"]);
    expect(repair.rows[2]).toEqual(["B", "20240106", "12", "50"]);
    expect(repair.rejectedRows.get(2)).toEqual({ column: { index: 3, header: undefined }, reason: "extraFields", value: "50" });
  });

  it("rejects, never cuts, a row with two fields too many or fields that are no amount", () => {
    const rows = [["Kunde", "Dato", "Beløb"], ["A", "2024-01-05", "1234", "56", "x"], ["B", "2024-01-06", "100", "note"], ["C", "2024-01-07", "5"]];
    const repair = comma(rows, { amountColumns: [amount] });
    expect(repair.rows).toBe(rows);
    expect([...repair.rejectedRows]).toEqual([
      [1, { column: { index: 3, header: undefined }, reason: "extraFields", value: "56,x" }],
      [2, { column: { index: 3, header: undefined }, reason: "extraFields", value: "note" }],
    ]);
    expect(repair.notices).toEqual([]);
  });

  it("does not count blank fields at a line's end (a trailing delimiter), nor the header's", () => {
    const rows = [["Kunde", "Dato", "Beløb", ""], ["A", "2024-01-05", "100", ""], ["B", "2024-01-06", "12", "50", ""]];
    const repair = comma(rows, { amountColumns: [amount] });
    expect(repair.rows[1]).toEqual(["A", "2024-01-05", "100", ""]);
    expect(repair.rows[2]).toEqual(["B", "2024-01-06", "12,50", ""]);
  });

  it("joins only one or two decimals: three digits after the comma could be a thousands group", () => {
    const repair = comma([["Kunde", "Dato", "Beløb"], ["A", "2024-01-05", "1", "234"], ["B", "2024-01-05", "12", "5 kr"]], { amountColumns: [amount] });
    expect(repair.rejectedRows.get(1)?.value).toBe("234");
    expect(repair.rows[2]).toEqual(["B", "2024-01-05", "12,5 kr"]);
  });

  it("refuses to guess between two amount columns that could both be split", () => {
    const rows = [["Kunde", "Antal køb", "Samlet beløb", "Gennemsnit"], ["Anna", "3", "1500", "50", "50"]];
    const repair = comma(rows, { amountColumns: [{ index: 2, header: "Samlet beløb" }, { index: 3, header: "Gennemsnit" }] });
    expect(repair.rejectedRows.has(1)).toBe(true);
  });

  it("rejects extra fields in a semicolon file and joins nothing when the decimal separator is a point", () => {
    const semicolon = joinSplitAmounts([["Kunde", "Beløb"], ["A", "12", "50"]], 1, { delimiter: ";", rowNumbers: [1, 2] });
    expect(semicolon.rejectedRows.get(1)).toEqual({ column: { index: 2, header: undefined }, reason: "extraFields", value: "50" });
    const point = comma([["Kunde", "Dato", "Beløb"], ["A", "2024-01-05", "12", "50"], ["B", "2024-01-05", "12"]], { decimalSeparator: "." });
    expect(point.rejectedRows.get(1)?.value).toBe("50");
  });

  it("takes a header that is shorter than nearly all rows as leaving columns unnamed, and holds rows to their common width", () => {
    const rows = [["Kunde", "Dato"], ...["A", "B", "C", "D", "E"].map((customer) => [customer, "2024-01-05", "100"]), ["F", "2024-01-06", "12", "50"]];
    const repair = comma(rows);
    expect(repair.rows.slice(1, 6)).toEqual(rows.slice(1, 6));
    expect(repair.rows[6]).toEqual(["F", "2024-01-06", "12,50"]);
    expect(repair.rejectedRows.size).toBe(0);
    expect(repair.notices[1]).toEqual({ code: "unnamedColumns", column: { index: 2, header: undefined }, columns: 1, rows: 6, example: { row: 2, value: "100" } });
    const few = [["Kunde", "Dato"], ["A", "2024-01-05", "note"]];
    expect(comma(few).rejectedRows.get(1)?.value).toBe("note");
  });

  describe("a header that leaves columns unnamed is never read silently", () => {
    const header = ["Kunde", "Dato", "Beløb"];
    const many = (fields: (index: number) => string[]) => [header, ...Array.from({ length: 40 }, (_, index) => [`K${index}`, "2024-04-10", ...fields(index)])];

    it("joins amounts split into a whole and two decimals before an unnamed column, and names that column", () => {
      const rows = many((index) => [`${200 + index}`, "60", "DK"]);
      const repair = comma(rows, { amountColumns: [amount] });
      expect(repair.rows[1]).toEqual(["K0", "2024-04-10", "200,60", "DK"]);
      expect(repair.rows[40]).toEqual(["K39", "2024-04-10", "239,60", "DK"]);
      expect(repair.rejectedRows.size).toBe(0);
      expect(repair.notices).toEqual([
        { code: "fieldsJoined", column: amount, rows: 40, example: { row: 2, value: "200,60" } },
        { code: "unnamedColumns", column: { index: 3, header: undefined }, columns: 1, rows: 40, example: { row: 2, value: "DK" } },
      ]);
    });

    it("rejects the lines when an unnamed field could be an amount's decimals or a column of its own (1,2,3)", () => {
      const repair = comma(many(() => ["1", "2", "3"]), { amountColumns: [amount] });
      expect(repair.rejectedRows.size).toBe(40);
      expect(repair.rejectedRows.get(1)).toEqual({ column: { index: 3, header: undefined }, reason: "extraFields", value: "2,3" });
      const varying = comma(many((index) => [`${200 + index}`, `${index % 10}`, "DK"]), { amountColumns: [amount] });
      expect(varying.rejectedRows.size).toBe(40);
    });

    it("reads past unnamed columns that cannot hold decimals, with a notice naming them", () => {
      const repair = comma(many((index) => [`${200 + index}`, "DK", "web"]), { amountColumns: [amount] });
      expect(repair.rows[1]).toEqual(["K0", "2024-04-10", "200", "DK", "web"]);
      expect(repair.rejectedRows.size).toBe(0);
      expect(repair.notices).toEqual([{ code: "unnamedColumns", column: { index: 3, header: undefined }, columns: 2, rows: 40, example: { row: 2, value: "DK" } }]);
      const semicolon = joinSplitAmounts(many(() => ["205", "60"]), 1, { delimiter: ";", rowNumbers: lines(41) });
      expect(semicolon.notices).toEqual([{ code: "unnamedColumns", column: { index: 3, header: undefined }, columns: 1, rows: 40, example: { row: 2, value: "60" } }]);
    });
  });

  it("without a header row, measures rows against the most common number of fields", () => {
    const rows = [["A", "2024-01-05", "100"], ["B", "2024-01-06", "12", "50"], ["C", "2024-01-07", "9"]];
    const repair = joinSplitAmounts(rows, 0, { delimiter: ",", rowNumbers: [1, 2, 3] });
    expect(repair.rows[1]).toEqual(["B", "2024-01-06", "12,50"]);
    expect(repair.notices[0]).toMatchObject({ column: { index: 2, header: undefined }, rows: 1 });
  });
});
