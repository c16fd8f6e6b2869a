import { JsonBytes } from "../../src/cli/jsonBytes";
import { outputText } from "../../src/cli/outputText";
import { RandomStream } from "../../src/core/random/randomStream";
import { roundedTo } from "../../src/core/roundedTo";

// The reference is JSON.stringify itself: whatever JsonBytes writes must be the text JSON.stringify gives for the same
// values (numbers by ECMA-262's Number::toString, strings escaped and UTF-8), whatever the chunk size.

/** The first place two texts differ, with some text around it ("" when they are equal): a short failure message. */
function firstDifference(actual: string, expected: string): string {
  let at = 0;
  while (at < actual.length && actual[at] === expected[at]) at += 1;
  return at === actual.length && at === expected.length ? "" : `at ${at}: ${actual.slice(at - 20, at + 20)} ≠ ${expected.slice(at - 20, at + 20)}`;
}

function written(write: (json: JsonBytes) => void, chunkSize?: number): string {
  const json = new JsonBytes(chunkSize);
  write(json);
  return outputText(json.finish());
}

describe("JsonBytes", () => {
  const random = new RandomStream(5122026);
  const values = Array.from({ length: 200_000 }, (_, i) => {
    const magnitude = 10 ** (30 * random.uniform() - 12);
    const value = (random.uniform() < 0.5 ? -1 : 1) * magnitude * random.uniform();
    return i % 5 === 0 ? Math.round(value) : value;
  });

  it("writes numbers as JSON.stringify does: integers, fractions, large, tiny, −0, NaN, ±Infinity", () => {
    const special = [0, -0, 1, -1, 2 ** 53, -(2 ** 53) + 1, 2 ** 31, 1e21, 1e-7, 123.456, Number.MIN_VALUE, Number.MAX_VALUE, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
    const all = [...special, ...values];
    const text = written((json) => all.forEach((value, i) => (i > 0 ? (json.ascii(","), json.number(value)) : json.number(value))));
    expect(firstDifference(text, JSON.stringify(all).slice(1, -1))).toBe("");
  });

  it("writes roundedTo(value, digits) as JSON.stringify writes it, for 0 to 8 decimals", () => {
    for (const digits of [0, 1, 2, 4, 6, 8]) {
      const expected = values.map((value) => roundedTo(value, digits));
      const text = written((json) => values.forEach((value, i) => (i > 0 ? (json.ascii(","), json.rounded(value, digits)) : json.rounded(value, digits))));
      expect(firstDifference(text, JSON.stringify(expected).slice(1, -1))).toBe("");
    }
    expect(written((json) => json.rounded(Number.NaN, 4))).toBe("null");
    expect(written((json) => json.rounded("12", 4))).toBe("null");
    expect(written((json) => json.rounded(-1e-9, 6))).toBe("0");
    expect(written((json) => json.rounded(2.5e-7, 6))).toBe("0");
    expect(written((json) => json.rounded(12.30000001, 4))).toBe("12.3");
  });

  it("writes strings as JSON.stringify does: quotes, backslashes, control characters, Nordic letters, emoji, lone surrogates", () => {
    const texts = ["", "C708", 'Kunde "A"', "C:\\data", "a\nb\tc\u0000", "Ærø Øst Åby", "Kund Å 😀", "\ud800 alone", "\u2028\u2029", "x".repeat(3000)];
    const text = written((json) => texts.forEach((value, i) => (i > 0 ? (json.ascii(","), json.string(value)) : json.string(value))), 64);
    expect(text).toBe(JSON.stringify(texts).slice(1, -1));
  });

  it("writes cells (number, text or null) and hands over whole characters in chunks of the size asked", () => {
    const cells = ["Åse", 12.5, null, "😀".repeat(40), -0, "plain"];
    const json = new JsonBytes(16);
    cells.forEach((cell, i) => {
      if (i > 0) json.ascii(",");
      json.value(cell);
    });
    const chunks = json.finish();
    expect(chunks.length).toBeGreaterThan(3);
    // Each chunk decodes on its own: no character is cut between two chunks.
    expect(chunks.map((chunk) => new TextDecoder("utf-8", { fatal: true }).decode(chunk)).join("")).toBe(JSON.stringify(cells).slice(1, -1));
    expect(chunks.filter((chunk) => chunk.length > 16).map((chunk) => new TextDecoder().decode(chunk))).toEqual([JSON.stringify("😀".repeat(40))]);
  });
});
