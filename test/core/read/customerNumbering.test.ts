import fc from "fast-check";
import { CustomerNumbering, type CustomerNumbers, customerKey, customerProblem } from "../../../src/core/read/customerNumbering";

describe("customerKey", () => {
  it.each([
    [" anna ", "anna"],
    ["00012", "00012"],
    ["\u00a0K-7\u202f", "K-7"],
    [12, "12"],
    [12.5, "12.5"],
    [-0, "0"],
  ])("makes %j the id %j", (cell, key) => {
    expect(customerKey(cell)).toBe(key);
  });

  it.each([null, undefined, "", "  ", true, NaN, Infinity, {}])("has no id for %j", (cell) => {
    expect(customerKey(cell)).toBeUndefined();
  });

  it("tells a blank customer from an invalid one", () => {
    expect(customerProblem(" ")).toBe("missingCustomer");
    expect(customerProblem(null)).toBe("missingCustomer");
    expect(customerProblem(false)).toBe("invalidCustomer");
    expect(customerProblem("x")).toBeUndefined();
  });
});

/** Numbers the cells with CustomerNumbering, skipping cells without an id as a reader does. */
function numbered(cells: unknown[], expectedRows = cells.length, wordsPerGroup?: number): CustomerNumbers & { added: boolean[] } {
  const numbering = new CustomerNumbering(expectedRows, wordsPerGroup);
  const added = cells.map((cell) => numbering.add(cell));
  return { ...numbering.finish(), added };
}

/** The reference: numbering the ids (customerKey) with a Map. */
function numberWithMap(cells: unknown[]): { ids: string[]; customer: number[] } {
  const numbers = new Map<string, number>();
  const ids: string[] = [];
  const customer: number[] = [];
  for (const cell of cells) {
    const key = customerKey(cell);
    if (key === undefined) continue;
    let number = numbers.get(key);
    if (number === undefined) {
      number = ids.length;
      ids.push(key);
      numbers.set(key, number);
    }
    customer.push(number);
  }
  return { ids, customer };
}

function expectSameAsMap(cells: unknown[], expectedRows?: number, wordsPerGroup?: number): void {
  const { ids, customer } = numbered(cells, expectedRows, wordsPerGroup);
  const expected = numberWithMap(cells);
  expect(ids.length).toBe(expected.ids.length);
  expect(customer.length).toBe(expected.customer.length);
  // Compared in loops: toEqual on arrays of hundreds of thousands of entries is slow.
  expect(ids.every((id, index) => id === expected.ids[index])).toBe(true);
  expect(expected.customer.every((number, row) => number === customer[row])).toBe(true);
}

describe("CustomerNumbering", () => {
  it("numbers ids in first-seen order, the number 12 and the text 12 alike", () => {
    const { ids, customer, added } = numbered(["b", " a ", "b", 12, "a", "12"]);
    expect(ids).toEqual(["b", "a", "12"]);
    expect(Array.from(customer)).toEqual([0, 1, 0, 2, 1, 2]);
    expect(added).toEqual([true, true, true, true, true, true]);
  });

  it("adds nothing for a cell without an id", () => {
    const { ids, customer, added } = numbered(["x", "", null, true, " ", "x"]);
    expect(added).toEqual([true, false, false, false, false, true]);
    expect(ids).toEqual(["x"]);
    expect(Array.from(customer)).toEqual([0, 0]);
  });

  it("compares exactly: case, length and characters beyond Latin-1 count", () => {
    expectSameAsMap(["A", "a", "aa", "a\u0000", "Ø", "\u0416", "\u0416\u0416", "\u0416a", "a\u0416", "😀", "abcd", "abcde", "abcd\u0000", "a"]);
  });

  it("handles long ids (a length header of several bytes)", () => {
    const long = "x".repeat(200);
    expectSameAsMap([long, `${long}y`, long, "\u0416".repeat(100), `${"\u0416".repeat(100)}`, "x".repeat(20_000), "x".repeat(20_001), "x".repeat(20_000)], 2);
  });

  it("grows past the expected number of rows", () => {
    expectSameAsMap(["p", "q", "p", "r", "q", "s", "t", "u"], 1);
  });

  it("finishes empty", () => {
    expect(numbered([])).toMatchObject({ ids: [], customer: new Int32Array(0) });
  });

  it("agrees with a Map on random ids (property)", () => {
    const cell = fc.oneof(fc.string({ maxLength: 6 }), fc.integer({ min: 0, max: 50 }).map((n) => `C${n}`), fc.string({ unit: "binary", maxLength: 4 }), fc.integer({ min: -5, max: 5 }));
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 200 }), (cells) => {
        expectSameAsMap(cells);
      }),
    );
  });

  it("agrees with a Map on a log large enough to be split into many partitions, copied in several groups", () => {
    const cells: unknown[] = [];
    let state = 12345;
    for (let row = 0; row < 120_000; row += 1) {
      state = (state * 48271) % 2147483647;
      const id = state % 30_000;
      cells.push(id % 7 === 0 ? `kunde-Ø${id}@example.com` : id % 5 === 0 ? `\u0416${id}` : id % 3 === 0 ? id : `C${id}`);
    }
    expectSameAsMap(cells);
    expectSameAsMap(cells, cells.length, 50_000);
  });
});
