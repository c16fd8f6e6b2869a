import { decimalOf, wholeNumberOf } from "../../src/taskpane/typedNumber";

describe("wholeNumberOf", () => {
  it("reads thousands grouped with the language's own separator", () => {
    expect(wholeNumberOf("10,000", "en")).toBe(10000);
    expect(wholeNumberOf("10.000", "da")).toBe(10000);
    expect(wholeNumberOf("1.250.000", "da")).toBe(1250000);
    expect(wholeNumberOf("10 000", "sv")).toBe(10000);
    expect(wholeNumberOf("10\u00a0000", "sv")).toBe(10000);
    expect(wholeNumberOf("10\u202f000", "sv")).toBe(10000);
    expect(wholeNumberOf(" 250 ", "en")).toBe(250);
  });

  it("refuses another language's separator and misplaced groups instead of reading a smaller number", () => {
    expect(wholeNumberOf("10.000", "en")).toBeNaN();
    expect(wholeNumberOf("1,000", "da")).toBeNaN();
    expect(wholeNumberOf("10,000", "sv")).toBeNaN();
    expect(wholeNumberOf("10,00", "en")).toBeNaN();
    expect(wholeNumberOf("1.0000", "da")).toBeNaN();
    expect(wholeNumberOf(".000", "da")).toBeNaN();
    expect(wholeNumberOf("2.5", "en")).toBeNaN();
    expect(wholeNumberOf("-3", "en")).toBeNaN();
    expect(wholeNumberOf("", "en")).toBeNaN();
  });
});

describe("decimalOf", () => {
  it("reads a decimal comma or point, a % sign and grouped thousands", () => {
    expect(decimalOf("45,5 %", "da")).toBe(45.5);
    expect(decimalOf("45.5", "da")).toBe(45.5);
    expect(decimalOf("7,5", "en")).toBe(7.5);
    expect(decimalOf("10%", "sv")).toBe(10);
    expect(decimalOf("1.000", "da")).toBe(1000);
    expect(decimalOf("1,000", "en")).toBe(1000);
    expect(decimalOf("ti", "da")).toBeNaN();
    expect(decimalOf("1,2,3", "en")).toBeNaN();
  });
});
