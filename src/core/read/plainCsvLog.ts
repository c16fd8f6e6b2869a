import { AmountColumnReader } from "./amountColumn";
import type { ColumnRef } from "./columnRef";
import { DateColumnReader } from "./dateColumn";
import { splitDelimitedText } from "./delimitedText";
import { detectColumns, type TransactionDetection } from "./detectColumns";
import type { PurchaseFile } from "./purchaseFile";
import { PurchaseDataError } from "./purchaseDataError";
import { ProblemCollector, defaultMaxProblems, implausibleAmountsNotice, returnsWithoutPurchaseNotice, type ReadNotice } from "./readDiagnostics";
import type { ReadPurchaseDataOptions } from "./readPurchaseData";
import { isSpaceCode } from "./textSpace";
import { ByteIdNumbering } from "./byteIdNumbering";

/** Lines of the file's head that column detection and the delimiter guess see (they look at 200 to 400). */
const HEAD_LINES = 1000;
/** At most 15 digits: the integer value is then exact in a double (as AmountTextScanner's fast path). */
const MAX_AMOUNT_DIGITS = 15;
const BYTE = { lineFeed: 10, carriageReturn: 13, quote: 34, hyphen: 45, dot: 46, zero: 48, nine: 57 } as const;
const powersOfTen = Array.from({ length: MAX_AMOUNT_DIGITS + 1 }, (_, k) => 10 ** k);

/**
 * Reads the commonest large purchase file — a transaction log in UTF-8 without a byte-order mark, one header line,
 * a delimiter (, ; tab |), no quotes, and in every line the header's number of fields, a customer id without
 * surrounding space, an ISO date (2024-01-31) and a plain amount (-12.50, at most 15 digits) — straight from its
 * bytes into the log's typed columns, without a string per cell; or returns undefined for any other file, which
 * readPurchaseFile then reads cell by cell. Its result is the one readPurchaseFile gives for the same bytes (the same
 * column detection on the file's head, the same ids in first-seen order, days, amounts to the last bit, formats,
 * notices and line numbers; test/core/read/plainCsvLog.test.ts compares the two on every kind of file).
 * Written by hand because it is the file path's whole cost at a million customers (a CSV library builds the rows).
 * @example readPlainCsvLog(new TextEncoder().encode("customer,date,amount\nA,2024-01-31,12.50\n"))?.data.log.amount[0] // 12.5
 */
export function readPlainCsvLog(bytes: Uint8Array, options: ReadPurchaseDataOptions = {}): PurchaseFile | undefined {
  if (options.rejectedRows || options.decimalSeparator || bytes.length >= 2 ** 31 || bytes[0] === 0xef || bytes[0] === 0xfe || bytes[0] === 0xff) return undefined;
  const head = fileHead(bytes);
  if (head === undefined) return undefined;
  const split = splitDelimitedText(head);
  if (![",", ";", "\t", "|"].includes(split.delimiter) || split.lineNumbers[0] !== 1 || split.rows.length < 2) return undefined;
  if (split.rows[0].filter((cell) => cell.trim() !== "").length < 2) return undefined;
  const detection = detected(split.rows, options);
  if (!detection || !detection.hasHeader || detection.firstDataIndex !== 1 || detection.roles.quantity || detection.roles.orderId) return undefined;
  const fieldCount = split.rows[0].length;
  const headerEnd = lineEnd(bytes, 0);
  if (headerEnd < 0 || bytes.subarray(0, headerEnd).includes(BYTE.quote)) return undefined;
  const { customer, date, amount } = detection.roles;
  const read = readLines(bytes, nextLine(bytes, headerEnd), split.delimiter.charCodeAt(0), fieldCount, customer.index, date.index, amount?.index ?? -1, options);
  if (read === undefined) return undefined;

  const columns = { customer: plain(customer), date: plain(date), ...(amount ? { amount: plain(amount) } : {}) };
  const problems = new ProblemCollector(options.maxProblems ?? defaultMaxProblems, 1);
  const rowOf = (entry: number): number => problems.rowNumber(entry + 1);
  const amountText = (entry: number): string => fieldText(bytes, lineStartAround(bytes, read.lineIdStart[entry]), split.delimiter.charCodeAt(0), amount?.index ?? 0);
  const customerOf = (entry: number): string => read.ids[read.customer[entry]];
  const notices: ReadNotice[] = [];
  if (columns.amount) {
    const implausible = implausibleAmountsNotice(read.amount, read.length, columns.amount, amountText, customerOf, rowOf);
    if (implausible) notices.push(implausible);
    const returns = returnsWithoutPurchaseNotice(
      { customer: read.customer, customers: read.ids.length, day: read.day, amount: read.amount, length: read.length },
      columns.amount,
      amountText,
      customerOf,
      rowOf,
    );
    if (returns) notices.push(returns);
  }
  // The formats as the cell readers decide them on the whole column: ISO dates never bear on the day/month order,
  // and one amount that shows the decimal point decides the separator as all of them would.
  const header = split.rows[0];
  const cellAt = (index: number, text: string): string[] => Object.assign(new Array<string>(fieldCount).fill(""), { [index]: text });
  const dateFormat = new DateColumnReader([header, cellAt(date.index, read.firstDateText)], columns.date, 1, 1, options).format;
  const amountFormat = columns.amount && new AmountColumnReader([header, cellAt(columns.amount.index, read.formatExample)], columns.amount, 1, 1).format;
  const diagnostics = problems.report(read.length, 0, 0, notices);
  return {
    data: {
      layout: "transactions",
      columns: detection,
      log: { customerIds: read.ids, customer: read.customer, day: read.day, amount: read.amount, length: read.length, hasAmounts: amount !== undefined },
      dateFormat,
      ...(amountFormat && { amountFormat }),
      diagnostics: { ...diagnostics, notices: [...detection.notices, ...diagnostics.notices] },
    },
    encoding: "utf-8",
    byteOrderMark: false,
    delimiter: split.delimiter,
  };
}

/** The first HEAD_LINES lines as text (UTF-8, checked), or undefined when they are not valid UTF-8. */
function fileHead(bytes: Uint8Array): string | undefined {
  let end = 0;
  for (let lines = 0; lines < HEAD_LINES && end < bytes.length; lines += 1) {
    const at = bytes.indexOf(BYTE.lineFeed, end);
    end = at < 0 ? bytes.length : at + 1;
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, end));
  } catch {
    return undefined;
  }
}

function detected(rows: string[][], options: ReadPurchaseDataOptions): TransactionDetection | undefined {
  try {
    const detection = detectColumns(rows, options);
    return detection.layout === "transactions" ? detection : undefined;
  } catch (error) {
    if (error instanceof PurchaseDataError) return undefined;
    throw error;
  }
}

function plain(column: ColumnRef): ColumnRef {
  return { index: column.index, header: column.header };
}

/** The index of the line feed (or the CR of a CRLF) that ends the line starting at `start`; the length at the end. */
function lineEnd(bytes: Uint8Array, start: number): number {
  const feed = bytes.indexOf(BYTE.lineFeed, start);
  const end = feed < 0 ? bytes.length : feed;
  return end > start && bytes[end - 1] === BYTE.carriageReturn ? end - 1 : end;
}

/** The start of the line after the one ending at `end` (as lineEnd gives it). */
function nextLine(bytes: Uint8Array, end: number): number {
  if (bytes[end] === BYTE.carriageReturn) end += 1;
  return end + 1;
}

/** The start of the line that holds byte `at`: just after the line feed before it. */
function lineStartAround(bytes: Uint8Array, at: number): number {
  return bytes.lastIndexOf(BYTE.lineFeed, at - 1) + 1;
}

/** The text of field `index` of the line starting at `start` (for a notice's example cell). */
function fieldText(bytes: Uint8Array, start: number, delimiter: number, index: number): string {
  let from = start;
  for (let field = 0; field < index; field += 1) from = bytes.indexOf(delimiter, from) + 1;
  let to = from;
  while (to < bytes.length && bytes[to] !== delimiter && bytes[to] !== BYTE.lineFeed && bytes[to] !== BYTE.carriageReturn) to += 1;
  return new TextDecoder().decode(bytes.subarray(from, to));
}

/** The log's columns read from the data lines, with what the formats and notices need. */
interface PlainLines {
  ids: string[];
  customer: Int32Array;
  day: Int32Array;
  amount: Float64Array;
  length: number;
  /** Where each line's customer id starts (the line itself starts just after the line feed before it). */
  lineIdStart: Int32Array;
  firstDateText: string;
  /** An amount that decides the column's decimal separator as AmountColumnReader would (or any amount). */
  formatExample: string;
}

/** Reads every data line, or undefined at the first line that is not plain (see readPlainCsvLog). */
function readLines(
  bytes: Uint8Array,
  start: number,
  delimiter: number,
  fieldCount: number,
  customerColumn: number,
  dateColumn: number,
  amountColumn: number,
  options: ReadPurchaseDataOptions,
): PlainLines | undefined {
  const size = bytes.length;
  let capacity = size > start && bytes[size - 1] !== BYTE.lineFeed ? 1 : 0;
  for (let at = bytes.indexOf(BYTE.lineFeed, start); at >= 0; at = bytes.indexOf(BYTE.lineFeed, at + 1)) capacity += 1;
  const day = new Int32Array(capacity);
  const amount = new Float64Array(capacity);
  const ids = new ByteIdNumbering(bytes, capacity);
  const days = new Map<number, number>();
  const dateReader = new DateColumnReader([], { index: dateColumn, header: undefined }, 0, 1, options);
  const parsed: ParsedAmount = { amount: 0, kind: "plain" };
  let length = 0;
  let firstDateText = "";
  let decimalPointExample = -1;
  let ambiguousSeen = false;
  let lastDateKey = -1;
  let lastDay = 0;
  const bounds = new Int32Array(6);
  let at = start;
  while (at < size) {
    at = splitLine(bytes, at, delimiter, fieldCount, customerColumn, dateColumn, amountColumn, bounds);
    if (at < 0) return undefined;
    const key = isoDateKey(bytes, bounds[2], bounds[3]);
    if (key < 0) return undefined;
    if (key !== lastDateKey) {
      let dayNumber = days.get(key);
      if (dayNumber === undefined) {
        const text = latin1(bytes, bounds[2], bounds[3]);
        dayNumber = dateReader.read(text);
        if (Number.isNaN(dayNumber)) return undefined;
        days.set(key, dayNumber);
        if (length === 0) firstDateText = text;
      }
      lastDateKey = key;
      lastDay = dayNumber;
    }
    if (bounds[1] <= bounds[0]) return undefined;
    ids.add(bounds[0], bounds[1]);
    if (amountColumn >= 0) {
      if (!plainAmount(bytes, bounds[4], bounds[5], parsed)) return undefined;
      amount[length] = parsed.amount;
      if (parsed.kind === "ambiguous") ambiguousSeen = true;
      else if (parsed.kind === "decimalPoint" && decimalPointExample < 0) decimalPointExample = length;
    } else {
      amount[length] = Number.NaN;
    }
    day[length] = lastDay;
    length += 1;
  }
  // 1.234 without any amount that shows the decimal point is read as thousands by the cell reader: not plain.
  if (length === 0 || length !== capacity || (ambiguousSeen && decimalPointExample < 0)) return undefined;
  const { customer, idStart, idEnd, lineIdStart } = ids.finish();
  const idTexts = idTextsOf(bytes, idStart, idEnd);
  if (idTexts === undefined) return undefined;
  const exampleLine = decimalPointExample >= 0 ? decimalPointExample : 0;
  const formatExample = amountColumn >= 0 ? fieldText(bytes, lineStartAround(bytes, lineIdStart[exampleLine]), delimiter, amountColumn) : "";
  return { ids: idTexts, customer, day, amount, length, lineIdStart, firstDateText, formatExample };
}

/**
 * Splits the line starting at `at` at the delimiter into `bounds` (customer, date and amount as [start, end) pairs);
 * the start of the next line, or −1 when the line has a quote, a NUL, non-ASCII bytes outside the customer, a lone CR
 * or not `fieldCount` fields.
 */
function splitLine(
  bytes: Uint8Array,
  at: number,
  delimiter: number,
  fieldCount: number,
  customerColumn: number,
  dateColumn: number,
  amountColumn: number,
  bounds: Int32Array,
): number {
  const size = bytes.length;
  let field = 0;
  let fieldStart = at;
  let nonAscii = false;
  for (;;) {
    const code = at < size ? bytes[at] : BYTE.lineFeed;
    if (code !== delimiter && code !== BYTE.lineFeed && code !== BYTE.carriageReturn) {
      // A quote is for the cell reader; so are a NUL (a UTF-16 file) and non-ASCII text outside the ids, whose
      // UTF-8 is checked only in the ids (elsewhere it decides the file's encoding).
      if (code === BYTE.quote || code === 0) return -1;
      if (code >= 0x80) nonAscii = true;
      at += 1;
      continue;
    }
    if (nonAscii && field !== customerColumn) return -1;
    nonAscii = false;
    if (field === customerColumn) {
      bounds[0] = fieldStart;
      bounds[1] = at;
    } else if (field === dateColumn) {
      bounds[2] = fieldStart;
      bounds[3] = at;
    } else if (field === amountColumn) {
      bounds[4] = fieldStart;
      bounds[5] = at;
    }
    field += 1;
    if (code === delimiter) {
      at += 1;
      fieldStart = at;
      continue;
    }
    if (code === BYTE.carriageReturn) {
      if (bytes[at + 1] !== BYTE.lineFeed) return -1;
      at += 1;
    }
    return field === fieldCount ? at + 1 : -1;
  }
}

/** YYYYMMDD of a date field shaped "YYYY-MM-DD" (digits), else −1; whether it is a date the cell reader decides. */
function isoDateKey(bytes: Uint8Array, start: number, end: number): number {
  if (end - start !== 10 || bytes[start + 4] !== BYTE.hyphen || bytes[start + 7] !== BYTE.hyphen) return -1;
  let key = 0;
  for (let at = start; at < end; at += 1) {
    if (at === start + 4 || at === start + 7) continue;
    const code = bytes[at];
    if (code < BYTE.zero || code > BYTE.nine) return -1;
    key = key * 10 + code - BYTE.zero;
  }
  return key;
}

function latin1(bytes: Uint8Array, start: number, end: number): string {
  let text = "";
  for (let at = start; at < end; at += 1) text += String.fromCharCode(bytes[at]);
  return text;
}

/** A parsed amount: its value and its kind as AmountTextScanner names it. */
interface ParsedAmount {
  amount: number;
  kind: "plain" | "decimalPoint" | "ambiguous";
}

/**
 * A plain decimal amount as AmountTextScanner's fast path reads it: an optional "-", 1–15 digits, at most one "."
 * between digits; the digits as an integer over an exact power of ten (the double Number gives); its kind as the
 * scanner names it ("ambiguous": three decimals after 1–3 digits, not 0.xxx). Written into `parsed`; false for
 * anything else.
 */
function plainAmount(bytes: Uint8Array, start: number, end: number, parsed: ParsedAmount): boolean {
  let at = start;
  const negative = at < end && bytes[at] === BYTE.hyphen;
  if (negative) at += 1;
  const firstDigit = at;
  let digits = 0;
  let count = 0;
  let point = -1;
  for (; at < end; at += 1) {
    const code = bytes[at];
    if (code >= BYTE.zero && code <= BYTE.nine) {
      digits = digits * 10 + code - BYTE.zero;
      count += 1;
    } else if (code === BYTE.dot && point === -1 && count > 0) {
      point = count;
    } else {
      return false;
    }
  }
  if (count === 0 || count > MAX_AMOUNT_DIGITS || point === count) return false;
  const decimals = point === -1 ? 0 : count - point;
  const magnitude = decimals === 0 ? digits : digits / powersOfTen[decimals];
  parsed.amount = negative ? 0 - magnitude : magnitude;
  parsed.kind = point === -1 ? "plain" : decimals === 3 && point <= 3 && !(point === 1 && bytes[firstDigit] === BYTE.zero) ? "ambiguous" : "decimalPoint";
  return true;
}

/** Each id's text (UTF-8) from its bytes [idStart, idEnd), or undefined when one is not valid UTF-8 or starts or ends with a space. */
function idTextsOf(bytes: Uint8Array, idStart: Int32Array, idEnd: Int32Array): string[] | undefined {
  const count = idStart.length;
  // All ids in one buffer, one per line (an id has no line break), decoded at once.
  let total = 0;
  for (let index = 0; index < count; index += 1) total += idEnd[index] - idStart[index] + 1;
  const joined = new Uint8Array(total);
  let at = 0;
  for (let index = 0; index < count; index += 1) {
    for (let from = idStart[index]; from < idEnd[index]; from += 1) joined[at++] = bytes[from];
    joined[at++] = BYTE.lineFeed;
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(joined.subarray(0, total - 1));
  } catch {
    return undefined;
  }
  // ASCII ids are their bytes: cut the text where they were put (one substring each); others at the line breaks.
  let texts: string[];
  if (text.length === total - 1) {
    texts = new Array<string>(count);
    let from = 0;
    for (let index = 0; index < count; index += 1) {
      const to = from + idEnd[index] - idStart[index];
      texts[index] = text.substring(from, to);
      from = to + 1;
    }
  } else {
    texts = text.split("\n");
  }
  for (const text of texts) if (isSpaceCode(text.charCodeAt(0)) || isSpaceCode(text.charCodeAt(text.length - 1))) return undefined;
  return texts;
}
