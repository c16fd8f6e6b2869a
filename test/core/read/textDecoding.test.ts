import { decodeText, decodeUtf16, decodeWindows1252, utf16WithoutByteOrderMark, utf8ErrorAt } from "../../../src/core/read/textDecoding";

/** The bytes of a text in an encoding (Node's Buffer writes UTF-8, UTF-16LE and Latin-1; the rest is done here). */
function encode(text: string, encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-1252", byteOrderMark = false): Uint8Array {
  let bytes: Uint8Array;
  if (encoding === "utf-8") bytes = Buffer.from(text, "utf8");
  else if (encoding === "windows-1252") bytes = Buffer.from(text.replace("€", "\u0080"), "latin1");
  else {
    bytes = Buffer.from(text, "utf16le");
    if (encoding === "utf-16be") bytes = Buffer.from(bytes).swap16();
  }
  if (!byteOrderMark) return new Uint8Array(bytes);
  const mark = { "utf-8": [0xef, 0xbb, 0xbf], "utf-16le": [0xff, 0xfe], "utf-16be": [0xfe, 0xff], "windows-1252": [] }[encoding];
  return new Uint8Array([...mark, ...bytes]);
}

const danish = "Kunde;Dato;Beløb\nÅse Øster;05-01-2024;1.234,56\nÆse Øster;06-01-2024;99,95 €\n";

describe("decodeText", () => {
  it("reads a Windows-1252 file (Excel's CSV on Danish Windows) without merging Åse Øster and Æse Øster", () => {
    const decoded = decodeText(encode(danish, "windows-1252"));
    expect(decoded).toEqual({ text: danish, encoding: "windows-1252", byteOrderMark: false });
    expect(decoded.text).not.toContain("\ufffd");
  });

  it.each([
    ["utf-8", false],
    ["utf-8", true],
    ["utf-16le", true],
    ["utf-16be", true],
    ["utf-16le", false],
    ["utf-16be", false],
  ] as const)("reads %s (byte-order mark: %s) to the same text", (encoding, byteOrderMark) => {
    expect(decodeText(encode(danish, encoding, byteOrderMark))).toEqual({ text: danish, encoding, byteOrderMark });
  });

  it("reads tab-separated UTF-16LE with a byte-order mark (Excel's 'Unicode text')", () => {
    const text = "Kunde\tDato\tBeløb\r\nÅse\t2024-01-05\t12,50\r\n";
    expect(decodeText(encode(text, "utf-16le", true)).text).toBe(text);
  });

  it("decodes a file appended from a UTF-8 and a Windows-1252 export line by line", () => {
    const bytes = new Uint8Array([...encode("Kunde\nÅse\n", "utf-8"), ...encode("Øster\n", "windows-1252")]);
    expect(decodeText(bytes)).toEqual({ text: "Kunde\nÅse\nØster\n", encoding: "windows-1252", byteOrderMark: false });
  });

  it("keeps invalid bytes after a UTF-8 byte-order mark as Windows-1252 characters rather than U+FFFD", () => {
    const decoded = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xe6]));
    expect(decoded).toEqual({ text: "Aæ", encoding: "windows-1252", byteOrderMark: true });
  });

  it("reads an empty file as empty UTF-8", () => {
    expect(decodeText(new Uint8Array())).toEqual({ text: "", encoding: "utf-8", byteOrderMark: false });
  });

  it("gives distinct bytes distinct text in every encoding (a lossless decode)", () => {
    const all = new Uint8Array(256).map((_, byte) => byte);
    const text = decodeWindows1252(all);
    expect(new Set(text).size).toBe(256);
    expect(text).not.toContain("\ufffd");
  });
});

describe("decodeWindows1252", () => {
  it("maps 0x80–0x9F by the WHATWG index (€ ‚ “ ” – —), not as ISO-8859-1", () => {
    expect(decodeWindows1252(new Uint8Array([0x80, 0x82, 0x93, 0x94, 0x96, 0x97, 0x81]))).toBe("€‚“”–—\u0081");
  });

  it("decodes more than one chunk", () => {
    const bytes = new Uint8Array(20000).fill(0xe5);
    expect(decodeWindows1252(bytes)).toBe("å".repeat(20000));
  });
});

describe("decodeUtf16", () => {
  it("keeps a lone surrogate and a last odd byte instead of replacing them", () => {
    expect(decodeUtf16(new Uint8Array([0x41, 0x00, 0x00, 0xd8, 0x42, 0x00]), true)).toBe("A\ud800B");
    expect(decodeUtf16(new Uint8Array([0x00, 0x41, 0x42]), false)).toBe("AB");
  });
});

describe("utf16WithoutByteOrderMark", () => {
  it("recognises NULs in every other byte and nothing else", () => {
    expect(utf16WithoutByteOrderMark(encode("Kunde,Dato", "utf-16le"))).toBe("utf-16le");
    expect(utf16WithoutByteOrderMark(encode("Kunde,Dato", "utf-16be"))).toBe("utf-16be");
    expect(utf16WithoutByteOrderMark(encode("Kunde,Dato", "utf-8"))).toBeUndefined();
    expect(utf16WithoutByteOrderMark(new Uint8Array([0x41, 0x00]))).toBeUndefined();
  });
});

describe("utf8ErrorAt", () => {
  it.each([
    [[0x41, 0xc3, 0xa5], -1],
    [[0xe2, 0x82, 0xac], -1],
    [[0xf0, 0x9f, 0x98, 0x80], -1],
    [[0x41, 0xe5, 0x42], 1],
    [[0xc0, 0x80], 0],
    [[0xed, 0xa0, 0x80], 0],
    [[0xe2, 0x82], 0],
    [[0xf4, 0x90, 0x80, 0x80], 0],
  ])("%j → %d", (bytes, expected) => {
    expect(utf8ErrorAt(new Uint8Array(bytes), 0, bytes.length)).toBe(expected);
  });
});
