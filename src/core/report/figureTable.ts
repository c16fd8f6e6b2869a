import type { ColumnFormat, ReportCell, ReportTable } from "./reportModel";

/** One row of a figure table: its names (label keys, one per name column), its value and the value's format. */
export type Figure = [...names: string[], value: ReportCell, format: ColumnFormat];

/**
 * A table of named figures: label columns (default just "figure"), then a "value" column whose format each row sets.
 * @example figureTable("modelFit", [["bgnbd", "iterations", 19, "integer"]], ["model", "figure"]).rows // [["bgnbd", "iterations", 19]]
 */
export function figureTable(id: string, figures: Figure[], nameColumns: string[] = ["figure"]): ReportTable {
  return {
    id,
    title: id,
    columns: [...nameColumns.map((key) => ({ key, format: "label" as const })), { key: "value", format: "decimal" }],
    rows: figures.map((figure) => figure.slice(0, -1) as ReportCell[]),
    rowFormats: figures.map((figure) => figure[figure.length - 1] as ColumnFormat),
  };
}
