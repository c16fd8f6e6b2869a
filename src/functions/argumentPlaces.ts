/*
 * Where the range arguments of a worksheet function lie on the sheet, from the addresses Excel passes with
 * `@requiresParameterAddresses` (the invocation's parameterAddresses, CustomFunctionsRuntime 1.3), so that a
 * message names the row (or cell) the user sees: the sheet row, not the row within the range. An argument
 * without a usable address (an array constant {…}, a computed array, a host that sends none) has no place;
 * its messages count rows from the range's first cell and say so. Hand-written: an address is a dozen
 * characters and the Office.js helpers that parse addresses need a request context, which a function lacks.
 */
import { columnLetters } from "../core/read/columnLetters";
import { isArray } from "../core/hotGlobals";

/** The top-left cell of a range: its sheet row (1-based) and column (0-based, 0 = A). */
export interface RangeStart {
  row: number;
  column: number;
}

const lastRow = 1_048_576;
const lastColumn = 16_384;

/** Column letters → 1-based column number ("A" → 1, "XFD" → 16384), any case. */
function columnNumber(letters: string): number {
  let number = 0;
  for (const letter of letters.toUpperCase()) number = number * 26 + letter.charCodeAt(0) - 64;
  return number;
}

/** One corner or edge of an A1 reference: "$B$28", "B28", "B" (a whole column) or "28" (a whole row). */
const a1Reference = /^\$?([A-Z]{1,3})?\$?(\d{1,7})?$/i;
/** A cell in R1C1 style: "R28C2". */
const r1c1Reference = /^R(\d{1,7})C(\d{1,5})$/i;

/** The row and column numbers of one side of a reference; an undefined part is a whole row or column. */
function corner(text: string): { row?: number; column?: number } | undefined {
  const a1 = a1Reference.exec(text);
  if (a1 && (a1[1] !== undefined || a1[2] !== undefined)) {
    return { column: a1[1] === undefined ? undefined : columnNumber(a1[1]), row: a1[2] === undefined ? undefined : Number(a1[2]) };
  }
  const r1c1 = r1c1Reference.exec(text);
  return r1c1 ? { row: Number(r1c1[1]), column: Number(r1c1[2]) } : undefined;
}

/** Whether a side is a cell, or a whole column or row (the kind both sides of a reference must share). */
function kind(side: { row?: number; column?: number }): "cell" | "column" | "row" {
  return side.row === undefined ? "column" : side.column === undefined ? "row" : "cell";
}

/**
 * The top-left cell of a range address as Excel gives it: with or without a sheet ('Q1 ''24'!$B$2:$B$500,
 * [Book1]Sheet1!B2:B500, B2:B500), a whole column (B:B, from row 1), a whole row (2:2, from column A), one cell,
 * or R1C1 (R2C2:R500C2). Undefined for anything else: an empty address, several areas, a name, a cell beyond
 * the sheet.
 * @example rangeStart("Køb!$B$2:$B$1048576") // { row: 2, column: 1 }
 * @example rangeStart("Data!C:C") // { row: 1, column: 2 }
 */
export function rangeStart(address: unknown): RangeStart | undefined {
  if (typeof address !== "string") return undefined;
  const reference = address.slice(address.lastIndexOf("!") + 1).trim();
  if (reference === "" || reference.includes(",")) return undefined;
  const sides = reference.split(":").map(corner);
  if (sides.length > 2 || sides.some((side) => side === undefined)) return undefined;
  const [first, second = first] = sides as { row?: number; column?: number }[];
  if (kind(first) !== kind(second) || (sides.length === 1 && kind(first) !== "cell")) return undefined;
  const row = Math.min(first.row ?? 1, second.row ?? 1);
  const column = Math.min(first.column ?? 1, second.column ?? 1);
  const inSheet = (side: { row?: number; column?: number }): boolean => (side.row ?? 1) <= lastRow && (side.column ?? 1) <= lastColumn;
  if (row < 1 || column < 1 || !inSheet(first) || !inSheet(second)) return undefined;
  return { row, column: column - 1 };
}

/** A range argument's shape and place: whether it runs across (one row of several cells) and where it starts, if known. */
interface Place {
  start?: RangeStart;
  across: boolean;
}

/** Whether a value is a range of one row and more than one column (its cells run across the sheet). */
export function isAcross(value: unknown): boolean {
  return isArray(value) && value.length === 1 && isArray(value[0]) && value[0].length > 1;
}

/**
 * The places of a worksheet function's range arguments on the sheet; see {@link argumentPlaces}.
 * @example places.sheetRow("dates", 27) // 28 for dates in B2:B1048576
 */
export class ArgumentPlaces {
  constructor(private readonly places: ReadonlyMap<string, Place> = new Map()) {}

  /**
   * The A1 name of the cell at `row` and `column` (1-based, within the range) of an argument, e.g. "B28";
   * undefined when Excel gave no address for it.
   */
  cell(argument: string, row: number, column: number): string | undefined {
    const start = this.places.get(argument)?.start;
    if (!start) return undefined;
    const sheetRow = start.row + row - 1;
    const sheetColumn = start.column + column - 1;
    if (sheetRow > lastRow || sheetColumn >= lastColumn) return undefined;
    return `${columnLetters(sheetColumn)}${sheetRow}`;
  }

  /**
   * The row and column within the range (1-based) of the `position`-th cell of a one-column or one-row argument.
   * @example places.positionInRange("frequency", 27) // { row: 27, column: 1 }
   */
  positionInRange(argument: string, position: number): { row: number; column: number } {
    return this.places.get(argument)?.across ? { row: 1, column: position } : { row: position, column: 1 };
  }

  /**
   * The A1 name of the `position`-th cell (1-based) of a one-column or one-row argument.
   * @example places.positionCell("frequency", 27) // "C28" for frequency in C2:C500
   */
  positionCell(argument: string, position: number): string | undefined {
    const { row, column } = this.positionInRange(argument, position);
    return this.cell(argument, row, column);
  }

  /**
   * The sheet row of the `position`-th cell (1-based) of a one-column argument; undefined when Excel gave no
   * address for it or it runs across a row (its cells share one row).
   */
  sheetRow(argument: string, position: number): number | undefined {
    const place = this.places.get(argument);
    if (!place?.start || place.across) return undefined;
    const row = place.start.row + position - 1;
    return row <= lastRow ? row : undefined;
  }

  /**
   * The sheet row of the `position`-th cell (1-based) of a one-column or one-row argument: for a one-row range the row
   * all its cells share; undefined when Excel gave no address for it.
   * @example places.lineSheetRow("startsOrDurations", 2) // 2 for startsOrDurations in B2:C2, 3 for B2:B9
   */
  lineSheetRow(argument: string, position: number): number | undefined {
    const place = this.places.get(argument);
    if (!place?.start) return undefined;
    return place.across ? place.start.row : this.sheetRow(argument, position);
  }
}

/**
 * The places of the range arguments of one call: `parameters` are the function's parameters in order, as
 * [name, value]; Excel's `invocation.parameterAddresses` holds their addresses in the same order. Scalars
 * (a typed value, a single cell given for a scalar) get no place.
 * @example argumentPlaces(invocation, [["customers", customers], ["dates", dates], ["asOf", asOf]])
 */
export function argumentPlaces(
  invocation: CustomFunctions.Invocation | undefined,
  parameters: readonly (readonly [name: string, value: unknown])[],
): ArgumentPlaces {
  const addresses = invocation?.parameterAddresses;
  const places = new Map<string, Place>();
  parameters.forEach(([name, value], index) => {
    if (!isArray(value)) return;
    const start = isArray(addresses) ? rangeStart(addresses[index]) : undefined;
    places.set(name, { start, across: isAcross(value) });
  });
  return new ArgumentPlaces(places);
}
