import { roundedTo } from "../core/roundedTo";

const BYTE = { quote: 34, minus: 45, dot: 46, zero: 48 } as const;
const powersOfTen = Array.from({ length: 16 }, (_, k) => 10 ** k);
/** Below 10^15 an integer's decimal digits, a decimal point inserted, are the shortest text of n / 10^d (DBL_DIG = 15). */
const FIFTEEN_DIGITS = 1e15;
/** The fast path writes decimals from 10^−6 on, as Number's text does (ECMA-262 §6.1.6.1.20: no exponent above 1e−7). */
const MOST_DIGITS = 6;
const INT32_LIMIT = 2 ** 31;

/**
 * JSON text written as UTF-8 bytes into fixed-size chunks: the values of a million customers without a string per
 * value and without one string of them all. Every value is written exactly as JSON.stringify writes it.
 * Written by hand because number-to-text and string building were most of `--json`'s time at a million customers.
 * @example const json = new JsonBytes(); json.ascii("["); json.number(1.5); json.ascii("]"); json.finish() // bytes of "[1.5]"
 */
export class JsonBytes {
  private chunk: Uint8Array;
  private at = 0;
  private readonly full: Uint8Array[] = [];
  private readonly digits = new Uint8Array(24);
  private readonly encoder = new TextEncoder();

  constructor(private readonly chunkSize = 1 << 20) {
    this.chunk = new Uint8Array(chunkSize);
  }

  /** Text known to be ASCII and to need no escaping (punctuation, keys written beforehand). */
  ascii(text: string): void {
    this.room(text.length);
    for (let i = 0; i < text.length; i += 1) this.chunk[this.at++] = text.charCodeAt(i);
  }

  /** A string as JSON.stringify writes it: quoted, escaped, UTF-8. */
  string(text: string): void {
    this.room(text.length + 2);
    const start = this.at;
    this.chunk[this.at++] = BYTE.quote;
    for (let i = 0; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      // Printable ASCII other than " and \ is written as it is; anything else by JSON.stringify and the encoder.
      if (code < 0x20 || code > 0x7e || code === 0x22 || code === 0x5c) {
        this.at = start;
        this.bytes(this.encoder.encode(JSON.stringify(text)));
        return;
      }
      this.chunk[this.at++] = code;
    }
    this.chunk[this.at++] = BYTE.quote;
  }

  /** A number as JSON.stringify writes it (null when not finite). */
  number(value: number): void {
    if (Number.isSafeInteger(value)) this.integer(value);
    else this.ascii(Number.isFinite(value) ? String(value) : "null");
  }

  /** A cell's value: a number, a string, or null. */
  value(value: string | number | null): void {
    if (typeof value === "number") this.number(value);
    else if (typeof value === "string") this.string(value);
    else this.ascii("null");
  }

  /** roundedTo(value, digits) as JSON.stringify writes it: null when not a finite number. */
  rounded(value: unknown, digits: number): void {
    const rounded = roundedTo(value, digits);
    if (rounded === null) {
      this.ascii("null");
      return;
    }
    const scaled = digits <= MOST_DIGITS ? Math.round(rounded * powersOfTen[digits]) : Number.NaN;
    // The shortest text of n / 10^d (n below 10^15) is n's digits with the point put in and trailing zeros cut.
    if (!(Math.abs(scaled) < FIFTEEN_DIGITS) || scaled / powersOfTen[digits] !== rounded) {
      this.number(rounded);
      return;
    }
    this.decimal(scaled, digits);
  }

  /** The full chunks written so far (handed over once: the writer keeps only the one it is filling). */
  take(): Uint8Array[] {
    return this.full.splice(0);
  }

  /** Everything not yet taken: the full chunks and the part of the current one written. */
  finish(): Uint8Array[] {
    if (this.at > 0) this.full.push(this.chunk.subarray(0, this.at));
    this.chunk = new Uint8Array(this.chunkSize);
    this.at = 0;
    return this.take();
  }

  /** Bytes of JSON text written beforehand (a key with its punctuation). */
  bytes(bytes: Uint8Array): void {
    this.room(bytes.length);
    const chunk = this.chunk;
    let at = this.at;
    // A short key is copied byte by byte: faster than set() for a dozen bytes.
    if (bytes.length <= 32) for (let i = 0; i < bytes.length; i += 1) chunk[at++] = bytes[i];
    else {
      chunk.set(bytes, at);
      at += bytes.length;
    }
    this.at = at;
  }

  /** A whole number −2^53 < n < 2^53 in decimal digits (−0 as 0). */
  private integer(value: number): void {
    this.room(this.digits.length);
    let magnitude = value;
    if (magnitude < 0) {
      this.chunk[this.at++] = BYTE.minus;
      magnitude = -magnitude;
    }
    let count = this.reversedDigits(magnitude, 0);
    while (count > 0) this.chunk[this.at++] = this.digits[--count];
  }

  /** n / 10^d for a whole number 0 < |n| < 10^15, 1 ≤ d ≤ 6, with trailing zeros of the fraction cut. */
  private decimal(scaled: number, digits: number): void {
    this.room(this.digits.length + 2);
    let magnitude = scaled;
    if (magnitude < 0) {
      this.chunk[this.at++] = BYTE.minus;
      magnitude = -magnitude;
    }
    let decimals = digits;
    while (decimals > 0 && magnitude % 10 === 0) {
      magnitude /= 10;
      decimals -= 1;
    }
    const scale = powersOfTen[decimals];
    const whole = Math.floor(magnitude / scale);
    const fraction = magnitude - whole * scale;
    let count = this.reversedDigits(whole, 0);
    while (count > 0) this.chunk[this.at++] = this.digits[--count];
    if (decimals === 0) return;
    this.chunk[this.at++] = BYTE.dot;
    count = this.reversedDigits(fraction, decimals);
    while (count > 0) this.chunk[this.at++] = this.digits[--count];
  }

  /** The digits of a whole number 0 ≤ n < 2^53 into `digits`, last digit first, at least `width` (zeros in front); their count. */
  private reversedDigits(value: number, width: number): number {
    let count = 0;
    if (value < INT32_LIMIT) {
      let rest = value | 0;
      do {
        const next = (rest / 10) | 0;
        this.digits[count++] = BYTE.zero + (rest - next * 10);
        rest = next;
      } while (rest > 0);
    } else {
      let rest = value;
      do {
        const next = Math.floor(rest / 10);
        this.digits[count++] = BYTE.zero + (rest - next * 10);
        rest = next;
      } while (rest > 0);
    }
    while (count < width) this.digits[count++] = BYTE.zero;
    return count;
  }

  /** Makes room for `size` more bytes, handing the current chunk over when it has too little left. */
  private room(size: number): void {
    if (this.at + size <= this.chunkSize) return;
    if (this.at > 0) this.full.push(this.chunk.subarray(0, this.at));
    this.chunk = new Uint8Array(Math.max(this.chunkSize, size));
    this.at = 0;
  }
}
