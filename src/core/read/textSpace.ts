/**
 * Whether a UTF-16 code unit is white space in a cell: ASCII space and control characters (tab, line
 * breaks), the no-break space U+00A0, the figure, thin and narrow no-break spaces U+2007, U+2009, U+202F
 * (used as thousands separators in Danish and Swedish number formats) and the byte-order mark U+FEFF.
 * @example isSpaceCode(" ".charCodeAt(0)) // true
 * @example isSpaceCode("\u202f".charCodeAt(0)) // true
 */
export function isSpaceCode(code: number): boolean {
  return code <= 32 || code === 0xa0 || code === 0x2007 || code === 0x2009 || code === 0x202f || code === 0xfeff;
}

/**
 * Whether a UTF-16 code unit is an ASCII digit 0–9.
 * @example isDigitCode("7".charCodeAt(0)) // true
 */
export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}
