/**
 * Excel on the web's limit on one request and on one response, "5MB" (Microsoft Learn, "Resource limits and performance
 * optimization for Office Add-ins", Excel add-ins), read strictly as 5,000,000 bytes.
 */
export const PAYLOAD_LIMIT_BYTES = 5_000_000;

/** UTF-8 bytes of a string: 1 for ASCII, 2 up to U+07FF ("æ", "ø", "å", "ö"), 3 up to U+FFFF ("≈", "€"), 4 for a surrogate pair. */
function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * The bytes a value takes in a request's or response's JSON: the UTF-8 length of `JSON.stringify(value)`. An
 * approximation of what Excel counts: a payload combines the API calls, the objects and the length of the values set
 * or got (Microsoft Learn, "Performance optimization using the Excel JavaScript API", payload size limit best
 * practices); for large ranges the values dominate, so the calls and objects are left out and a budget below
 * PAYLOAD_LIMIT_BYTES leaves room for them.
 * @example jsonPayloadBytes([["Søren", 1]]) // 14
 */
export function jsonPayloadBytes(value: unknown): number {
  return utf8Bytes(JSON.stringify(value) ?? "");
}
