import { daysFromCivil } from "../../../src/core/read/civilDate";
import { purchasePeriod } from "../../../src/core/read/purchasePeriod";
import { readPurchaseData } from "../../../src/core/read/readPurchaseData";

describe("purchasePeriod", () => {
  it("spans a log's purchase dates", () => {
    const data = readPurchaseData([["Kunde", "Dato", "Beløb"], ["A", "2024-03-05", 10], ["B", "2024-01-31", 20], ["A", "2024-02-10", 5]]);
    expect(purchasePeriod(data)).toEqual({ firstDay: daysFromCivil(2024, 1, 31), lastDay: daysFromCivil(2024, 3, 5) });
  });

  it("spans a table's first and last purchase dates, and is undefined without any date", () => {
    const table = readPurchaseData([["Kunde", "Antal køb", "Første køb", "Seneste køb", "Samlet beløb"], ["A", 2, "2023-05-01", "2024-02-01", 100], ["B", 0, "", "", 0]]);
    expect(purchasePeriod(table)).toEqual({ firstDay: daysFromCivil(2023, 5, 1), lastDay: daysFromCivil(2024, 2, 1) });
    const dateless = readPurchaseData([["Kunde", "Antal køb", "Første køb", "Seneste køb", "Samlet beløb"], ["B", 0, "", "", 0]]);
    expect(purchasePeriod(dateless)).toBeUndefined();
  });
});
