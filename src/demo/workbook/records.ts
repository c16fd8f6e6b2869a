import type { CellArea } from "../../excel/a1";

/** What a cell can hold in the double: text, a number or a logical value ("" is an empty cell). */
export type CellContent = string | number | boolean;

/** The selection: an area on the active sheet; the active cell is its top-left cell. */
export interface Selection extends CellArea {
  sheet: string;
}

/** A chart as the double records it; addresses are without the sheet, e.g. "H3:H13". */
export interface ChartRecord {
  sheet: string;
  type: string;
  /** The range given to charts.add. */
  source: string;
  seriesBy: string;
  title?: string;
  series: Array<{ name: string; values?: string; categories?: string }>;
  position?: { start: string; end?: string };
}

/** An Excel table as the double records it (address without the sheet, header row included). */
export interface TableRecord {
  name: string;
  sheet: string;
  address: string;
  hasHeaders: boolean;
}

/** A range whose columns were autofitted (address without the sheet). */
export interface AutofitRecord {
  sheet: string;
  address: string;
}

/** A cell's font as written through `range.format.font` (ExcelApi 1.1): colour "#RRGGBB" (Excel's default black "#000000"), italic. */
export interface CellFont {
  color: string;
  italic: boolean;
}

/** A point of a colour scale (ExcelApi 1.6): a number (`type` "Number", `formula` its text) and the colour there. */
export interface ColorScaleCriterion {
  type: "Number";
  formula: string;
  color: string;
}

/** A two-colour scale: `minimum`'s colour at and below its number, `maximum`'s at and above its own, linear between. */
export interface ColorScaleCriteria {
  minimum: ColorScaleCriterion;
  maximum: ColorScaleCriterion;
}

/**
 * A conditional format as the double records it (`range.conditionalFormats.add`): the range's address without the
 * sheet and, once set, its colour scale's criteria.
 */
export interface ConditionalFormatRecord {
  sheet: string;
  address: string;
  type: "ColorScale";
  criteria?: ColorScaleCriteria;
}

/** A worksheet-scoped named item. */
export interface NameRecord {
  visible: boolean;
  comment: string;
}

/** A worksheet: its id stays the same when it is renamed. */
export interface SheetRecord {
  id: string;
  name: string;
  visibility: string;
}

/** A cell's stored content: a constant, or a formula with its result (an array result spills). */
export interface StoredCell {
  content: CellContent;
  result?: CellContent | CellContent[][];
}

/** The whole workbook as plain data: equal snapshots mean nothing a user could see changed. */
export interface WorkbookSnapshot {
  sheets: Array<{
    name: string;
    visibility: string;
    cells: Record<string, CellContent>;
    formats: Record<string, string>;
    fonts: Record<string, CellFont>;
    names: Record<string, NameRecord>;
  }>;
  tables: TableRecord[];
  charts: ChartRecord[];
  conditionalFormats: ConditionalFormatRecord[];
  autofits: AutofitRecord[];
  settings: Record<string, string>;
  eventsEnabled: boolean;
}
