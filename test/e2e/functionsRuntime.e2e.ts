/**
 * The worksheet functions as Excel loads them: the production bundle dist/functions.js run in a context of its own
 * with the globals the shared runtime gives it — `CustomFunctions` (associate, Error, ErrorCode) and `Office` (display
 * language, requirements) — each function called through what the bundle associated with its id in
 * dist/functions.json, with its arguments shaped as the metadata says (ranges as 2D arrays, the invocation with the
 * parameter addresses last). Needs `npm run build` first.
 *
 * 50 model formulas over the same 100,000-row range (KV.PURCHASEMODEL asking for each model in turn, as a sheet
 * comparing them would) fit once: the first call fits, the 49 others answer from the fit cache. Counted without
 * timing: a fit evaluates logarithms hundreds of thousands of times, a cached answer a handful (the trust check of
 * the fit it reports), so the bundle runs with a Math.log that counts its calls. Timed in a second, uninstrumented load; the times go to test-artifacts/e2e/functions-cache.json.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as vm from "node:vm";
import { isoDateText } from "../../src/core/read/civilDate";
import { benchmarkScenario } from "../../src/core/simulate/benchmarkScenario";
import { simulateTransactionLog } from "../../src/core/simulate/simulateTransactionLog";
import { ARTIFACTS } from "./browser";

const DIST = path.resolve(__dirname, "../../dist");
const ROWS = 100_000;
const FORMULAS = 50;
const MODELS = ["auto", "bgnbd", "mbgnbd", "paretonbd"];

type WorksheetFunction = (...args: unknown[]) => Promise<unknown>;

/** The runtime's Error as Office.js defines it: a code (the ErrorCode string) and a message. */
class RuntimeError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

/** The bundle loaded in a fresh context: the functions it associated, by id, and how often Math.log was called. */
function loadBundle(countLogarithms: boolean): { functions: Map<string, WorksheetFunction>; logarithms: () => number } {
  const functions = new Map<string, WorksheetFunction>();
  const CustomFunctions = {
    associate: (id: string, implementation: WorksheetFunction) => functions.set(id, implementation),
    Error: RuntimeError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!", nullReference: "#NULL!", invalidName: "#NAME?", invalidReference: "#REF!" },
  };
  const Office = { context: { displayLanguage: "en-US", requirements: { isSetSupported: (set: string, version: string) => set === "CustomFunctionsRuntime" && Number(version.split(".")[1]) <= 5 } } };
  const context = vm.createContext({ CustomFunctions, Office, console, setTimeout });
  // A page's global is `self` too; webpack's runtime keeps its chunk list there.
  context.self = context;
  const counter = { calls: 0 };
  if (countLogarithms) {
    context.counter = counter;
    vm.runInContext("{ const log = Math.log; Math.log = (x) => { counter.calls += 1; return log(x); }; }", context);
  }
  vm.runInContext(fs.readFileSync(path.join(DIST, "functions.js"), "utf8"), context, { filename: "functions.js" });
  return { functions, logarithms: () => counter.calls };
}

/** The first 100,000 rows of the benchmark's simulated log as two sheet columns: customer ids and date serials. */
function purchaseColumns(): { customers: string[][]; dates: number[][] } {
  const { parameters, options } = benchmarkScenario(60_000);
  const log = simulateTransactionLog(parameters, options);
  expect(log.length).toBeGreaterThanOrEqual(ROWS);
  const customers: string[][] = [];
  const dates: number[][] = [];
  for (let row = 0; row < ROWS; row += 1) {
    customers.push([log.customerIds[log.customer[row]]]);
    dates.push([log.day[row] + 25569]);
  }
  expect(isoDateText(dates[0][0] - 25569)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  return { customers, dates };
}

/** How KV.PURCHASEMODEL's parameters are shaped, from dist/functions.json. */
function purchaseModelMetadata(): { parameters: { name: string; dimensionality?: string; customEnumId?: string }[]; options?: { requiresParameterAddresses?: boolean; cancelable?: boolean } } {
  const metadata = JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8"));
  return metadata.functions.find((fn: { id: string }) => fn.id === "PURCHASEMODEL");
}

/** Excel's call of formula `index`: =KV.PURCHASEMODEL(A2:A100001, B2:B100001, <model>, , "week") in row index + 2. */
function formulaArguments(columns: { customers: string[][]; dates: number[][] }, index: number): unknown[] {
  const invocation = { functionName: "PURCHASEMODEL", parameterAddresses: ["Data!A2:A100001", "Data!B2:B100001", `Models!A${index + 2}`, "", "", ""], isInValuePreview: false };
  return [columns.customers, columns.dates, MODELS[index % MODELS.length], null, "week", null, invocation];
}

describe("the worksheet functions loaded as Excel loads them (dist/functions.js)", () => {
  const columns = purchaseColumns();

  it("associates every function of functions.json, and KV.PURCHASEMODEL takes two ranges, the model and time unit as choices, and the invocation, and can be cancelled", () => {
    const { functions } = loadBundle(false);
    const metadata = JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8"));
    expect([...functions.keys()].sort()).toEqual(metadata.functions.map((fn: { id: string }) => fn.id).sort());
    const purchaseModel = purchaseModelMetadata();
    expect(purchaseModel.parameters.map((p) => [p.name, p.dimensionality ?? "scalar", p.customEnumId ?? ""])).toEqual([
      ["customers", "matrix", ""],
      ["dates", "matrix", ""],
      ["model", "scalar", "PurchaseModelOption"],
      ["asOf", "scalar", ""],
      ["timeUnit", "scalar", "TimeUnitOption"],
      ["dateOrder", "scalar", ""],
    ]);
    expect(purchaseModel.options).toEqual({ cancelable: true, requiresParameterAddresses: true });
  });

  it(`fits ${FORMULAS} formulas over the same ${ROWS.toLocaleString("en")}-row range once: the first fits, the others answer from the cache`, async () => {
    const { functions, logarithms } = loadBundle(true);
    const purchaseModel = functions.get("PURCHASEMODEL") as WorksheetFunction;
    const first = (await purchaseModel(...formulaArguments(columns, 0))) as unknown[][];
    expect(first[0]).toEqual(["model", "bgnbd"]);
    // Three models fitted on ~45,000 customers: hundreds of thousands of logarithms.
    const perCall = [logarithms()];
    const results: unknown[][][] = [];
    for (let k = 0; k < FORMULAS - 1; k += 1) {
      const before = logarithms();
      results.push((await purchaseModel(...formulaArguments(columns, k + 1))) as unknown[][]);
      perCall.push(logarithms() - before);
    }
    expect(perCall[0]).toBeGreaterThan(100_000);
    expect(Math.max(...perCall.slice(1))).toBeLessThan(1_000);
    expect(results.map((rows) => rows[0][1])).toEqual(Array.from({ length: FORMULAS - 1 }, (_, k) => (MODELS[(k + 1) % MODELS.length] === "auto" ? "bgnbd" : MODELS[(k + 1) % MODELS.length])));
    // The auto answer is the same every time it is asked for.
    expect(results[3]).toEqual(first);
  });

  it("shows in a formula's value preview the cached fit, and nothing is fitted for a preview of new data", async () => {
    const { functions, logarithms } = loadBundle(true);
    const purchaseModel = functions.get("PURCHASEMODEL") as WorksheetFunction;
    const previewed = (args: unknown[]) => [...args.slice(0, -1), { ...(args[args.length - 1] as object), isInValuePreview: true }];
    await expect(purchaseModel(...previewed(formulaArguments(columns, 0)))).rejects.toEqual(new RuntimeError("#N/A", "Not fitted in the preview: the model is fitted when you press Enter."));
    expect(logarithms()).toBe(0);
    const entered = await purchaseModel(...formulaArguments(columns, 0));
    const calls = logarithms();
    expect(calls).toBeGreaterThan(100_000);
    expect(await purchaseModel(...previewed(formulaArguments(columns, 0)))).toEqual(entered);
    expect(logarithms() - calls).toBeLessThan(1_000);
  });

  it("stops a fit Excel cancels before it is done, and caches nothing: the next formula fits in full", async () => {
    const { functions, logarithms } = loadBundle(true);
    const purchaseModel = functions.get("PURCHASEMODEL") as WorksheetFunction;
    const complete = await purchaseModel(...formulaArguments(columns, 0));
    const fullFit = logarithms();
    const fresh = loadBundle(true);
    const cancelled = fresh.functions.get("PURCHASEMODEL") as WorksheetFunction;
    const args = formulaArguments(columns, 0);
    const invocation = args[args.length - 1] as { onCanceled?: () => void };
    const answer = cancelled(...args);
    // Excel cancels the formula as soon as it has started (its cell was edited): the runtime calls onCanceled.
    expect(typeof invocation.onCanceled).toBe("function");
    invocation.onCanceled?.();
    await expect(answer).rejects.toMatchObject({ code: "#N/A" });
    expect(fresh.logarithms()).toBeLessThan(fullFit / 10);
    expect(await cancelled(...formulaArguments(columns, 0))).toEqual(complete);
    expect(fresh.logarithms()).toBeGreaterThan(fullFit / 2);
  });

  it("reports how long the first formula and the following ones take (uninstrumented)", async () => {
    const { functions } = loadBundle(false);
    const purchaseModel = functions.get("PURCHASEMODEL") as WorksheetFunction;
    const times: number[] = [];
    for (let index = 0; index < FORMULAS; index += 1) {
      const start = performance.now();
      await purchaseModel(...formulaArguments(columns, index));
      times.push(performance.now() - start);
    }
    const following = times.slice(1).sort((a, b) => a - b);
    const report = {
      rows: ROWS,
      formulas: FORMULAS,
      firstMilliseconds: Math.round(times[0]),
      followingMedianMilliseconds: Math.round(following[Math.floor(following.length / 2)] * 10) / 10,
      followingMaxMilliseconds: Math.round(following[following.length - 1] * 10) / 10,
      allMilliseconds: Math.round(times.reduce((sum, time) => sum + time, 0)),
    };
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    fs.writeFileSync(path.join(ARTIFACTS, "functions-cache.json"), `${JSON.stringify(report, null, 2)}\n`);
    console.log(`KV.PURCHASEMODEL, ${FORMULAS} formulas over ${ROWS} rows: first ${report.firstMilliseconds} ms, then median ${report.followingMedianMilliseconds} ms (max ${report.followingMaxMilliseconds} ms)`);
    // A cached answer reads and hashes the 200,000 cells; a fit also reads, summarises and fits three models.
    expect(report.followingMedianMilliseconds).toBeLessThan(report.firstMilliseconds);
  });
});
