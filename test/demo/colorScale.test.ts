import { scaleColor } from "../../src/demo/colorScale";

const white = { value: 0, color: "#FFFFFF" };
const green = { value: 1, color: "#63BE7B" };

describe("scaleColor", () => {
  it("interpolates each channel linearly between the two colours, rounded", () => {
    // Halfway: (255 + 99) / 2 = 177 = B1, (255 + 190) / 2 = 222.5 → 223 = DF, (255 + 123) / 2 = 189 = BD.
    expect(scaleColor(0.5, white, green)).toBe("#B1DFBD");
    // A quarter of the way: 255 − 156 / 4 = 216 = D8, 255 − 65 / 4 = 238.75 → 239 = EF, 255 − 132 / 4 = 222 = DE.
    expect(scaleColor(0.25, white, green)).toBe("#D8EFDE");
  });

  it("gives the end colours at the scale's numbers and beyond them (clamped)", () => {
    expect(scaleColor(0, white, green)).toBe("#FFFFFF");
    expect(scaleColor(1, white, green)).toBe("#63BE7B");
    expect(scaleColor(-3, white, green)).toBe("#FFFFFF");
    expect(scaleColor(7, white, green)).toBe("#63BE7B");
  });

  it("scales by (value − minimum) / (maximum − minimum) on any numbers, and takes colours in either case", () => {
    const low = { value: 100, color: "#000000" };
    const high = { value: 300, color: "#ff0080" };
    // 150 is a quarter: 255 / 4 = 63.75 → 64 = 40, 128 / 4 = 32 = 20.
    expect(scaleColor(150, low, high)).toBe("#400020");
  });

  it("with equal numbers gives the minimum's colour below and the maximum's from the number on", () => {
    expect(scaleColor(0.99, { value: 1, color: "#FFFFFF" }, green)).toBe("#FFFFFF");
    expect(scaleColor(1, { value: 1, color: "#FFFFFF" }, green)).toBe("#63BE7B");
  });

  it("refuses a colour it cannot read", () => {
    expect(() => scaleColor(0.5, { value: 0, color: "white" }, green)).toThrow(/#RRGGBB/);
  });
});
