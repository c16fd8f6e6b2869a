import { useCallback, useEffect, useRef, useState, useSyncExternalStore, type MouseEvent } from "react";
import { columnLetters } from "../core/read/columnLetters";
import { areaAddress, type CellArea } from "../excel/a1";
import { cellText } from "./cellText";
import { chartData } from "./chartData";
import { chartArea, chartBox } from "./chartPlacement";
import { ChartView } from "./ChartView";
import { scaleColor, type ScalePoint } from "./colorScale";
import { autofitColumnWidths, DEFAULT_COLUMN_WIDTH, textWidth } from "./columnWidths";
import { inArea, selectedArea, type GridCell } from "./gridSelection";
import { parseA1 } from "./workbook/cellAddressing";
import type { CellContent, ChartRecord, ConditionalFormatRecord, TableRecord } from "./workbook/records";
import type { WorkbookDouble } from "./workbook/workbookDouble";

/** Row height of the grid, in CSS pixels (rows are virtualized: only visible rows are drawn). */
const ROW_HEIGHT = 22;
const ROW_HEADER_WIDTH = 56;
/** A cell's horizontal padding (4 + 4) and right border (1), as in demo.html. */
const CELL_CHROME = 9;
/** Empty rows and columns drawn past the used range, as a spreadsheet shows them. */
const SPARE_ROWS = 30;
const SPARE_COLUMNS = 3;
const MIN_COLUMNS = 8;
/** Excel's default font colour: such cells take the page's text colour. */
const DEFAULT_FONT_COLOR = "#000000";
/** Rows drawn above and below the visible ones, so fast scrolling does not show gaps. */
const OVERSCAN_ROWS = 10;

export interface WorkbookViewProps {
  book: WorkbookDouble;
  /** The page's locale, for the numbers on the charts' axes and data labels (the grid's cells show en-US, as cellText). */
  locale?: string;
}

/**
 * The in-page workbook: sheet tabs, name box, formula bar, the active sheet's grid with its charts drawn over the
 * cells where Excel places them, its tables, and the workbook's settings; redrawn after every change the double
 * reports. Selecting, autofitted widths, text running on over empty cells, font colours and italics, colour scales
 * (conditional formats) and hidden sheets without tabs behave as in Excel.
 * @example <WorkbookView book={book} locale="en-US" />
 */
export function WorkbookView({ book, locale = "en-US" }: WorkbookViewProps) {
  const subscribe = useCallback((listener: () => void) => book.onChange(listener), [book]);
  useSyncExternalStore(subscribe, () => book.revision);
  const selection = book.selection;
  const sheets = book.sheetNames().filter((name) => book.sheetVisibility(name) === "Visible");
  const sheet = selection.sheet;
  const size = book.usedSize(sheet);
  const charts = book.charts.filter((chart) => chart.sheet === sheet);
  const scales = colorScales(book.conditionalFormats.filter((format) => format.sheet === sheet));
  // The grid reaches past the charts too, as Excel's scroll area does.
  const chartAreas = charts.map(chartArea);
  const rowCount = Math.max(size.rowCount, ...chartAreas.map((area) => area.row + area.rowCount)) + SPARE_ROWS;
  const columnCount = Math.max(MIN_COLUMNS, Math.max(size.columnCount, ...chartAreas.map((area) => area.column + area.columnCount)) + SPARE_COLUMNS);
  const anchor = useRef<GridCell & { sheet: string }>({ sheet, row: selection.row, column: selection.column });
  const lastSelection = useRef(new Map<string, CellArea>());

  const select = (cell: GridCell, extend: boolean) => {
    const from = anchor.current.sheet === sheet ? anchor.current : cell;
    const area = selectedArea(from, cell, extend);
    if (!extend) anchor.current = { sheet, ...cell };
    book.select(sheet, area.row, area.column, area.rowCount, area.columnCount);
  };
  const activate = (name: string) => {
    lastSelection.current.set(sheet, selection);
    const area = lastSelection.current.get(name) ?? { row: 0, column: 0, rowCount: 1, columnCount: 1 };
    anchor.current = { sheet: name, row: area.row, column: area.column };
    book.select(name, area.row, area.column, area.rowCount, area.columnCount);
  };

  const activeValue = book.getCell(sheet, selection.row, selection.column);
  const tables = book.tables.filter((table) => table.sheet === sheet);
  return (
    <section className="workbook" aria-label="Workbook">
      <div className="formula-bar">
        <output className="name-box" aria-label="Name box">
          {areaAddress(selection)}
        </output>
        <output className="formula" aria-label="Formula bar">
          {String(activeValue)}
        </output>
      </div>
      <Grid book={book} sheet={sheet} rowCount={rowCount} columnCount={columnCount} selection={selection} onSelect={select} charts={charts} scales={scales} locale={locale} />
      <nav className="sheet-tabs" aria-label="Sheets">
        {sheets.map((name) => (
          <button key={name} type="button" role="tab" aria-selected={name === sheet} className={name === sheet ? "tab active" : "tab"} onClick={() => activate(name)}>
            {name}
          </button>
        ))}
      </nav>
      <SheetObjects tables={tables} settings={book.settings} />
    </section>
  );
}

interface GridProps {
  book: WorkbookDouble;
  sheet: string;
  rowCount: number;
  columnCount: number;
  selection: CellArea;
  onSelect: (cell: GridCell, extend: boolean) => void;
  /** The sheet's charts, drawn over its cells. */
  charts: ChartRecord[];
  /** The sheet's colour scales, in the order added. */
  scales: ColorScale[];
  locale: string;
}

/** A colour scale of the sheet: its cells and its two points. */
interface ColorScale {
  area: CellArea;
  minimum: ScalePoint;
  maximum: ScalePoint;
}

/** The colour scales of a sheet's conditional formats whose criteria were set. */
function colorScales(formats: ConditionalFormatRecord[]): ColorScale[] {
  return formats.flatMap(({ address, criteria }) => {
    if (!criteria) return [];
    const point = ({ formula, color }: { formula: string; color: string }): ScalePoint => ({ value: Number(formula), color });
    return [{ area: parseA1(address), minimum: point(criteria.minimum), maximum: point(criteria.maximum) }];
  });
}

/** A cell's fill from the colour scales: a number gets the colour of the last scale added over it (Excel's first rule), text or an empty cell none. */
function cellFill(scales: ColorScale[], cell: GridCell, value: CellContent): string | undefined {
  if (typeof value !== "number") return undefined;
  for (let i = scales.length - 1; i >= 0; i -= 1) {
    if (inArea(cell, scales[i].area)) return scaleColor(value, scales[i].minimum, scales[i].maximum);
  }
  return undefined;
}

/**
 * The cells of one sheet, only the rows in view (plus a margin) in the DOM, each in its font and fill, and its charts
 * floating over them.
 */
function Grid({ book, sheet, rowCount, columnCount, selection, onSelect, charts, scales, locale }: GridProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: 600 });
  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    element.scrollTop = 0;
    setView({ top: 0, height: element.clientHeight });
  }, [sheet]);
  const first = Math.max(0, Math.floor(view.top / ROW_HEIGHT) - OVERSCAN_ROWS);
  const last = Math.min(rowCount, Math.ceil((view.top + view.height) / ROW_HEIGHT) + OVERSCAN_ROWS);
  const columns = Array.from({ length: columnCount }, (_, column) => column);
  const autofitted = autofitColumnWidths(book, sheet);
  const widths = columns.map((column) => autofitted.get(column) ?? DEFAULT_COLUMN_WIDTH);
  const click = (cell: GridCell) => (event: MouseEvent) => {
    event.preventDefault();
    onSelect(cell, event.shiftKey);
  };
  const rows = [];
  for (let row = first; row < last; row += 1) {
    rows.push(
      <div key={row} className="row" role="row" style={{ top: (row + 1) * ROW_HEIGHT }}>
        <div className="row-header" role="rowheader">
          {row + 1}
        </div>
        {columns.map((column) => {
          const value = book.getValue(sheet, row, column);
          const text = value === "" ? "" : cellText(value, book.getNumberFormat(sheet, row, column));
          const selected = inArea({ row, column }, selection);
          const room = typeof value === "string" ? textRoom(text, widths, column, (next) => book.getValue(sheet, row, next) === "") : widths[column];
          const overflows = room > widths[column];
          const font = book.getFont(sheet, row, column);
          // A selected cell shows the selection's colour, not its fill.
          const fill = selected ? undefined : cellFill(scales, { row, column }, value);
          return (
            <div
              key={column}
              role="gridcell"
              data-address={`${columnLetters(column)}${row + 1}`}
              aria-selected={selected}
              className={`cell${selected ? " selected" : ""}${typeof value === "number" ? " number" : ""}${overflows ? " overflow" : ""}`}
              style={{
                width: widths[column],
                color: font.color === DEFAULT_FONT_COLOR ? undefined : font.color,
                fontStyle: font.italic ? "italic" : undefined,
                backgroundColor: fill,
              }}
              title={text}
              onMouseDown={click({ row, column })}
            >
              {overflows ? (
                <span className="spill" style={{ width: room - CELL_CHROME }}>
                  {text}
                </span>
              ) : (
                text
              )}
            </div>
          );
        })}
      </div>,
    );
  }
  return (
    <div
      ref={scroller}
      className="grid-scroller"
      onScroll={(event) => setView({ top: event.currentTarget.scrollTop, height: event.currentTarget.clientHeight })}
    >
      <div
        className="grid"
        role="grid"
        aria-label={sheet}
        aria-rowcount={rowCount}
        aria-colcount={columnCount}
        style={{ height: (rowCount + 1) * ROW_HEIGHT, width: widths.reduce((sum, width) => sum + width, ROW_HEADER_WIDTH) }}
      >
        <div className="row column-headers" role="row" style={{ top: 0 }}>
          <div className="row-header corner" />
          {columns.map((column) => (
            <div key={column} className="column-header" role="columnheader" style={{ width: widths[column] }}>
              {columnLetters(column)}
            </div>
          ))}
        </div>
        {/* Before the rows, so the sticky row headers stay over a chart scrolled under them, as in Excel. */}
        {charts.map((chart, index) => {
          const box = chartBox(chartArea(chart), widths, DEFAULT_COLUMN_WIDTH, ROW_HEIGHT, ROW_HEADER_WIDTH);
          return (
            <div key={index} className="chart-object" style={{ left: box.left, top: box.top, width: box.width, height: box.height }}>
              <ChartView chart={chartData(book, chart, locale)} width={box.width} height={box.height} locale={locale} />
            </div>
          );
        })}
        {rows}
      </div>
    </div>
  );
}

/**
 * The width text may take from its cell on, in CSS pixels: as in Excel, text (never a number) too long for its cell
 * runs on over the empty cells to its right, up to the first cell that holds something.
 */
function textRoom(text: string, widths: readonly number[], column: number, isEmpty: (column: number) => boolean): number {
  const needed = textWidth(text) + CELL_CHROME;
  let room = widths[column];
  for (let next = column + 1; room < needed && next < widths.length && isEmpty(next); next += 1) room += widths[next];
  return room;
}

interface SheetObjectsProps {
  tables: TableRecord[];
  /** workbook.settings: key → JSON text. */
  settings: ReadonlyMap<string, string>;
}

/** The active sheet's Excel tables and the workbook's settings (its charts are drawn on the grid). */
function SheetObjects({ tables, settings }: SheetObjectsProps) {
  if (tables.length === 0 && settings.size === 0) return null;
  return (
    <div className="sheet-objects">
      {tables.length > 0 && (
        <section aria-label="Tables">
          <h2>Tables</h2>
          <ul>
            {tables.map((table) => (
              <li key={table.name}>
                {table.name}: {table.address}
                {table.hasHeaders ? " (with header row)" : ""}
              </li>
            ))}
          </ul>
        </section>
      )}
      {settings.size > 0 && (
        <section aria-label="Workbook settings">
          <h2>Workbook settings</h2>
          {[...settings].map(([key, json]) => (
            <details key={key}>
              <summary>{key}</summary>
              <pre>{JSON.stringify(JSON.parse(json), null, 2)}</pre>
            </details>
          ))}
        </section>
      )}
    </div>
  );
}
