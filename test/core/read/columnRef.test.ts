import { plainColumn } from "../../../src/core/read/columnRef";

describe("plainColumn", () => {
  it("keeps only the index and the header", () => {
    const detected = { index: 1, header: "Dato", source: "header", exactMatch: true };
    expect(plainColumn(detected)).toEqual({ index: 1, header: "Dato" });
  });
});
