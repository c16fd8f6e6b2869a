import { rowBlocks, type RowBlockOptions } from "./rowBlocks";

/**
 * Where the add-in's formulas are: how many cells, on which sheets (workbook order).
 * @example { cells: 2357, sheets: ["Analysis"] }
 */
export interface AddinFormulaScan {
  cells: number;
  sheets: string[];
}

/**
 * Progress of a replacement: formula cells replaced so far out of all found.
 * @example { cellsDone: 25000, totalCells: 100000 }
 */
export interface ReplaceProgress {
  cellsDone: number;
  totalCells: number;
}

/**
 * Options of the replacement: progress, and the row-block budget.
 * @example { onProgress: ({ cellsDone, totalCells }) => … }
 */
export interface ReplaceOptions extends RowBlockOptions {
  /** Called after every synced block of replacements; the last call has cellsDone === totalCells. */
  onProgress?: (progress: ReplaceProgress) => void;
}

/** Excel's error literals: written back as they are, so an error stays an error. */
const ERROR_LITERAL = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!|BUSY!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|UNKNOWN!)$/;

/**
 * Whether a formula calls a function of the add-in's KV namespace (`KV.CLV`, `kv.segment`, the Danish and Swedish
 * names alike: the namespace is the same). Text inside string literals does not count (`="KV.CLV"`), nor does a
 * longer name ending in KV (`MYKV.X`).
 * @example isAddinFormula("=ROUND(KV.CLV(A2:C900), 0)") // true
 */
export function isAddinFormula(formula: unknown): boolean {
  if (typeof formula !== "string" || !formula.startsWith("=")) return false;
  const outsideStrings = formula.replace(/"(?:[^"]|"")*"/g, '""');
  return /(^|[^A-Za-z0-9_.])KV\.[A-Za-z]/i.test(outsideStrings);
}

/**
 * A value as it must be written so that Excel keeps it as it is: text that Excel would take for a formula, a
 * number, a date or a logical value gets the "'" prefix (stored as text, the apostrophe not shown); error
 * literals stay errors.
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
 * Reads every sheet's used range (`getUsedRangeOrNullObject`, ExcelApi 1.4) in row blocks of ≤ 4 MB, with formulas
 * and values. Syncs: 2 + one per block.
 */
async function scan(options: RowBlockOptions): Promise<ScannedSheet[]> {
  return Excel.run(async (context) => {
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
      for (const block of rowBlocks(found.rowCount, found.columnCount * ARRAYS_PER_CELL, options)) {
        const part = sheet.getRangeByIndexes(found.top + block.startRow, found.left, block.rowCount, found.columnCount);
        part.load(["formulas", "values"]);
        await context.sync();
        part.formulas.forEach((cells, r) =>
          cells.forEach((formula, c) => {
            if (isAddinFormula(formula)) found.formulaCells.push([block.startRow + r, c]);
          }),
        );
        for (const row of part.values) found.values.push(row);
      }
      if (found.formulaCells.length > 0) scanned.push(found);
    }
    return scanned;
  });
}

/**
 * Counts the cells whose formula calls a KV function, on every sheet (a read only: nothing changes). Syncs: 2 + one
 * per row block of ≤ 4 MB. ExcelApi 1.4 (`getUsedRangeOrNullObject`), 1.7 (`getRangeByIndexes`).
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
    await context.sync();
    afterBlock(inBlock.length);
  }
}

/**
 * Makes the workbook safe to share with people who do not have the add-in: every cell whose formula calls a KV
 * function (any sheet) gets its current value as a constant; a spilling KV formula's whole spill area keeps its
 * values; other formulas and constants are untouched (number formats too: only values are written).
 *
 * How, within ExcelApi 1.8 (the spill APIs `getSpillingToRange`/`hasSpill` need 1.12): (1) scan every used range
 * for formulas and values ({@link findAddinFormulas}); (2) write each KV formula cell's value over it, in vertical
 * runs, one sync per row block; (3) re-read the scanned areas: a cell that is now empty and holds no formula but
 * showed a value before was spilled into by a replaced formula, so its value is written back. Nothing else can
 * empty a constant cell here, so exactly the spill areas are restored. Text is written so Excel keeps it as text
 * ("'" prefix for text that looks like a number, date or formula); error values stay errors. Formulas elsewhere
 * that referred to a spill with "#" (A1#) lose it, as the formula is gone.
 *
 * Every block stays ≤ ~4 MB (formulas and values budgeted). Progress counts formula cells replaced.
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
  await Excel.run(async (context) => {
    for (const sheet of scanned) {
      await writeCells(context, sheet, sheet.formulaCells, (row, column) => sheet.values[row][column], blockOptions, (written) => {
        cellsDone += written;
        onProgress?.({ cellsDone, totalCells });
      });
    }
    for (const sheet of scanned) {
      const emptied: Array<[number, number]> = [];
      const worksheet = context.workbook.worksheets.getItem(sheet.name);
      for (const block of rowBlocks(sheet.rowCount, sheet.columnCount * ARRAYS_PER_CELL, blockOptions)) {
        const part = worksheet.getRangeByIndexes(sheet.top + block.startRow, sheet.left, block.rowCount, sheet.columnCount);
        part.load(["formulas", "values"]);
        await context.sync();
        part.values.forEach((cells, r) =>
          cells.forEach((value, c) => {
            const row = block.startRow + r;
            if (value === "" && part.formulas[r][c] === "" && sheet.values[row][c] !== "") emptied.push([row, c]);
          }),
        );
      }
      await writeCells(context, sheet, emptied, (row, column) => sheet.values[row][column], blockOptions, (written) => {
        spillCellsKept += written;
      });
    }
  });
  return { cellsReplaced: cellsDone, spillCellsKept };
}
