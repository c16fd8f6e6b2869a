import { parseNumberText } from "../../src/core/numberText";

describe("parseNumberText", () => {
  it.each([
    ["12.5", 12.5],
    [" 40 ", 40],
    ["-3", -3],
    ["+4", 4],
    [".5", 0.5],
    ["5.", 5],
    ["1e3", 1000],
    ["2.5E-1", 0.25],
    ["0", 0],
  ])("reads the plain number %j", (text, expected) => {
    expect(parseNumberText(text)).toBe(expected);
  });

  it.each([
    ["20%", 0.2],
    ["20 %", 0.2],
    [" 7% ", 0.07],
    ["1.1%", 0.011],
    ["12.5 %", 0.125],
    ["100%", 1],
    ["20\u00a0%", 0.2],
  ])("reads the percentage %j as a fraction", (text, expected) => {
    // exactly the double nearest the decimal fraction, not 1.1/100 = 0.011000000000000001
    expect(parseNumberText(text)).toBe(expected);
  });

  it.each(["", "   ", "abc", "500 kr", "$12.50", "1,5", "1.234,56", "1 000", "12.5.3", "%", "20%%", "Infinity", "NaN", "0x10", "1e", "−5", "1e400", "TRUE"])(
    "refuses %j",
    (text) => {
      expect(parseNumberText(text)).toBeUndefined();
    },
  );
});
