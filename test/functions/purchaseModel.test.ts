import * as modelChoice from "../../src/core/models/purchaseModelChoice";
import { modelConditionalExpectedPurchasesColumn, modelProbabilityAlive } from "../../src/core/models/purchaseModel";
import { clearFitCache, fitCacheStatistics } from "../../src/functions/fitCache";
import { EXPECTEDPURCHASES, PALIVE, PURCHASEMODEL, PurchaseModelOption } from "../../src/functions/models";
import { cdnowLog, dayNumber } from "../core/summary/cdnowLog";
import { excelValue, expectRejectedValueError } from "./excelErrors";

const serialOf = (day: number): number => day + 25569;
const calibrationEnd = serialOf(dayNumber(1997, 9, 30));
const log = cdnowLog();
const customers = Array.from(log.customer.subarray(0, log.length), (index) => [log.customerIds[index]]);
const dates = Array.from(log.day.subarray(0, log.length), (day) => [serialOf(day)]);
const valuesOf = (spill: unknown[][]) => Object.fromEntries(spill.map(([name, value]) => [name, value])) as Record<string, number | string>;

beforeEach(() => clearFitCache());

describe("KV.PURCHASEMODEL on the CDNOW log up to 1997-09-30, in weeks", () => {
  it("keeps the BG/NBD with auto (the MBG/NBD leads by 0.3 in log-likelihood only) and fits all three once", async () => {
    const auto = valuesOf(await PURCHASEMODEL(customers, dates, excelValue(null), calibrationEnd));
    expect(auto).toMatchObject({ model: "bgnbd", choice: "tie", health: "ok", customers: 2357, timeUnit: "week" });
    expect(auto.r as number).toBeCloseTo(0.2426, 4);
    const pareto = valuesOf(await PURCHASEMODEL(customers, dates, excelValue("Pareto/NBD"), calibrationEnd));
    // Published (Fader, Hardie & Lee 2005, JMR): r 0.553, α 10.58, s 0.606, β 11.67, LL −9595.0.
    expect(pareto).toMatchObject({ model: "paretonbd", choice: "request", health: "ok" });
    expect(pareto.r as number).toBeCloseTo(0.553, 2);
    expect(pareto.alpha as number).toBeCloseTo(10.58, 0);
    expect(pareto.s as number).toBeCloseTo(0.606, 2);
    expect(pareto.beta as number).toBeCloseTo(11.67, 0);
    const mbg = valuesOf(await PURCHASEMODEL(customers, dates, PurchaseModelOption.mbgnbd, calibrationEnd));
    // BTYDplus via lifetimes' tests: r 0.525, α 6.183, a 0.891, b 1.614.
    expect(mbg.b as number).toBeCloseTo(1.614, 2);
    expect(fitCacheStatistics()).toEqual({ fits: 1, hits: 2 });
  });

  it("gives P(alive) and expected purchases from its spill, as the core does for that model", async () => {
    const spill = await PURCHASEMODEL(customers, dates, PurchaseModelOption.paretonbd, calibrationEnd);
    const values = valuesOf(spill);
    const model = { name: "paretonbd" as const, parameters: { r: values.r as number, alpha: values.alpha as number, s: values.s as number, beta: values.beta as number } };
    const alive = PALIVE([[0], [2]], [[0], [30.43]], [[38.86], [38.86]], spill);
    expect(alive[0][0]).toBeCloseTo(modelProbabilityAlive(model, 0, 0, 38.86), 12);
    expect(alive[0][0]).toBeLessThan(0.5);
    const history = { frequency: Float64Array.of(2), recency: Float64Array.of(30.43), T: Float64Array.of(38.86) };
    expect(EXPECTEDPURCHASES(39, [[2]], [[30.43]], [[38.86]], spill)[0][0]).toBeCloseTo(modelConditionalExpectedPurchasesColumn(model, history, 39)[0], 12);
  });

  it("refuses a model it does not know, naming the choices", async () => {
    await expectRejectedValueError(() => PURCHASEMODEL(customers, dates, excelValue("weibull")), '"auto", "bgnbd", "mbgnbd", "paretonbd"');
  });
});

describe("KV.PURCHASEMODEL cancelled by Excel (a cancelable function, CustomFunctionsRuntime 1.1)", () => {
  it("stops between the models' fits, answers nothing Excel shows, caches nothing, and fits anew when asked again", async () => {
    const fitOne = modelChoice.candidateFit;
    const fitted = jest.spyOn(modelChoice, "candidateFit");
    try {
      const invocation = { parameterAddresses: [] } as CustomFunctions.CancelableInvocation;
      const answer = PURCHASEMODEL(customers, dates, PurchaseModelOption.auto, calibrationEnd, undefined, undefined, invocation);
      // Excel cancels the formula (its inputs changed, or the user edits the cell) after the first model's fit.
      await new Promise<void>((resolve) => {
        fitted.mockImplementationOnce((...args) => {
          invocation.onCanceled?.();
          resolve();
          return fitOne(...args);
        });
      });
      await expect(answer).rejects.toMatchObject({ code: "#N/A" });
      expect(fitted).toHaveBeenCalledTimes(1);
      expect(fitCacheStatistics()).toEqual({ hits: 0, fits: 0 });
      const entered = valuesOf(await PURCHASEMODEL(customers, dates, PurchaseModelOption.auto, calibrationEnd));
      expect(entered).toMatchObject({ model: "bgnbd", choice: "tie" });
      expect(fitted).toHaveBeenCalledTimes(4);
      expect(fitCacheStatistics()).toEqual({ hits: 0, fits: 1 });
    } finally {
      fitted.mockRestore();
    }
  });
});
