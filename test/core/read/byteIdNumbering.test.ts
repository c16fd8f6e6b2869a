import { ByteIdNumbering } from "../../../src/core/read/byteIdNumbering";
import { RandomStream } from "../../../src/core/random/randomStream";

// The reference is a Map from each id's text to its number, filled in line order: the numbering must give every line
// the same customer and every customer the same first occurrence, whatever the ids' lengths, shared prefixes and
// partitions.

function numberedBy(ids: string[]): { bytes: Uint8Array; numbering: ByteIdNumbering } {
  const encoder = new TextEncoder();
  const encoded = ids.map((id) => encoder.encode(id));
  const bytes = new Uint8Array(encoded.reduce((sum, id) => sum + id.length + 1, 0));
  const numbering = new ByteIdNumbering(bytes, Math.max(1, Math.floor(ids.length / 3)));
  let at = 0;
  for (const id of encoded) {
    bytes.set(id, at);
    numbering.add(at, at + id.length);
    at += id.length + 1;
  }
  return { bytes, numbering };
}

function expectMapNumbering(ids: string[]): void {
  const { bytes, numbering } = numberedBy(ids);
  const { customer, idStart, idEnd, lineIdStart } = numbering.finish();
  const decoder = new TextDecoder();
  // Each line's own id starts where it was added.
  expect(Array.from(lineIdStart, (start, line) => decoder.decode(bytes.subarray(start, start + new TextEncoder().encode(ids[line]).length)))).toEqual(ids);
  const reference = new Map<string, number>();
  const expected = ids.map((id) => reference.get(id) ?? reference.set(id, reference.size).size - 1);
  expect(Array.from(customer)).toEqual(expected);
  expect(Array.from(idStart, (start, index) => decoder.decode(bytes.subarray(start, idEnd[index])))).toEqual([...reference.keys()]);
}

describe("ByteIdNumbering", () => {
  it("numbers 200,000 lines of 60,000 ids as a Map does, over many partitions", () => {
    const random = new RandomStream(42);
    const ids = Array.from({ length: 200_000 }, () => `C${Math.floor(random.uniform() * 60_000)}`);
    expectMapNumbering(ids);
  });

  it("tells apart ids that share their first 8 bytes, their length and differ only at the end", () => {
    const random = new RandomStream(7);
    const ids = Array.from({ length: 50_000 }, () => `CUSTOMER-${String(Math.floor(random.uniform() * 20_000)).padStart(8, "0")}`);
    expectMapNumbering(ids);
  });

  it("keeps ids that differ in length, in one byte, in Nordic letters or are prefixes of each other apart", () => {
    expectMapNumbering(["a", "ab", "abc", "a", "abcdefgh", "abcdefghi", "abcdefgh", "Åse", "Ase", "Åse", "Øre 12", "Ø", "ab", "abcdefghi"]);
  });

  it("numbers one line, and no lines", () => {
    expectMapNumbering(["only"]);
    const numbering = new ByteIdNumbering(new Uint8Array(0), 0);
    expect(numbering.finish()).toEqual({ customer: new Int32Array(0), idStart: new Int32Array(0), idEnd: new Int32Array(0), lineIdStart: new Int32Array(0) });
  });
});
