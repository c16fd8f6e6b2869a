import { areaAddress, parseAreaAddress, splitSheetAddress, type CellArea } from "./a1";
import { runExcel } from "./excelHost";
import { WorkbookItemNotFoundError } from "./workbookErrors";

/** Where the user says the purchase data is: the selection, the region around the active cell, or an Excel table. */
export type SourceChoice = { kind: "selection" } | { kind: "region" } | { kind: "table"; name: string };

/** How a source is remembered for Refresh: a table by name (it grows by itself), or a range by sheet and address. */
export type StoredSource = { kind: "table"; name: string } | { kind: "range"; sheet: string; address: string };

/** A source pinned down to cells. */
export interface ResolvedSource {
  sheet: string;
  /** The area without the sheet, e.g. "A1:E6920". */
  address: string;
  rowCount: number;
  columnCount: number;
  /** What to store so that Refresh finds the (grown) data again. */
  stored: StoredSource;
}

/** An Excel table of the workbook. */
export interface TableInfo {
  name: string;
  sheet: string;
  /** The table's area without the sheet, header row included. */
  address: string;
  /** Rows including the header row. */
  rowCount: number;
  columnCount: number;
}

/** A range proxy's facts, after `load(RANGE_FACTS)` and a sync. */
const RANGE_FACTS = ["address", "rowCount", "columnCount"];

function describe(range: Excel.Range): { sheet: string; address: string; rowCount: number; columnCount: number } {
  const { sheet, address } = splitSheetAddress(range.address);
  return { sheet, address, rowCount: range.rowCount, columnCount: range.columnCount };
}

/**
 * The workbook's Excel tables, in workbook order, with their sheet and current size (header included); two syncs.
 * ExcelApi 1.1 (`workbook.tables`, `Table.getRange`).
 * @example await listTables() // [{ name: "Sales", sheet: "Data", address: "A1:E6920", rowCount: 6920, columnCount: 5 }]
 */
export async function listTables(): Promise<TableInfo[]> {
  return runExcel(async (context) => {
    const tables = context.workbook.tables;
    tables.load("items/name");
    await context.sync();
    const ranges = tables.items.map((table) => ({ name: table.name, range: table.getRange().load(RANGE_FACTS) }));
    await context.sync();
    return ranges.map(({ name, range }) => ({ name, ...describe(range) }));
  });
}

/** The current range of the table `name`; WorkbookItemNotFoundError("table") when there is none. */
async function tableSource(name: string): Promise<ResolvedSource> {
  return runExcel(async (context) => {
    const table = context.workbook.tables.getItemOrNullObject(name);
    table.load("name");
    await context.sync();
    if (table.isNullObject) throw new WorkbookItemNotFoundError("table", name);
    const range = table.getRange().load(RANGE_FACTS);
    await context.sync();
    return { ...describe(range), stored: { kind: "table", name: table.name } };
  });
}

/** A loaded range's area (after loading rowIndex, columnIndex, rowCount, columnCount). */
function areaOf(range: Excel.Range): CellArea {
  return { row: range.rowIndex, column: range.columnIndex, rowCount: range.rowCount, columnCount: range.columnCount };
}

/** The cells two areas share, or undefined when they do not overlap. */
function intersection(a: CellArea, b: CellArea): CellArea | undefined {
  const row = Math.max(a.row, b.row);
  const column = Math.max(a.column, b.column);
  const rowCount = Math.min(a.row + a.rowCount, b.row + b.rowCount) - row;
  const columnCount = Math.min(a.column + a.columnCount, b.column + b.columnCount) - column;
  return rowCount > 0 && columnCount > 0 ? { row, column, rowCount, columnCount } : undefined;
}

/** A range on `sheet` as a source stored by sheet and address. */
function rangeSource(sheet: string, area: CellArea): ResolvedSource {
  const address = areaAddress(area);
  return { sheet, address, rowCount: area.rowCount, columnCount: area.columnCount, stored: { kind: "range", sheet, address } };
}

const AREA_FACTS = ["address", "rowIndex", "columnIndex", "rowCount", "columnCount"];

/**
 * Pins the user's choice down to cells (one to three syncs).
 * A selection is cut to the cells with values (so whole columns A:E give only the data rows); one selected cell, or
 * a selection without values, means the region around the active cell, bounded by blank rows and columns
 * (ExcelApi 1.7). A table is its range with the header (ExcelApi 1.4); a missing one is WorkbookItemNotFoundError.
 * @example await resolveSource({ kind: "region" }) // { sheet: "Data", address: "A1:E6920", rowCount: 6920, columnCount: 5, stored: { kind: "range", … } }
 */
export async function resolveSource(choice: SourceChoice): Promise<ResolvedSource> {
  if (choice.kind === "table") return tableSource(choice.name);
  return runExcel(async (context) => {
    const regionAroundActiveCell = async (): Promise<ResolvedSource> => {
      const region = context.workbook.getActiveCell().getSurroundingRegion().load(AREA_FACTS);
      await context.sync();
      return rangeSource(describe(region).sheet, areaOf(region));
    };
    if (choice.kind === "region") return regionAroundActiveCell();
    const selected = context.workbook.getSelectedRange().load(AREA_FACTS);
    await context.sync();
    if (selected.rowCount === 1 && selected.columnCount === 1) return regionAroundActiveCell();
    const { sheet } = describe(selected);
    const used = context.workbook.worksheets.getItem(sheet).getUsedRangeOrNullObject(true).load(AREA_FACTS);
    await context.sync();
    const withValues = used.isNullObject ? undefined : intersection(areaOf(selected), areaOf(used));
    return withValues ? rangeSource(sheet, withValues) : regionAroundActiveCell();
  });
}

/**
 * Finds a stored source again for Refresh on grown data (two syncs): a table's current range, or a range's columns
 * from its first row down to the sheet's last row with values (ExcelApi 1.4).
 * A table or sheet that is gone throws WorkbookItemNotFoundError; a stored address that is not A1 a TypeError.
 * @example await resolveStoredSource({ kind: "range", sheet: "Data", address: "A1:E6920" }) // { address: "A1:E7410", rowCount: 7410, … }
 */
export async function resolveStoredSource(stored: StoredSource): Promise<ResolvedSource> {
  if (stored.kind === "table") return tableSource(stored.name);
  const area = parseAreaAddress(stored.address);
  if (!area) throw new TypeError(`The stored address "${stored.address}" is not an A1 range`);
  return runExcel(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(stored.sheet);
    sheet.load("name");
    await context.sync();
    if (sheet.isNullObject) throw new WorkbookItemNotFoundError("sheet", stored.sheet);
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load(["rowIndex", "rowCount"]);
    await context.sync();
    const lastUsedRow = used.isNullObject ? area.row : used.rowIndex + used.rowCount - 1;
    return rangeSource(sheet.name, { ...area, rowCount: Math.max(1, lastUsedRow - area.row + 1) });
  });
}
