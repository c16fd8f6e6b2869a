/**
 * @jest-environment jsdom
 */
import { leadSentences, rankedSegments } from "../../src/core/report/buildReport";
import { renderSentence } from "../../src/i18n/reportSentences";
import { reportLabel } from "../../src/i18n/reportLabels";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { analyzeTransactions } from "../../src/core/analysis/analyzeTransactions";
import type { TransactionLog } from "../../src/core/transactionLog";
import { renderModelUnavailable } from "../../src/i18n/modelMessages";
import { ResultsView, modelFitText } from "../../src/taskpane/ResultsView";
import type { HeadlineFigures } from "../../src/taskpane/headlineFigures";
import type { RunResult } from "../../src/taskpane/runAnalysis";
import { readPurchaseData } from "../../src/core/read/readPurchaseData";
import { inlineBlocks } from "./inlineBlocks";

/** Five customers who each bought once: too few for the BG/NBD, so CLV is the simple formula and the holdout cannot be checked. */
function oneTimeBuyers(): RunResult {
  const rows = [["Kunde", "Dato", "Beløb"], ...["A", "B", "C", "D", "E"].map((id, index) => [id, `2024-0${index + 1}-15`, 10 * (index + 1)])];
  const data = readPurchaseData(rows);
  if (data.layout !== "transactions") throw new Error("expected a log");
  const log: TransactionLog = data.log;
  const analysis = analyzeTransactions(log, {
    timeUnit: "week",
    horizonMonths: 12,
    annualDiscountRate: 0.1,
    grossMargin: 0.5,
    newCustomers: 0,
    segmentScheme: "rfm",
    calibrationEndDay: log.day[2],
  });
  return { data, read: data.diagnostics, analysis, sheets: [{ id: "overview", name: "Oversigt" }], stored: {} as RunResult["stored"] };
}

describe("the Results step", () => {
  it("without a model, says why for the fit and the method, shows no range, and words a failure to open a sheet", async () => {
    const result = oneTimeBuyers();
    const { method } = result.analysis.value;
    const { holdout } = result.analysis;
    if (method.kind !== "simple" || !holdout || holdout.ok) throw new Error("expected the simple method and a failed holdout");
    const openSheet = jest.fn().mockRejectedValue(new Error("ItemNotFound"));
    await act(async () => {
      render(
        <FluentProvider theme={webLightTheme}>
          <ResultsView language="da" result={result} openSheet={openSheet} />
        </FluentProvider>,
      );
    });
    const fit = screen.getByRole("region", { name: "Modellens træfsikkerhed" });
    expect(within(fit).getByText(renderModelUnavailable(holdout.reason, "da"))).toBeTruthy();
    // Which method, in one sentence, and why the model was not used (docs: the Overview's notes say the same).
    expect(within(fit).getByText(`${reportLabel("da", "note_clvSimpleFallback")} ${renderModelUnavailable(method.reason, "da")}`)).toBeTruthy();
    // The Overview's summary sentences, and where to act first with the value of every segment as a chart.
    for (const sentence of leadSentences(result.analysis)) expect(screen.getByText(renderSentence("da", sentence))).toBeTruthy();
    const toAct = screen.getByRole("region", { name: "Hvor I skal sætte ind først" });
    const ranked = rankedSegments(result.analysis).filter((figures) => figures.customers > 0);
    expect(within(toAct).getByRole("img", { name: reportLabel("da", "equityBySegment") })).toBeTruthy();
    for (const figures of ranked.filter((segment) => (segment.totalClv ?? 0) > 0).slice(0, 2)) {
      expect(within(toAct).getAllByText(reportLabel("da", figures.segment)).some((element) => element.tagName === "STRONG")).toBe(true);
    }
    const equity = screen.getByRole("row", { name: /^Kundekapital/ });
    // Below 1,000 an amount keeps two decimals; there is no 80 % range without the model.
    const value = result.analysis.value.customerEquity.value;
    expect(Math.abs(value)).toBeLessThan(1000);
    expect(equity.querySelector("td")?.textContent).toBe(new Intl.NumberFormat("da-DK", { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value));
    expect(screen.getByRole("row", { name: /^Kunder/ }).querySelector("td")?.textContent).toBe("5");
    expect(inlineBlocks(document.body)).toEqual([]);
    expect(screen.getByRole("row", { name: /^Genkøbsrate/ }).querySelector("td")?.textContent?.replace(/\s/g, " ")).toBe("0,0 %");

    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Oversigt" }));
    });
    expect(openSheet).toHaveBeenCalledWith("Oversigt");
    expect(screen.getByText("Noget gik galt. Prøv igen; sker det igen, så luk projektmappen og åbn den igen. Tekniske detaljer: ItemNotFound")).toBeTruthy();
  });
});

describe("the model-fit sentence", () => {
  /** CDNOW's holdout: calibration ends 1997-09-30 (day 10134), so the check counts from 1 Oct 1997 to 30 Jun 1998. */
  const figures = (predicted: number, actual: number, relativeError: number | null): HeadlineFigures => ({
    customers: 2357,
    customerEquity: 0,
    averageClv: 0,
    repeatPurchaseRate: 0,
    method: { kind: "model", spend: "gammaGamma" },
    purchaseModel: { name: "bgnbd", by: "tie" },
    methodNotes: ["note_clvModel"],
    fit: { kind: "holdout", predicted, actual, relativeError, calibrationEndDay: 10134, observationEndDay: 10407 },
  });

  it("says whether the model predicted more or fewer repeat purchases than customers made, from the day after calibration", () => {
    expect(modelFitText(figures(1788.2, 1720, 0.0397), "en")).toBe(
      "Holdout check: the model predicted 1,788 repeat purchases from 1 Oct 1997 to 30 Jun 1998; customers made 1,720 (4.0% more than actual).",
    );
    expect(modelFitText(figures(1512, 1720, -0.121), "en")).toBe(
      "Holdout check: the model predicted 1,512 repeat purchases from 1 Oct 1997 to 30 Jun 1998; customers made 1,720 (12.1% fewer than actual).",
    );
    expect(modelFitText(figures(1512, 1720, -0.121), "da").replace(/\s/g, " ")).toBe(
      "Test: modellen forudsagde 1.512 genkøb fra 1. okt. 1997 til 30. jun. 1998; kunderne foretog 1.720 (12,1 % færre end de faktiske).",
    );
    expect(modelFitText(figures(3, 0, null), "sv")).toMatch(/\(inget att jämföra med\)\.$/);
    expect(modelFitText(figures(1720, 1720, 0), "en")).toMatch(/\(exactly as many\)\.$/);
  });
});
