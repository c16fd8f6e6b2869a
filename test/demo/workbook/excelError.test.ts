import { excelError } from "../../../src/demo/workbook/excelError";

describe("excelError", () => {
  it("carries the Office.js error code, and a message that starts with it", () => {
    const error = excelError("InvalidArgument", "the sheet name \"a/b\" contains \"/\"");
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe("InvalidArgument");
    expect(error.name).toBe("RichApi.Error");
    expect(error.message).toBe('InvalidArgument: the sheet name "a/b" contains "/"');
  });
});
