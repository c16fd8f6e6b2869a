import { runExcel } from "./excelHost";
import { AdaptiveRowBlocks } from "./adaptiveRowBlocks";
import { rowBlocks, type RowBlockOptions } from "./rowBlocks";

/** Where the add-in's formulas are: how many cells, on which sheets (workbook order). */
export interface AddinFormulaScan {
  cells: number;
  sheets: string[];
}

/** Progress of a replacement: formula cells replaced so far out of all found. */
export interface ReplaceProgress {
  cellsDone: number;
  totalCells: number;
}

/** Options of the replacement: progress, and the row-block budget. */
export interface ReplaceOptions extends RowBlockOptions {
  /** Called after every synced block of replacements; the last call has cellsDone === totalCells. */
  onProgress?: (progress: ReplaceProgress) => void;
}

/** Excel's error literals: written back as they are, so an error stays an error. */
const ERROR_LITERAL = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!|BUSY!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|UNKNOWN!)$/;

/**
 * Whether a formula calls a function of the add-in's KV namespace, in any language; not text in string literals
 * (`="KV.CLV"`), nor a longer name ending in KV (`MYKV.X`).
 * @example isAddinFormula("=ROUND(KV.CLV(A2:C900), 0)") // true
 */
export function isAddinFormula(formula: unknown): boolean {
  if (typeof formula !== "string" || !formula.startsWith("=")) return false;
  const outsideStrings = formula.replace(/"(?:[^"]|"")*"/g, '""');
  return /(^|[^A-Za-z0-9_.])KV\.[A-Za-z]/i.test(outsideStrings);
}

/**
 * A value as it must be written for Excel to keep it: text Excel would take for a formula, number, date or logical
 * gets the "'" prefix (Excel stores the rest as text); error literals stay errors.
 */
function literal(value: unknown): string | number | boolean {
  if (typeof value === "number" || typeof value === "boolean") return value;
  const text = String(value ?? "");
  if (text === "" || ERROR_LITERAL.test(text)) return text;
  return /^[=+\-@'\s]|\d|^(true|false)$/i.test(text) ? `'${text}` : text;
}

/** One sheet's used range as scanned: the add-in's formula cells and what every cell showed. */
interface ScannedSheet {
  name: string;
  top: number;
  left: number;
  rowCount: number;
  columnCount: number;
  /** [row, column] (relative to top/left) of the cells whose formula calls KV. */
  formulaCells: Array<[number, number]>;
  /** The values before anything was replaced, row by row. */
  values: unknown[][];
}

/** Both formulas and values are loaded per cell, so a block's budget is counted for twice the columns. */
const ARRAYS_PER_CELL = 2;

/**
 * Reads an area's formulas and values in row blocks within Excel on the web's payload limit, also when the user's
 * cells hold long text (AdaptiveRowBlocks), one sync each, handing each block to `onBlock`.
 */
async function readBlocks(
  context: Excel.RequestContext,
  worksheet: Excel.Worksheet,
  area: Pick<ScannedSheet, "top" | "left" | "rowCount" | "columnCount">,
  options: RowBlockOptions,
  onBlock: (startRow: number, formulas: unknown[][], values: unknown[][]) => void,
): Promise<void> {
  const blocks = new AdaptiveRowBlocks(area.rowCount, area.columnCount * ARRAYS_PER_CELL, options);
  for (let block = blocks.next(); block; block = blocks.next()) {
    const part = worksheet.getRangeByIndexes(area.top + block.startRow, area.left, block.rowCount, area.columnCount);
    part.load(["formulas", "values"]);
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per row block keeps each response under Excel on the web's payload limit (Microsoft Learn, "Read or write to a large range using the Excel JavaScript API")
      await context.sync();
    } catch (error) {
      blocks.refused(block, error);
      continue;
    }
    onBlock(block.startRow, part.formulas, part.values);
    blocks.read(block, [part.formulas, part.values]);
  }
}

/** Reads every sheet's used range with formulas and values, in row blocks of ≤ 4 MB (ExcelApi 1.4). */
async function scan(options: RowBlockOptions): Promise<ScannedSheet[]> {
  return runExcel(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    await context.sync();
    const used = worksheets.items.map((sheet) => ({
      sheet,
      range: sheet.getUsedRangeOrNullObject().load(["rowIndex", "columnIndex", "rowCount", "columnCount"]),
    }));
    await context.sync();
    const scanned: ScannedSheet[] = [];
    for (const { sheet, range } of used) {
      if (range.isNullObject) continue;
      const found: ScannedSheet = {
        name: sheet.name,
        top: range.rowIndex,
        left: range.columnIndex,
        rowCount: range.rowCount,
        columnCount: range.columnCount,
        formulaCells: [],
        values: [],
      };
      await readBlocks(context, sheet, found, options, (startRow, formulas, values) => {
        formulas.forEach((cells, r) =>
          cells.forEach((formula, c) => {
            if (isAddinFormula(formula)) found.formulaCells.push([startRow + r, c]);
          }),
        );
        for (const row of values) found.values.push(row);
      });
      if (found.formulaCells.length > 0) scanned.push(found);
    }
    return scanned;
  });
}

/**
 * Counts the cells whose formula calls a KV function, on every sheet; reads only. ExcelApi 1.7.
 * @example await findAddinFormulas() // { cells: 2357, sheets: ["Analysis"] }
 */
export async function findAddinFormulas(options: RowBlockOptions = {}): Promise<AddinFormulaScan> {
  const scanned = await scan(options);
  return { cells: scanned.reduce((n, sheet) => n + sheet.formulaCells.length, 0), sheets: scanned.map((sheet) => sheet.name) };
}

/** Vertical runs of cells (same column, consecutive rows), so that a column of formulas is one range per block. */
function columnRuns(cells: Array<[number, number]>): Array<{ row: number; column: number; rowCount: number }> {
  const sorted = [...cells].sort(([r1, c1], [r2, c2]) => c1 - c2 || r1 - r2);
  const runs: Array<{ row: number; column: number; rowCount: number }> = [];
  for (const [row, column] of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.column === column && last.row + last.rowCount === row) last.rowCount += 1;
    else runs.push({ row, column, rowCount: 1 });
  }
  return runs;
}

/** Writes `valueAt` into `cells` of a sheet, block by block (one sync each); returns after each block's sync. */
async function writeCells(
  context: Excel.RequestContext,
  sheet: ScannedSheet,
  cells: Array<[number, number]>,
  valueAt: (row: number, column: number) => unknown,
  options: RowBlockOptions,
  afterBlock: (written: number) => void,
): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet.name);
  for (const block of rowBlocks(sheet.rowCount, sheet.columnCount, options)) {
    const inBlock = cells.filter(([row]) => row >= block.startRow && row < block.startRow + block.rowCount);
    if (inBlock.length === 0) continue;
    for (const run of columnRuns(inBlock)) {
      const range = worksheet.getRangeByIndexes(sheet.top + run.row, sheet.left + run.column, run.rowCount, 1);
      range.values = Array.from({ length: run.rowCount }, (_, i) => [literal(valueAt(run.row + i, run.column))]);
    }
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per row block keeps each request under Excel on the web's payload limit (Microsoft Learn, "Read or write to a large range using the Excel JavaScript API"); progress is reported after each block
    await context.sync();
    afterBlock(inBlock.length);
  }
}

/**
 * Makes the workbook safe to share without the add-in: every KV formula's cell, and its spill area, gets its current
 * value as a constant; other formulas, constants and formats stay.
 * Within ExcelApi 1.8 (the spill APIs need 1.12): after the formulas are replaced, a cell that is now empty but
 * showed a value in the scan was spilled into, so its value is written back. Blocks stay ≤ 4 MB.
 * @example const { cellsReplaced } = await replaceAddinFormulasWithValues({ onProgress: ({ cellsDone, totalCells }) => … })
 */
export async function replaceAddinFormulasWithValues(options: ReplaceOptions = {}): Promise<{ cellsReplaced: number; spillCellsKept: number }> {
  const { onProgress, ...blockOptions } = options;
  const scanned = await scan(blockOptions);
  const totalCells = scanned.reduce((n, sheet) => n + sheet.formulaCells.length, 0);
  let cellsDone = 0;
  let spillCellsKept = 0;
  if (totalCells === 0) {
    onProgress?.({ cellsDone, totalCells });
    return { cellsReplaced: 0, spillCellsKept };
  }
  await runExcel(async (context) => {
    for (const sheet of scanned) {
      await writeCells(context, sheet, sheet.formulaCells, (row, column) => sheet.values[row][column], blockOptions, (written) => {
        cellsDone += written;
        onProgress?.({ cellsDone, totalCells });
      });
    }
    for (const sheet of scanned) {
      const emptied: Array<[number, number]> = [];
      const worksheet = context.workbook.worksheets.getItem(sheet.name);
      await readBlocks(context, worksheet, sheet, blockOptions, (startRow, formulas, values) =>
        values.forEach((cells, r) =>
          cells.forEach((value, c) => {
            const row = startRow + r;
            if (value === "" && formulas[r][c] === "" && sheet.values[row][c] !== "") emptied.push([row, c]);
          }),
        ),
      );
      await writeCells(context, sheet, emptied, (row, column) => sheet.values[row][column], blockOptions, (written) => {
        spillCellsKept += written;
      });
    }
  });
  return { cellsReplaced: cellsDone, spillCellsKept };
}
