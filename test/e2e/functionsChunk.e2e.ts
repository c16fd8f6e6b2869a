/**
 * The worksheet functions' lazily loaded chunk in a real page: dist/functions.js loaded in headless Chromium from the
 * demo server (dist/ over http://localhost) the way dist/taskpane.html loads it — the same script tag, in a page beside
 * it — with `CustomFunctions` and `Office` stubbed as Excel's shared runtime gives them. KV.CSI imports Student's t
 * quantile on first use, which webpack emits as a chunk of its own (dist/<id>.js, publicPath ""): the chunk must be
 * fetched from beside the page only when KV.CSI is first called, answer 200, and give the documented result; functions
 * that do not need it (KV.CLV, KV.NPSINTERVAL) must work without it. Needs `npm run build` first.
 */
import fs from "fs";
import path from "path";
import studentQuantile from "@stdlib/stats-base-dists-t-quantile";
import type { Browser, Page } from "playwright-core";
import { satisfactionAnswers, satisfactionIndex } from "../../src/core/customerSatisfaction";
import { netPromoterInterval } from "../../src/core/netPromoterInterval";
import { netPromoterCounts } from "../../src/core/netPromoterScore";
import { isolatedContext, launchChromium, watchErrors, type PageWatch } from "./browser";
import { startDemo, type RunningDemo } from "./demoServer";

const DIST = path.resolve(__dirname, "../../dist");

/** The page the test serves itself, beside taskpane.html (the server's root is dist/). */
const PAGE = "functions-chunk.e2e.html";

/** A chunk webpack emits for a dynamic import(): a numeric id (production's deterministic ids) and .js. */
const CHUNK_FILE = /^\d+\.js$/;

/** The documented KV.CSI example (docs/functions.md): mean 3.7 on 1–5, index 67.50, interval 43.58 to 91.42. */
const DOCUMENTED_ANSWERS = [5, 4, 4, 3, 5, 2, 4, 5, 1, 4];
/** Another survey with the same mean (3.7) and a smaller spread: a second KV.CSI formula. */
const OTHER_ANSWERS = [5, 4, 4, 3, 5, 2, 4, 3, 4, 3];

/** A range of one column as Excel passes it to a matrix parameter. */
const column = (values: readonly number[]): number[][] => values.map((value) => [value]);

/** The `src` of the script tag with which dist/taskpane.html loads functions.js, as written there. */
function functionsScriptSource(): string {
  const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  const sources = [...html.matchAll(/<script\b[^>]*?\bsrc=(["']?)([^"'\s>]+)\1[^>]*>/g)].map((match) => match[2]);
  const source = sources.find((src) => /(^|\/)functions\.js$/.test(src));
  if (!source) throw new Error(`dist/taskpane.html loads no functions.js (its scripts: ${sources.join(", ")})`);
  return source;
}

/**
 * A page that stubs the shared runtime's globals and then loads functions.js with `source`: `CustomFunctions` whose
 * associate keeps each function by id (window.kvAssociated), whose Error is the runtime's (a code and a message);
 * `Office` with onReady, an English display language and CustomFunctionsRuntime up to 1.5.
 */
function testPage(source: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Kundeværdi worksheet functions</title>
<script>
  window.kvAssociated = {};
  class RuntimeError {
    constructor(code, message) {
      this.code = code;
      this.message = message;
    }
  }
  window.CustomFunctions = {
    associate: (id, implementation) => {
      window.kvAssociated[id] = implementation;
    },
    Error: RuntimeError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!", nullReference: "#NULL!", invalidName: "#NAME?", invalidReference: "#REF!" },
  };
  const info = { host: "Excel", platform: "PC" };
  window.Office = {
    HostType: { Excel: "Excel" },
    onReady: (callback) => {
      if (callback) callback(info);
      return Promise.resolve(info);
    },
    context: {
      displayLanguage: "en-US",
      requirements: { isSetSupported: (set, version = "1.1") => set === "CustomFunctionsRuntime" && Number(version.split(".")[1] ?? 0) <= 5 },
    },
  };
</script>
<script defer src="${source}"></script>
</head>
<body></body>
</html>
`;
}

/** What a call of an associated function gave: its result, or the error it threw or rejected with. */
type Outcome = { result: unknown } | { error: { code?: string; message?: string } };

/** Calls the function associated with `id` in the page, as Excel would, and awaits it. */
function callFunction(page: Page, id: string, args: unknown[]): Promise<Outcome> {
  return page.evaluate(
    async ({ id, args }) => {
      const associated = (window as unknown as { kvAssociated: Record<string, (...values: unknown[]) => unknown> }).kvAssociated;
      try {
        return { result: await associated[id](...args) };
      } catch (error) {
        const { code, message } = error as { code?: string; message?: string };
        return { error: { code, message } };
      }
    },
    { id, args },
  );
}

/** The invocation Excel passes to a function with @requiresParameterAddresses. */
const invocation = (functionName: string, parameterAddresses: string[]) => ({ functionName, parameterAddresses, isInValuePreview: false });

/** KV.CSI's rows as the source computes them in Node, with the same Student's t quantile. */
function expectedCsi(answers: readonly number[]): unknown[][] {
  const read = satisfactionAnswers(column(answers));
  const csi = satisfactionIndex(read, 0.95, studentQuantile);
  return [
    ["csi", csi.index],
    ["low", csi.low],
    ["high", csi.high],
    ["mean", csi.mean],
    ["answers", csi.answers],
    ["scale", read.scale],
    ["scaleDetected", read.detected],
    ["confidence", 0.95],
  ];
}

/** Rounds the numbers of name-and-value rows to 2 decimals, as docs/functions.md shows them. */
const shown = (rows: unknown): unknown => (rows as unknown[][]).map(([name, value]) => [name, typeof value === "number" ? Math.round(value * 100) / 100 : value]);

let demo: RunningDemo;
let browser: Browser;

beforeAll(async () => {
  [demo, browser] = await Promise.all([startDemo({ sample: false }), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await demo?.stop();
});

describe("the worksheet functions' lazily loaded chunk in Chromium (dist/functions.js beside taskpane.html)", () => {
  let page: Page;
  let watch: PageWatch;
  const chunkFiles = fs.existsSync(DIST) ? fs.readdirSync(DIST).filter((file) => CHUNK_FILE.test(file)) : [];
  /** The same-origin paths the page requested, in order. */
  const requested: string[] = [];
  /** The status each same-origin path was answered with. */
  const answered = new Map<string, number>();
  const consoleErrors: string[] = [];
  const failedRequests: string[] = [];
  /** The chunks the first KV.CSI call fetched (webpack may split Student's t into more than one, shared with other functions). */
  let csiChunks: string[] = [];
  const chunkRequests = () => requested.filter((pathname) => CHUNK_FILE.test(pathname.slice(1)));

  beforeAll(async () => {
    const isolated = await isolatedContext(browser, "en-US");
    watch = isolated.watch;
    page = await isolated.context.newPage();
    watchErrors(page, watch);
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(`${message.text()} (${message.location().url})`);
    });
    page.on("requestfailed", (request) => failedRequests.push(`${request.url()}: ${request.failure()?.errorText}`));
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (url.origin === new URL(demo.url).origin) requested.push(url.pathname);
    });
    page.on("response", (response) => {
      const url = new URL(response.url());
      if (url.origin === new URL(demo.url).origin) answered.set(url.pathname, response.status());
    });
    await page.route(`${demo.url}${PAGE}`, (route) => route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: testPage(functionsScriptSource()) }));
    await page.goto(`${demo.url}${PAGE}`, { waitUntil: "load" });
    // Anything requested without a call (a prefetch, an eager chunk) has been requested once the network is idle.
    await page.waitForLoadState("networkidle");
  });

  it("builds chunks beside functions.js, and taskpane.html loads functions.js by a path relative to itself", () => {
    expect(chunkFiles.length).toBeGreaterThan(0);
    const source = functionsScriptSource();
    expect(source).not.toMatch(/^\/|^[a-z]+:/i);
    expect(path.posix.dirname(source)).toBe(".");
  });

  it("loads functions.js, which associates every function of functions.json, and does not request the chunk", async () => {
    expect(requested).toEqual([`/${PAGE}`, "/functions.js"]);
    expect(answered.get("/functions.js")).toBe(200);
    const associated = await page.evaluate(() => Object.keys((window as unknown as { kvAssociated: object }).kvAssociated));
    const metadata = JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8")) as { functions: { id: string }[] };
    expect(associated.sort()).toEqual(metadata.functions.map((fn) => fn.id).sort());
    expect(chunkRequests()).toEqual([]);
  });

  it("answers KV.CLV and KV.NPSINTERVAL without the chunk", async () => {
    expect(await callFunction(page, "CLV", [500, 4, 3, 0.4, 0.1])).toEqual({ result: expect.closeTo(1989.48, 2) });
    const scores = [10, 9, 9, 8, 7, 3, 10, 6];
    const nps = await callFunction(page, "NPSINTERVAL", [column(scores), null, invocation("NPSINTERVAL", ["Survey!A2:A9", ""])]);
    const interval = netPromoterInterval(netPromoterCounts(column(scores)), 0.95);
    expect(nps).toEqual({ result: [["nps", interval.score], ["low", interval.low], ["high", interval.high], ["answers", 8], ["confidence", 0.95]] });
    // docs/functions.md: =KV.NPSINTERVAL({10,9,9,8,7,3,10,6}) → {"nps",25;"low",-29.42;"high",65.78;"answers",8;"confidence",0.95}
    expect(shown((nps as { result: unknown }).result)).toEqual([["nps", 25], ["low", -29.42], ["high", 65.78], ["answers", 8], ["confidence", 0.95]]);
    expect(chunkRequests()).toEqual([]);
  });

  it("fetches its chunks from beside the page on the first KV.CSI call, answered 200, and gives the documented result", async () => {
    const before = requested.length;
    const [, csi] = await Promise.all([
      page.waitForResponse((response) => CHUNK_FILE.test(path.posix.basename(new URL(response.url()).pathname)), { timeout: 5_000 }),
      callFunction(page, "CSI", [column(DOCUMENTED_ANSWERS), null, null, invocation("CSI", ["Survey!A2:A11", "", ""])]),
    ]);
    csiChunks = requested.slice(before);
    expect(csiChunks.length).toBeGreaterThan(0);
    // Only chunk files of dist/, each answered 200: nothing else was fetched for the call.
    for (const chunk of csiChunks) {
      expect(chunkFiles.map((file) => `/${file}`)).toContain(chunk);
      expect(answered.get(chunk)).toBe(200);
    }
    expect(chunkRequests()).toEqual(csiChunks);
    expect(csi).toEqual({ result: expectedCsi(DOCUMENTED_ANSWERS) });
    // docs/functions.md: =KV.CSI({5,4,4,3,5,2,4,5,1,4}) → {"csi",67.50;"low",43.58;"high",91.42;"mean",3.70;"answers",10;…}
    expect(shown((csi as { result: unknown }).result)).toEqual([
      ["csi", 67.5],
      ["low", 43.58],
      ["high", 91.42],
      ["mean", 3.7],
      ["answers", 10],
      ["scale", "1-5"],
      ["scaleDetected", true],
      ["confidence", 0.95],
    ]);
  });

  it("answers a second KV.CSI formula from the loaded chunks, without fetching them again", async () => {
    const csi = await callFunction(page, "CSI", [column(OTHER_ANSWERS), "1-5", 0.95, invocation("CSI", ["Survey!B2:B11", "Survey!C1", "Survey!C2"])]);
    const expected = expectedCsi(OTHER_ANSWERS).map(([name, value]) => [name, name === "scaleDetected" ? false : value]);
    expect(csi).toEqual({ result: expected });
    expect((csi as { result: unknown[][] }).result[0]).toEqual(["csi", 67.5]);
    expect(chunkRequests()).toEqual(csiChunks);
  });

  it("raised no page error, console error or failed request, and nothing left the machine", () => {
    expect(watch.errors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(failedRequests).toEqual([]);
    expect(watch.blockedRequests).toEqual([]);
    expect([...answered.values()].every((status) => status === 200)).toBe(true);
  });
});
