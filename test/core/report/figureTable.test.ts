import { figureTable } from "../../../src/core/report/figureTable";

describe("figureTable", () => {
  it("makes a figure and value table, each value with its own format", () => {
    expect(
      figureTable("headline", [
        ["customers", 2357, "integer"],
        ["clvMethod", "methodHistorical", "label"],
        ["customerEquityLow", null, "currency"],
      ]),
    ).toEqual({
      id: "headline",
      title: "headline",
      columns: [
        { key: "figure", format: "label" },
        { key: "value", format: "decimal" },
      ],
      rows: [
        ["customers", 2357],
        ["clvMethod", "methodHistorical"],
        ["customerEquityLow", null],
      ],
      rowFormats: ["integer", "label", "currency"],
    });
  });

  it("names figures in several label columns", () => {
    const table = figureTable("modelFit", [["bgnbd", "stopReason", "stopReason_precisionLimit", "label"]], ["model", "figure"]);
    expect(table.columns.map((column) => [column.key, column.format])).toEqual([
      ["model", "label"],
      ["figure", "label"],
      ["value", "decimal"],
    ]);
    expect(table.rows).toEqual([["bgnbd", "stopReason", "stopReason_precisionLimit"]]);
    expect(table.rowFormats).toEqual(["label"]);
  });
});
