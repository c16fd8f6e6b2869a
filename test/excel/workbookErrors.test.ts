import { isPayloadLimitError, WorkbookItemNotFoundError } from "../../src/excel/workbookErrors";
import { excelError } from "../../src/demo/workbook/excelError";

describe("WorkbookItemNotFoundError", () => {
  it("names the item and what it is", () => {
    const error = new WorkbookItemNotFoundError("table", "Køb");
    expect([error.item, error.itemName, error.name]).toEqual(["table", "Køb", "WorkbookItemNotFoundError"]);
    expect(error.message).toBe('There is no table named "Køb" in the workbook');
  });
});

describe("isPayloadLimitError", () => {
  it("recognises Excel on the web's two payload codes (Office.js errors carry a code)", () => {
    expect(isPayloadLimitError(excelError("RequestPayloadSizeLimitExceeded", "6 MB"))).toBe(true);
    expect(isPayloadLimitError(excelError("ResponsePayloadSizeLimitExceeded", "6 MB"))).toBe(true);
    expect(isPayloadLimitError({ code: "ResponsePayloadSizeLimitExceeded" })).toBe(true);
  });

  it.each([[excelError("InvalidArgument", "x")], [new Error("ResponsePayloadSizeLimitExceeded")], [null], ["ResponsePayloadSizeLimitExceeded"], [undefined]])(
    "is false for %p",
    (error) => {
      expect(isPayloadLimitError(error)).toBe(false);
    },
  );
});
