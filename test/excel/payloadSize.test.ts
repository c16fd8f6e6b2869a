import { jsonPayloadBytes, PAYLOAD_LIMIT_BYTES } from "../../src/excel/payloadSize";

describe("jsonPayloadBytes", () => {
  it("counts the UTF-8 bytes of the JSON text", () => {
    // [["Søren",1]]: 13 characters, ø two bytes.
    expect(jsonPayloadBytes([["Søren", 1]])).toBe(14);
    expect(jsonPayloadBytes([["abc", true, 1.5]])).toBe(JSON.stringify([["abc", true, 1.5]]).length);
    // "≈" and "€" three bytes, an emoji (a surrogate pair) four.
    expect(jsonPayloadBytes(["≈€"])).toBe(4 + 6);
    expect(jsonPayloadBytes(["😀"])).toBe(4 + 4);
    // Quotation marks and backslashes are escaped in JSON: two bytes each.
    expect(jsonPayloadBytes(['"\\'])).toBe(4 + 4);
    // A lone surrogate is escaped by JSON.stringify (\udc00): six bytes.
    expect(jsonPayloadBytes(["\udc00"])).toBe(4 + 6);
    expect(new TextEncoder().encode(JSON.stringify([["Kunde æøå", "≈ 12,3 %", "😀"]])).length).toBe(jsonPayloadBytes([["Kunde æøå", "≈ 12,3 %", "😀"]]));
  });

  it("counts nothing for what JSON cannot hold", () => {
    expect(jsonPayloadBytes(undefined)).toBe(0);
  });

  it("reads Excel on the web's 5 MB strictly", () => {
    expect(PAYLOAD_LIMIT_BYTES).toBe(5_000_000);
  });
});
