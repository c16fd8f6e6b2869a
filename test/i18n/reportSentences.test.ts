import { buildReport } from "../../src/core/report/buildReport";
import { renderSentence, reportSentenceKeys } from "../../src/i18n/reportSentences";
import { cdnowAnalysis, fewCustomersAnalysis } from "../core/report/sampleAnalyses";

describe("renderSentence", () => {
  it("words a sentence with the language's numbers: whole counts, money without decimals from 1,000, percentages", () => {
    const counts = { key: "lead_counts", values: { customers: { value: 2357, format: "integer" as const }, purchases: { value: 6696.4, format: "integer" as const } } };
    expect(renderSentence("en", counts)).toBe("2,357 customers made 6,696 purchases; several rows of one customer on the same day count as one purchase.");
    expect(renderSentence("da", counts)).toBe("2.357 kunder foretog 6.696 køb; flere rækker for samme kunde på samme dag tæller som ét køb.");
    expect(renderSentence("sv", counts).replace(/\s/g, " ")).toBe("2 357 kunder gjorde 6 696 köp; flera rader för samma kund samma dag räknas som ett köp.");
    const attention = { key: "lead_attention", values: { first: { label: "champions" }, second: { label: "loyal" }, share: { value: 0.6234, format: "percent" as const } } };
    expect(renderSentence("da", attention)).toBe("Begynd med Topkunder og Trofaste kunder: tilsammen står de for 62,3 % af kundernes værdi (arket Segmenter).");
  });

  it("has every sentence in every language, and each written sentence of the CDNOW report fits an Excel text cell (255 characters)", () => {
    for (const language of ["en", "da", "sv"] as const) {
      for (const analysis of [cdnowAnalysis, fewCustomersAnalysis]) {
        for (const sentence of buildReport(analysis).sheets[0].lead ?? []) {
          expect(reportSentenceKeys).toContain(sentence.key);
          const text = renderSentence(language, sentence);
          expect(text.length).toBeLessThanOrEqual(255);
          expect(text).not.toMatch(/\{\w+\}|NaN|undefined/);
        }
      }
    }
  });
});
