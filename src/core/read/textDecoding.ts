import type { TextEncoding } from "./readDiagnostics";

/**
 * A file's text and how it was decoded. `byteOrderMark` says whether the bytes began with one (it is not in
 * `text`); `encoding` is "windows-1252" as soon as any line was decoded that way (see `decodeText`).
 */
export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  byteOrderMark: boolean;
}

/** Bytes looked at to recognise UTF-16 written without a byte-order mark. */
const utf16SampleBytes = 65536;
/** Code units decoded at a time by the hand-written decoders (String.fromCharCode takes them as arguments). */
const chunkUnits = 8192;

/**
 * Windows-1252's characters for the bytes 0x80–0x9F (WHATWG Encoding Standard, index-windows-1252); the five
 * bytes it leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay the C1 control of the same number, so every
 * byte gives its own character.
 */
const windows1252High = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/**
 * Decodes a text file's bytes without ever losing a character, so two customers written differently stay two:
 * 1. a byte-order mark decides: EF BB BF UTF-8, FF FE UTF-16LE, FE FF UTF-16BE;
 * 2. without one, bytes with NULs in every other position are UTF-16 (LE when the NULs are at odd offsets): text
 *    in an 8-bit encoding or UTF-8 has no NUL bytes, while the Latin letters of UTF-16 have a zero high byte;
 * 3. bytes that are valid UTF-8 are UTF-8;
 * 4. otherwise each line that is not valid UTF-8 is Windows-1252 (what Excel's "CSV (semicolon delimited)" writes
 *    on Danish and Swedish Windows), and a line that is valid UTF-8 stays UTF-8 (a file appended from two exports).
 * No step replaces a byte with U+FFFD: invalid UTF-16 keeps its lone surrogates, and Windows-1252 maps every byte.
 * Source: the WHATWG Encoding Standard (BOM sniffing, UTF-8 validity, index-windows-1252).
 * @example decodeText(new Uint8Array([0xc5, 0x73, 0x65])) // { text: "Åse", encoding: "windows-1252", byteOrderMark: false }
 * @example decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0x00])) // { text: "A", encoding: "utf-16le", byteOrderMark: true }
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const { text, encoding } = decodeUtf8OrWindows1252(bytes.subarray(3));
    return { text, encoding, byteOrderMark: true };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decodeUtf16(bytes.subarray(2), true), encoding: "utf-16le", byteOrderMark: true };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decodeUtf16(bytes.subarray(2), false), encoding: "utf-16be", byteOrderMark: true };
  const utf16 = utf16WithoutByteOrderMark(bytes);
  if (utf16 !== undefined) return { text: decodeUtf16(bytes, utf16 === "utf-16le"), encoding: utf16, byteOrderMark: false };
  return { ...decodeUtf8OrWindows1252(bytes), byteOrderMark: false };
}

/**
 * Whether bytes without a byte-order mark are UTF-16, and which byte order: at least half of the code units of
 * the sample have a zero byte on one side and almost none (at most 1 in 20) on the other.
 * @example utf16WithoutByteOrderMark(new Uint8Array([0x41, 0, 0x42, 0])) // "utf-16le"
 */
export function utf16WithoutByteOrderMark(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  const end = Math.min(bytes.length, utf16SampleBytes) & ~1;
  if (end < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < end; index += 2) {
    if (bytes[index] === 0) evenZeros += 1;
    if (bytes[index + 1] === 0) oddZeros += 1;
  }
  const units = end / 2;
  if (oddZeros >= units / 2 && evenZeros <= units / 20) return "utf-16le";
  if (evenZeros >= units / 2 && oddZeros <= units / 20) return "utf-16be";
  return undefined;
}

/** UTF-8 when all of it is valid; else line by line, Windows-1252 for the lines that are not valid UTF-8. */
function decodeUtf8OrWindows1252(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  if (utf8ErrorAt(bytes, 0, bytes.length) === -1) return { text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes), encoding: "utf-8" };
  const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });
  const pieces: string[] = [];
  let runStart = 0;
  let runIsUtf8 = false;
  let lineStart = 0;
  while (lineStart < bytes.length) {
    const newline = bytes.indexOf(0x0a, lineStart);
    const lineEnd = newline === -1 ? bytes.length : newline + 1;
    const kind = lineKind(bytes, lineStart, lineEnd);
    if (kind !== "ascii" && (kind === "utf-8") !== runIsUtf8) {
      if (lineStart > runStart) pieces.push(runIsUtf8 ? utf8.decode(bytes.subarray(runStart, lineStart)) : decodeWindows1252(bytes.subarray(runStart, lineStart)));
      runStart = lineStart;
      runIsUtf8 = kind === "utf-8";
    }
    lineStart = lineEnd;
  }
  pieces.push(runIsUtf8 ? utf8.decode(bytes.subarray(runStart)) : decodeWindows1252(bytes.subarray(runStart)));
  return { text: pieces.join(""), encoding: "windows-1252" };
}

/** Whether a line is plain ASCII (either encoding reads it alike), valid UTF-8 with other characters, or neither. */
function lineKind(bytes: Uint8Array, start: number, end: number): "ascii" | "utf-8" | "windows-1252" {
  let index = start;
  while (index < end && bytes[index] < 0x80) index += 1;
  if (index === end) return "ascii";
  return utf8ErrorAt(bytes, index, end) === -1 ? "utf-8" : "windows-1252";
}

/**
 * The offset of the first byte of `bytes[start..end)` that is not part of a valid UTF-8 sequence, or -1.
 * Hand-written because TextDecoder reports invalid UTF-8 only by throwing, which is slow line by line.
 * Source: WHATWG Encoding Standard, UTF-8 decoder (no overlong forms, no surrogates, nothing above U+10FFFF).
 * @example utf8ErrorAt(new Uint8Array([0x41, 0xc3, 0xa5]), 0, 3) // -1
 * @example utf8ErrorAt(new Uint8Array([0x41, 0xe5, 0x42]), 0, 3) // 1
 */
export function utf8ErrorAt(bytes: Uint8Array, start: number, end: number): number {
  let index = start;
  while (index < end) {
    const lead = bytes[index];
    if (lead < 0x80) {
      index += 1;
      continue;
    }
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return index;
    if (index + length > end) return index;
    const second = bytes[index + 1];
    if (second < low || second > high) return index;
    for (let offset = 2; offset < length; offset += 1) {
      const next = bytes[index + offset];
      if (next < 0x80 || next > 0xbf) return index;
    }
    index += length;
  }
  return -1;
}

/**
 * Windows-1252 text. Hand-written because Node 20's TextDecoder("windows-1252") decodes 0x80–0x9F as
 * ISO-8859-1 (C1 controls instead of €, ‚, “ …).
 * @example decodeWindows1252(new Uint8Array([0x80, 0x20, 0xe6])) // "€ æ"
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const pieces: string[] = [];
  const units = new Uint16Array(Math.min(bytes.length, chunkUnits));
  for (let start = 0; start < bytes.length; start += chunkUnits) {
    const end = Math.min(start + chunkUnits, bytes.length);
    for (let index = start; index < end; index += 1) {
      const byte = bytes[index];
      units[index - start] = byte >= 0x80 && byte <= 0x9f ? windows1252High[byte - 0x80] : byte;
    }
    pieces.push(String.fromCharCode.apply(null, units.subarray(0, end - start) as unknown as number[]));
  }
  return pieces.join("");
}

/**
 * UTF-16 text in either byte order. TextDecoder is used when the bytes are valid; otherwise the code units are
 * taken as they are (a lone surrogate stays one, a last odd byte becomes the character of that number), so
 * nothing is replaced by U+FFFD.
 * @example decodeUtf16(new Uint8Array([0x00, 0xc5]), false) // "Å"
 */
export function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): string {
  if (bytes.length % 2 === 0) {
    try {
      return new TextDecoder(littleEndian ? "utf-16le" : "utf-16be", { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      // Lone surrogates: decoded unit by unit below.
    }
  }
  const pieces: string[] = [];
  const unitCount = bytes.length >> 1;
  const units = new Uint16Array(Math.min(unitCount, chunkUnits));
  for (let start = 0; start < unitCount; start += chunkUnits) {
    const end = Math.min(start + chunkUnits, unitCount);
    for (let unit = start; unit < end; unit += 1) {
      const first = bytes[2 * unit];
      const second = bytes[2 * unit + 1];
      units[unit - start] = littleEndian ? first | (second << 8) : (first << 8) | second;
    }
    pieces.push(String.fromCharCode.apply(null, units.subarray(0, end - start) as unknown as number[]));
  }
  if (bytes.length % 2 === 1) pieces.push(String.fromCharCode(bytes[bytes.length - 1]));
  return pieces.join("");
}
