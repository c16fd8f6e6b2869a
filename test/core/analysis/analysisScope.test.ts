import { analysisScope } from "../../../src/core/analysis/analysisScope";
import { readPurchaseData } from "../../../src/core/read/readPurchaseData";
import { articleTableRows, articleTableWithFirstPurchaseRows } from "../../support/articleCustomers";

describe("analysisScope", () => {
  it("offers the models, R×F and the holdout on a log, and the data's period and currency", () => {
    const scope = analysisScope(readPurchaseData([["Kunde", "Dato", "Beløb"], ["A", "2024-01-03", "500 kr"], ["B", "2024-12-28", "20 kr"]]));
    expect(scope).toMatchObject({ valuation: "model", rfmPossible: true, holdoutPossible: true, cohortsPossible: true, defaultPeriodMonths: 12, dataCurrency: "kr" });
  });

  it("values the article's table by the simple formula with R×F, a full table by the models, and a table without dates without R×F", () => {
    expect(analysisScope(readPurchaseData(articleTableRows("da")))).toMatchObject({ valuation: "simple", rfmPossible: true, holdoutPossible: false, cohortsPossible: false });
    expect(analysisScope(readPurchaseData(articleTableWithFirstPurchaseRows("da")))).toMatchObject({ valuation: "model", rfmPossible: true, holdoutPossible: false, cohortsPossible: false });
    const undated = analysisScope(readPurchaseData([["Kunde", "Antal køb", "Samlet beløb"], ["Anna", 3, 1500]]));
    expect(undated).toMatchObject({ valuation: "simple", rfmPossible: false, defaultPeriodMonths: 12 });
    expect(undated.period).toBeUndefined();
  });
});
