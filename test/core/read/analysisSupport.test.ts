import { analysisNeeds, availableFacts, supportedAnalyses } from "../../../src/core/read/analysisSupport";
import { readPurchaseData } from "../../../src/core/read/readPurchaseData";

function unsupported(rows: unknown[][]): Record<string, string[]> {
  return Object.fromEntries(supportedAnalyses(readPurchaseData(rows)).flatMap((support) => (support.supported ? [] : [[support.analysis, support.missing]])));
}

describe("supportedAnalyses", () => {
  it("supports everything on a transaction log with amounts", () => {
    expect(unsupported([["Kunde", "Dato", "Beløb"], ["A", "2024-01-31", 5]])).toEqual({});
  });

  it("needs amounts for the value analyses on a log without amounts", () => {
    expect(unsupported([["date", "id"], ["2014-03-08 00:00:00", "0"]])).toEqual({
      historicalValue: ["amounts"],
      simpleClv: ["amounts"],
      gammaGamma: ["amounts"],
      predictiveClv: ["amounts"],
    });
  });

  it("says what the typical per-customer export lacks: a first purchase date, so no BG/NBD", () => {
    const data = readPurchaseData([["Kundenavn", "Købsdato", "Købsbeløb", "Antal køb"], ["Anna", "31-01-2024", "500", 3]]);
    expect(availableFacts(data)).toEqual(["purchaseCount", "amounts", "lastPurchase"]);
    expect(unsupported([["Kundenavn", "Købsdato", "Købsbeløb", "Antal køb"], ["Anna", "31-01-2024", "500", 3]])).toEqual({
      bgnbd: ["firstPurchase"],
      predictiveClv: ["firstPurchase"],
    });
  });

  it("needs a count and an amount for the simple CLV, and a count for the value tiers", () => {
    expect(unsupported([["Kunde", "Antal køb"], ["Anna", 3]])).toMatchObject({ historicalValue: ["amounts"], simpleClv: ["amounts"] });
    expect(unsupported([["Kunde", "Antal køb"], ["Anna", 3]]).valueTiers).toBeUndefined();
    expect(unsupported([["Kunde", "Samlet beløb", "Seneste køb"], ["Anna", 500, "2024-01-31"]])).toMatchObject({ valueTiers: ["purchaseCount"], simpleClv: ["purchaseCount"] });
  });

  it("says a table of counts and totals has no purchase dates", () => {
    expect(unsupported([["Kunde", "Antal køb", "Samlet beløb"], ["Anna", 3, 500]])).toEqual({
      segments: ["lastPurchase"],
      bgnbd: ["firstPurchase", "lastPurchase"],
      predictiveClv: ["firstPurchase", "lastPurchase"],
    });
  });

  it("supports everything on a complete per-customer table", () => {
    expect(unsupported([["Kunde", "Antal køb", "Samlet beløb", "Første køb", "Seneste køb"], ["A", 2, 100, "2024-01-01", "2024-02-01"]])).toEqual({});
  });

  it("lists BG/NBD's needs: purchase count, first and last purchase", () => {
    expect(analysisNeeds.bgnbd).toEqual(["purchaseCount", "firstPurchase", "lastPurchase"]);
  });
});
