import type { ModelUnavailableReason } from "../../src/core/models/modelUnavailable";
import { supportedLanguages } from "../../src/i18n/language";
import { renderModelUnavailable } from "../../src/i18n/modelMessages";

const reasons: ModelUnavailableReason[] = [
  { code: "noCustomers", model: "bgnbd" },
  { code: "tooFewCustomers", model: "bgnbd", customers: 12, minimum: 30 },
  { code: "allOneTimeBuyers", model: "bgnbd", customers: 57 },
  { code: "tooFewRepeatBuyers", model: "bgnbd", repeatBuyers: 4, minimum: 10 },
  { code: "tooFewRepeatBuyersWithSpend", model: "gammaGamma", repeatBuyersWithSpend: 3, minimum: 10 },
  { code: "notConverged", model: "gammaGamma", stopReason: "iterationLimit", iterations: 500, gradientNorm: 0.2 },
  { code: "spendMeanUnbounded", model: "gammaGamma", q: 0.9 },
];

describe("renderModelUnavailable", () => {
  it.each(reasons.map((reason) => [reason.code, reason] as const))("%s reads in every language with its numbers", (_, reason) => {
    for (const language of supportedLanguages) {
      const text = renderModelUnavailable(reason, language);
      expect(text).toMatch(reason.model === "bgnbd" ? /BG\/NBD/ : /Gamma-Gamma/);
      for (const value of Object.values(reason)) {
        if (typeof value === "number" && Number.isInteger(value) && !("q" in reason)) expect(text).toContain(String(value));
      }
    }
  });

  it("words the Danish reason as a marketer would read it", () => {
    expect(renderModelUnavailable({ code: "tooFewRepeatBuyers", model: "bgnbd", repeatBuyers: 4, minimum: 10 }, "da")).toBe(
      "Købsmodellen (BG/NBD) kræver mindst 10 kunder, der har købt mere end én gang; dataene har 4.",
    );
  });
});
