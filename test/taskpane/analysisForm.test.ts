import { dayOfTypedDate, defaultAnalysisForm, savedAnalysisForm, startingDraft, validateAnalysisForm, type AnalysisChoices, type AnalysisForm } from "../../src/taskpane/analysisForm";
import type { DataPeriod } from "../../src/core/read/purchasePeriod";
import type { AnalysisScope } from "../../src/core/analysis/analysisScope";
import { defaultChoices } from "../support/analysisSettings";

/** CDNOW: first purchase 1997-01-01 (day 9862), last 1998-06-30 (day 10407). */
const period = { firstDay: 9862, lastDay: 10407 };

/** What a transaction log with this period allows (analysisScope of a log). */
function scopeOf(dataPeriod: DataPeriod, holdoutPossible: boolean): AnalysisScope {
  return { period: dataPeriod, valuation: "model", rfmPossible: true, holdoutPossible, cohortsPossible: true, defaultPeriodMonths: 18 };
}

/** The simple-CLV fields as the defaults fill them in. */
const simpleDefaults = { lifetimeKind: "years", lifetimeYears: "3", retentionPercent: "60", periodMonths: "18", currency: "none", purchaseModel: "auto", cohortPeriod: "month" };

describe("the Analysis step's form", () => {
  it("defaults to the last purchase, 12 months, 10 %, 100 % margin, no new customers, R×F and the holdout check", () => {
    expect(defaultAnalysisForm(scopeOf(period, true), "en")).toEqual({
      observationEnd: "30/06/1998",
      horizonMonths: "12",
      discountPercent: "10",
      marginPercent: "100",
      newCustomers: "0",
      segmentScheme: "rfm",
      holdout: true,
      ...simpleDefaults,
    });
    expect(defaultAnalysisForm(scopeOf(period, false), "en").holdout).toBe(false);
    // The date as each language writes it, never the browser's format.
    expect(defaultAnalysisForm(scopeOf(period, true), "da").observationEnd).toBe("30-06-1998");
    expect(defaultAnalysisForm(scopeOf(period, true), "sv").observationEnd).toBe("1998-06-30");
  });

  it("reads a typed date in the user's language, and the ISO form in every language", () => {
    for (const text of ["30-06-1998", "30.06.1998", "30.6.1998", "30/06/1998", "1998-06-30", " 30-06-98 "]) expect(dayOfTypedDate(text, "da")).toBe(10407);
    for (const text of ["30/06/1998", "30-06-1998", "1998-06-30"]) expect(dayOfTypedDate(text, "en")).toBe(10407);
    for (const text of ["1998-06-30", "30.06.1998", "30/06/1998"]) expect(dayOfTypedDate(text, "sv")).toBe(10407);
    // Day first: 03/04/1998 is 3 April, and the American 06/30/1998 is no date.
    expect(dayOfTypedDate("03/04/1998", "en")).toBe(dayOfTypedDate("1998-04-03", "en"));
    for (const text of ["06/30/1998", "31-06-1998", "1998-02-29", "juni 1998", "10407", "", "30-06"]) expect(dayOfTypedDate(text, "da")).toBeUndefined();
  });

  it("offers the data's currency, else the language's, and stores a currency only when it is not that default", () => {
    expect(defaultAnalysisForm(scopeOf(period, true), "da").currency).toBe("DKK");
    expect(defaultAnalysisForm({ ...scopeOf(period, true), dataCurrency: "EUR" }, "da").currency).toBe("EUR");
    const danish = (currency: AnalysisForm["currency"]) => validateAnalysisForm({ ...defaultAnalysisForm(scopeOf(period, true), "da"), currency }, scopeOf(period, true), "da");
    expect(danish("DKK")).toEqual({ ok: true, choices: expect.not.objectContaining({ currency: expect.anything() }) });
    expect(danish("SEK")).toEqual({ ok: true, choices: expect.objectContaining({ currency: "SEK" }) });
    expect(danish("none")).toEqual({ ok: true, choices: expect.objectContaining({ currency: null }) });
    expect(savedAnalysisForm({ ...defaultChoices(true), currency: null }, scopeOf(period, true), "da").currency).toBe("none");
    expect(savedAnalysisForm({ ...defaultChoices(true), currency: "EUR" }, scopeOf(period, true), "da").currency).toBe("EUR");
  });

  it("stores the cohort period when it is not the month, for a log only, and fills it back in", () => {
    const weekly = validateAnalysisForm({ ...defaultAnalysisForm(scopeOf(period, true), "en"), cohortPeriod: "week" }, scopeOf(period, true), "en");
    expect(weekly).toEqual({ ok: true, choices: expect.objectContaining({ cohortPeriod: "week" }) });
    const table = { ...scopeOf(period, false), cohortsPossible: false };
    expect(validateAnalysisForm({ ...defaultAnalysisForm(table, "en"), cohortPeriod: "week" }, table, "en")).toEqual({ ok: true, choices: expect.not.objectContaining({ cohortPeriod: expect.anything() }) });
    expect(savedAnalysisForm({ ...defaultChoices(true), cohortPeriod: "quarter" }, scopeOf(period, true), "da").cohortPeriod).toBe("quarter");
  });

  it("turns the defaults into stored choices, the observation end as null (= the last purchase when refreshed)", () => {
    expect(validateAnalysisForm(defaultAnalysisForm(scopeOf(period, true), "en"), scopeOf(period, true), "en")).toEqual({
      ok: true,
      choices: defaultChoices(true),
    });
  });

  it("reads decimal commas and points and a % sign, and keeps an earlier end date as a day", () => {
    const form: AnalysisForm = { ...defaultAnalysisForm(scopeOf(period, false), "da"), observationEnd: "30-09-1997", discountPercent: "7,5", marginPercent: "35.5 %", newCustomers: "250" };
    const checked = validateAnalysisForm(form, scopeOf(period, true), "da");
    expect(checked).toEqual({
      ok: true,
      choices: expect.objectContaining({ observationEndDay: 10134, annualDiscountRate: 0.075, grossMargin: 0.355, newCustomers: 250, holdout: false }),
    });
  });

  it("reads thousands as the user's language groups them, and refuses another language's grouping", () => {
    const typed = (language: "en" | "da" | "sv", newCustomers: string) =>
      validateAnalysisForm({ ...defaultAnalysisForm(scopeOf(period, true), language), newCustomers }, scopeOf(period, true), language);
    expect(typed("da", "10.000")).toEqual({ ok: true, choices: expect.objectContaining({ newCustomers: 10000 }) });
    expect(typed("en", "1,000")).toEqual({ ok: true, choices: expect.objectContaining({ newCustomers: 1000 }) });
    expect(typed("sv", "25\u00a0000")).toEqual({ ok: true, choices: expect.objectContaining({ newCustomers: 25000 }) });
    expect(typed("en", "10.000")).toEqual({ ok: false, problems: { newCustomers: "Enter a whole number from 0 to 100,000,000." } });
    expect(typed("da", "1,000")).toEqual({ ok: false, problems: { newCustomers: "Skriv et helt tal fra 0 til 100.000.000." } });
    // A Danish margin of "1.000" is a thousand per cent, not one.
    const margin = validateAnalysisForm({ ...defaultAnalysisForm(scopeOf(period, true), "da"), marginPercent: "1.000" }, scopeOf(period, true), "da");
    expect(margin).toEqual({ ok: false, problems: { marginPercent: "Skriv en procentsats over 0 og højst 100." } });
  });

  it("says what is wrong with each field, in the user's language", () => {
    const form: AnalysisForm = {
      ...defaultAnalysisForm(scopeOf(period, true), "en"),
      observationEnd: "31/12/1996",
      horizonMonths: "0",
      discountPercent: "ti",
      marginPercent: "0",
      newCustomers: "2.5",
    };
    expect(validateAnalysisForm(form, scopeOf(period, true), "en")).toEqual({
      ok: false,
      problems: {
        observationEnd: "The date is before the first purchase (1 Jan 1997).",
        horizonMonths: "Enter a whole number from 1 to 120.",
        discountPercent: "Enter a percentage from 0 to 100.",
        marginPercent: "Enter a percentage above 0 and at most 100.",
        newCustomers: "Enter a whole number from 0 to 100,000,000.",
      },
    });
    const danish = validateAnalysisForm({ ...form, observationEnd: "30-02-1998" }, scopeOf(period, true), "da");
    expect(danish.ok).toBe(false);
    if (!danish.ok) {
      expect(danish.problems.observationEnd).toBe("Skriv en dato som 30-06-1998.");
      expect(danish.problems.newCustomers).toBe("Skriv et helt tal fra 0 til 100.000.000.");
    }
  });

  describe("from a saved analysis", () => {
    const saved: AnalysisChoices = {
      timeUnit: "week",
      observationEndDay: null,
      horizonMonths: 24,
      annualDiscountRate: 0.075,
      grossMargin: 0.455,
      newCustomers: 12500,
      segmentScheme: "valueTiers",
      holdout: true,
    };

    it("fills in its choices, typed in the user's language, and the data's last purchase for an end at the last purchase", () => {
      expect(savedAnalysisForm(saved, scopeOf(period, true), "da")).toEqual({
        observationEnd: "30-06-1998",
        horizonMonths: "24",
        discountPercent: "7,5",
        marginPercent: "45,5",
        newCustomers: "12500",
        segmentScheme: "valueTiers",
        holdout: true,
        ...simpleDefaults,
        // No currency stored: the Danish default, kroner.
        currency: "DKK",
      });
      expect(savedAnalysisForm(saved, scopeOf(period, true), "en")).toMatchObject({ discountPercent: "7.5", marginPercent: "45.5" });
      expect(savedAnalysisForm(saved, scopeOf({ firstDay: 9862, lastDay: 10500 }, true), "sv").observationEnd).toBe("1998-10-01");
      // What is filled in reads back as the same choices.
      for (const language of ["en", "da", "sv"] as const) {
        expect(validateAnalysisForm(savedAnalysisForm(saved, scopeOf(period, true), language), scopeOf(period, true), language)).toEqual({ ok: true, choices: saved });
      }
    });

    it("keeps a fixed end date, unless it is before the data's first purchase; holdout only when the data can have it", () => {
      expect(savedAnalysisForm({ ...saved, observationEndDay: 10134 }, scopeOf(period, true), "en").observationEnd).toBe("30/09/1997");
      expect(savedAnalysisForm({ ...saved, observationEndDay: 9000 }, scopeOf(period, true), "en").observationEnd).toBe("30/06/1998");
      expect(savedAnalysisForm(saved, scopeOf(period, false), "en").holdout).toBe(false);
      expect(savedAnalysisForm({ ...saved, holdout: false }, scopeOf(period, true), "en").holdout).toBe(false);
    });

    it("is where the step starts when there is one; otherwise the defaults are", () => {
      expect(startingDraft(saved, scopeOf(period, true), "en")).toEqual({ form: savedAnalysisForm(saved, scopeOf(period, true), "en"), fromSaved: true });
      expect(startingDraft(undefined, scopeOf(period, true), "en")).toEqual({ form: defaultAnalysisForm(scopeOf(period, true), "en"), fromSaved: false });
    });
  });
});
