/**
 * A command's output handed over in pieces, text and UTF-8 bytes, as one string.
 * @example outputText(["[", new TextEncoder().encode("1,2"), "]"]) // "[1,2]"
 */
export function outputText(pieces: Iterable<string | Uint8Array>): string {
  const decoder = new TextDecoder();
  let text = "";
  for (const piece of pieces) text += typeof piece === "string" ? piece : decoder.decode(piece, { stream: true });
  return text + decoder.decode();
}
