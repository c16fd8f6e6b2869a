/**
 * Formula value preview (Microsoft Learn, "Work with formula value preview mode in your custom functions"): a model
 * function called with Invocation.isInValuePreview answers from the fit cache, and without a cached fit returns #N/A
 * with a message instead of fitting. Property that must hold: a preview never fits, and never changes a result.
 */
import { clearFitCache, fitCacheStatistics } from "../../src/functions/fitCache";
import { BGNBD, GAMMAGAMMA, PURCHASEMODEL, PurchaseModelOption, SUMMARYMODEL, TimeUnitOption } from "../../src/functions/models";
import { SBG } from "../../src/functions/subscriptions";
import { isValuePreview } from "../../src/functions/valuePreview";
import { cdnowLog, cdnowReferenceSummary } from "../core/summary/cdnowLog";
import { PAPER_SURVIVORS } from "../core/models/sbgPaperCohorts";
import { expectRejectedFunctionsError, withOffice } from "./excelErrors";

const log = cdnowLog();
const customers = Array.from(log.customer.subarray(0, log.length), (index) => [log.customerIds[index]]);
const dates = Array.from(log.day.subarray(0, log.length), (day) => [day + 25569]);
const reference = cdnowReferenceSummary();
const column = (values: readonly number[]): number[][] => values.map((value) => [value]);
const frequency = column(reference.map((row) => row.x));
const recency = column(reference.map((row) => row.tx));
const age = column(reference.map((row) => row.T));
const monetary = column(reference.map((row) => row.zbar));

/** The invocation Excel passes: parameter addresses always, isInValuePreview from CustomFunctionsRuntime 1.5. */
const preview = { parameterAddresses: [], isInValuePreview: true } as unknown as CustomFunctions.Invocation;
const entered = { parameterAddresses: [], isInValuePreview: false } as unknown as CustomFunctions.Invocation;

/** The CustomFunctions.Error a call rejects with (the #N/A of a preview without a cached fit): its code and message. */
const previewError = expectRejectedFunctionsError;

beforeEach(() => clearFitCache());

/** A runtime with formula value preview (CustomFunctionsRuntime 1.5), in English unless told. */
const inRuntime15 = <T>(body: () => T, displayLanguage = "en-US"): T => withOffice({ displayLanguage, customFunctionsRuntime: "1.5" }, body);

describe("isValuePreview", () => {
  it("is true only when a runtime with CustomFunctionsRuntime 1.5 says so (true, or the text the type declares)", () => {
    inRuntime15(() => {
      expect(isValuePreview(undefined)).toBe(false);
      expect(isValuePreview({} as CustomFunctions.Invocation)).toBe(false);
      expect(isValuePreview(entered)).toBe(false);
      expect(isValuePreview({ isInValuePreview: "false" } as CustomFunctions.Invocation)).toBe(false);
      expect(isValuePreview(preview)).toBe(true);
      expect(isValuePreview({ isInValuePreview: "true" } as CustomFunctions.Invocation)).toBe(true);
    });
  });

  it("is false on an older runtime (the manifest's CustomFunctionsRuntime 1.3) and outside Office, whatever the invocation holds", () => {
    expect(withOffice({ customFunctionsRuntime: "1.3" }, () => isValuePreview(preview))).toBe(false);
    expect(isValuePreview(preview)).toBe(false);
  });
});

describe.each([
  ["KV.BGNBD", (invocation: CustomFunctions.Invocation) => BGNBD(customers, dates, undefined, TimeUnitOption.week, undefined, invocation)],
  ["KV.PURCHASEMODEL", (invocation: CustomFunctions.Invocation) => PURCHASEMODEL(customers, dates, PurchaseModelOption.auto, undefined, TimeUnitOption.week, undefined, invocation)],
  ["KV.SUMMARYMODEL", (invocation: CustomFunctions.Invocation) => SUMMARYMODEL(frequency, recency, age, undefined, PurchaseModelOption.auto, TimeUnitOption.week, invocation)],
  ["KV.GAMMAGAMMA", (invocation: CustomFunctions.Invocation) => GAMMAGAMMA(frequency, monetary, undefined, invocation)],
  ["KV.SBG", async (invocation: CustomFunctions.Invocation) => SBG(column([...PAPER_SURVIVORS.regular]), undefined, invocation)],
])("%s in a formula value preview", (_, call) => {
  it("does not fit without a cached fit: #N/A saying the model is fitted on Enter", async () => {
    const error = await inRuntime15(() => previewError(() => call(preview)));
    expect(error.code).toBe("#N/A");
    expect(error.message).toBe("Not fitted in the preview: the model is fitted when you press Enter.");
    expect(fitCacheStatistics()).toEqual({ hits: 0, fits: 0 });
  });

  it("answers from the cache once the formula was entered, with the entered result", async () => {
    const result = await inRuntime15(() => call(entered));
    expect(fitCacheStatistics()).toEqual({ hits: 0, fits: 1 });
    expect(await inRuntime15(() => call(preview))).toEqual(result);
    expect(fitCacheStatistics()).toEqual({ hits: 1, fits: 1 });
  });

  it("says so in the Office display language", async () => {
    expect((await inRuntime15(() => previewError(() => call(preview)), "da-DK")).message).toBe("Estimeres ikke i forhåndsvisningen: modellen estimeres, når du trykker Enter.");
    expect((await inRuntime15(() => previewError(() => call(preview)), "sv-SE")).message).toBe("Skattas inte i förhandsvisningen: modellen skattas när du trycker Enter.");
  });

  it("fits as always on a runtime without value preview (CustomFunctionsRuntime 1.3)", async () => {
    const result = await withOffice({ customFunctionsRuntime: "1.3" }, () => call(preview));
    expect(fitCacheStatistics()).toEqual({ hits: 0, fits: 1 });
    expect(result).toEqual(await call(entered));
  });
});

describe("KV.PURCHASEMODEL and KV.SUMMARYMODEL asked for one model of a cached history", () => {
  it("answer in a preview for every model the auto choice fitted and trusted, as entered", () =>
    inRuntime15(async () => {
      await PURCHASEMODEL(customers, dates, PurchaseModelOption.auto, undefined, TimeUnitOption.week, undefined, entered);
      for (const model of [PurchaseModelOption.bgnbd, PurchaseModelOption.mbgnbd, PurchaseModelOption.paretonbd]) {
        expect(await PURCHASEMODEL(customers, dates, model, undefined, TimeUnitOption.week, undefined, preview)).toEqual(await PURCHASEMODEL(customers, dates, model, undefined, TimeUnitOption.week, undefined, entered));
      }
      expect(fitCacheStatistics()).toEqual({ hits: 6, fits: 1 });
    }));

  it("do not fit a model the auto choice did not trust in a preview, and fit it on Enter to report its health", () =>
    inRuntime15(async () => {
      // 40 customers, 12 of them repeat buyers: below the 20 a trusted fit needs (smallBase, docs/smallBaseStudy.md).
      const rows = Array.from({ length: 40 }, (_, i) => (i < 12 ? [1 + (i % 3), 5 + i, 30 + (i % 7)] : [0, 0, 20 + (i % 11)]));
      const [x, tx, age] = [0, 1, 2].map((k) => rows.map((row) => [row[k]]));
      const auto = await previewError(() => SUMMARYMODEL(x, tx, age, undefined, PurchaseModelOption.auto, TimeUnitOption.week, entered));
      expect(auto.code).toBe("#VALUE!");
      expect((await previewError(() => SUMMARYMODEL(x, tx, age, undefined, PurchaseModelOption.bgnbd, TimeUnitOption.week, preview))).code).toBe("#N/A");
      const bgnbd = Object.fromEntries(await SUMMARYMODEL(x, tx, age, undefined, PurchaseModelOption.bgnbd, TimeUnitOption.week, entered));
      expect(bgnbd).toMatchObject({ model: "bgnbd", choice: "request", health: "smallBase" });
      expect(await SUMMARYMODEL(x, tx, age, undefined, PurchaseModelOption.bgnbd, TimeUnitOption.week, preview)).toEqual(Object.entries(bgnbd));
    }));
});

describe("isValuePreview before Office is ready", () => {
  it("is false, not an error, when Office is there without its context or requirements yet", () => {
    const global = globalThis as { Office?: unknown };
    for (const office of [{}, { context: {} }, { context: { requirements: {} } }]) {
      global.Office = office;
      try {
        expect(isValuePreview(preview)).toBe(false);
      } finally {
        delete global.Office;
      }
    }
  });
});
