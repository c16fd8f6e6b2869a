import { readPurchaseFile } from "../../src/core/read/purchaseFile";
import { RFM } from "../../src/functions/customerHistory";
import { readTransactionColumns } from "../../src/functions/transactionColumns";
import { renderRowProblem } from "../../src/i18n/rowProblems";
import { expectValueError, withDisplayLanguage } from "./excelErrors";

/** An Excel error value as the custom-functions runtime hands it over in a range: a CustomFunctions.Error. */
const notAvailable = new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable);

describe("readTransactionColumns", () => {
  it("reads customers, dates and amounts given as Excel values and text", () => {
    expect(readTransactionColumns(["A", "A"], [45322, "2024-02-14"], [500, "99.50"]).length).toBe(2);
  });

  it("names an Excel error in a range by its name and says to fix or remove it", () => {
    const message = expectValueError(() => RFM([["A"], ["B"], ["C"], [notAvailable]], [[45292], [45293], [45294], [45295]], [[1], [2], [3], [4]]), "'#N/A'");
    expect(message).toBe(
      "Row 4, column 'customers': the cell holds the Excel error '#N/A', not a value; correct the formula or the data that gives it, or remove the row. " +
        "Rows are counted from the first cell of the range.",
    );
    expect(message).not.toContain("[object");
    expectValueError(() => RFM([["A"], ["B"]], [[45292], [new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero)]], [[1], [2]]), "'#DIV/0!'");
  });

  it("says that a first row of headers in whole columns looks like a header, not that 'Dato' is no date", () => {
    const message = expectValueError(() => RFM([["Kunde"], ["A"], ["B"]], [["Dato"], [45292], [45293]], [["Beløb"], [1], [2]]), "looks like a header");
    expect(message).toMatch(/^Row 1, column 'dates': the first row looks like a header \('Dato' …\), not a purchase; start the ranges on the row below it/);
    expect(message).not.toContain("(+");
    const danish = withDisplayLanguage("da-DK", () => expectValueError(() => RFM([["Kunde"], ["A"]], [["Dato"], [45292]], [["Beløb"], [1]]), "overskrift"));
    expect(danish).toMatch(/^Række 1/);
  });

  it("words a date of 0 as the command line does, and shows how to write an amount with a trailing minus", () => {
    const message = expectValueError(() => RFM([["A"], ["B"]], [[45292], [0]], [[1], [2]]), "the date is 0");
    const file = readPurchaseFile(new TextEncoder().encode("Kunde,Dato,Beløb\nA,2024-01-05,1\nB,0,2\n")).data.diagnostics.problems[0];
    expect(file.reason).toBe("zeroDate");
    expect(message).toContain(renderRowProblem({ ...file, row: 2, column: { index: 1, header: "dates" } }, "en"));
    expectValueError(() => RFM([["A"], ["B"]], [[45292], [45293]], [[1], ["100-"]]), "write it as '-100'");
  });
});
