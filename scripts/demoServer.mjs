/*
 * `npm run demo` (after the build): serves the production task pane (dist/) beside the demo page (dist-demo/) on
 * http://localhost, so the real pane can be tried in a browser against the in-page workbook, without Excel and
 * without network access:
 *   /                      the demo page (dist-demo/demo.html): the workbook on the left, the pane in an iframe
 *   /demo/…                the demo page's scripts (dist-demo/)
 *   /taskpane.html         dist/taskpane.html with the office.js CDN script pointed at /office-js/office.js and
 *                          office.js's framing opt-out set (see servedTaskpane); the file on disk is never changed
 * The two pages are served with a policy that keeps office.js's telemetry frame from loading (PAGE_POLICY).
 *   /office-js/…           node_modules/@microsoft/office-js/dist (office.js loads its sibling files from there)
 *   /data/cdnowElog.csv    test/fixtures/cdnowElog.csv, the CDNOW sample (not with --no-sample: the page then simulates a log)
 *   anything else          dist/
 * Usage: node scripts/demoServer.mjs [--port N] [--no-sample] (port default 8080, or DEMO_PORT; 0 picks a free
 * port; --no-sample serves no sample, so the page simulates a log). It prints the URL on a line of its own
 * ("Demo: http://localhost:N/"), which the end-to-end test reads.
 */
import { createReadStream, existsSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const DIST = path.join(REPO_ROOT, "dist");
const DEMO = path.join(REPO_ROOT, "dist-demo");
const OFFICE_JS = path.join(REPO_ROOT, "node_modules", "@microsoft", "office-js", "dist");
const SAMPLE_CSV = path.join(REPO_ROOT, "test", "fixtures", "cdnowElog.csv");

/** The office.js script tag html-webpack-plugin leaves in taskpane.html (minified: no attribute quotes). */
const OFFICE_JS_CDN = /(<script\b[^>]*?\bsrc=)(["']?)https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js\2/;
const LOCAL_OFFICE_JS = "/office-js/office.js";

const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
};

/**
 * Declared before office.js loads. office.js, loaded in a frame whose parent is not an Office host, navigates the
 * frame to about:blank unless a global `OsfOptOut` exists (office.debug.js, OSF._OfficeAppFactory's plain-browser
 * branch); with it, Office.onReady resolves with host null as in a top-level page, and the pane finds the demo's
 * workbook on its parent.
 */
const OFFICE_JS_FRAME_OPT_OUT = "<script>var OsfOptOut = true;</script>";

/**
 * The pages' Content-Security-Policy: frames and fetches only from this server. office.js opens a hidden frame on
 * Microsoft's telemetry service 3 s after it loads (o15apptofilemappingtable.js, ULSEndpointProxy); the demo
 * promises no network use, so the browser is told not to load it.
 */
const PAGE_POLICY = "frame-src 'self'; connect-src 'self'";

/**
 * taskpane.html as the demo serves it: office.js from the local copy instead of the CDN, with the framing opt-out
 * before it. Throws when the page has no CDN office.js script (a build that changed how office.js is loaded must
 * be looked at, not served half-working).
 * @example servedTaskpane('<script src=https://appsforoffice.microsoft.com/lib/1/hosted/office.js></script>')
 *   // '<script>var OsfOptOut = true;</script><script src=/office-js/office.js></script>'
 */
export function servedTaskpane(html) {
  const match = OFFICE_JS_CDN.exec(html);
  if (!match) throw new Error("taskpane.html does not load office.js from appsforoffice.microsoft.com");
  const [tag, opening, quote] = match;
  return `${html.slice(0, match.index)}${OFFICE_JS_FRAME_OPT_OUT}${opening}${quote}${LOCAL_OFFICE_JS}${quote}${html.slice(match.index + tag.length)}`;
}

/** The file under `root` that `relative` names, or undefined when it escapes `root` or is not a file. */
function fileUnder(root, relative) {
  const file = path.resolve(root, `.${path.posix.normalize(`/${relative}`)}`);
  if (file !== root && !file.startsWith(root + path.sep)) return undefined;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/** Maps a request path to a file, or to the rewritten task pane. */
function route(pathname, sample) {
  if (pathname === "/" || pathname === "/index.html") return { file: fileUnder(DEMO, "demo.html"), page: true };
  if (pathname === "/taskpane.html") return { file: fileUnder(DIST, "taskpane.html"), rewrite: servedTaskpane, page: true };
  if (pathname === "/data/cdnowElog.csv") return { file: sample ? SAMPLE_CSV : undefined };
  if (pathname.startsWith("/demo/")) return { file: fileUnder(DEMO, pathname.slice("/demo/".length)) };
  if (pathname.startsWith("/office-js/")) return { file: fileUnder(OFFICE_JS, pathname.slice("/office-js/".length)) };
  return { file: fileUnder(DIST, pathname.slice(1)) };
}

async function handle(request, response, sample) {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
  } catch {
    response.writeHead(400).end("Bad request");
    return;
  }
  if (request.method !== "GET" && request.method !== "HEAD") {
    response.writeHead(405, { Allow: "GET, HEAD" }).end();
    return;
  }
  const { file, rewrite, page } = route(pathname, sample);
  if (!file) {
    response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end(`Not found: ${pathname}`);
    return;
  }
  const headers = {
    "Content-Type": CONTENT_TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream",
    "Cache-Control": "no-store",
    ...(page ? { "Content-Security-Policy": PAGE_POLICY } : {}),
  };
  if (rewrite) {
    const body = rewrite(await readFile(file, "utf8"));
    response.writeHead(200, { ...headers, "Content-Length": Buffer.byteLength(body) });
    response.end(request.method === "HEAD" ? undefined : body);
    return;
  }
  response.writeHead(200, { ...headers, "Content-Length": statSync(file).size });
  if (request.method === "HEAD") response.end();
  else createReadStream(file).pipe(response);
}

/** What must exist before serving: the production build and the demo bundle. */
function missingBuildOutputs() {
  return [path.join(DIST, "taskpane.html"), path.join(DEMO, "demo.html"), path.join(OFFICE_JS, "office.js")].filter((file) => !existsSync(file));
}

/**
 * Starts the server on 127.0.0.1 (`port` 0: a free port); resolves with its URL and a close function.
 * `sample: false` serves no CDNOW sample (the page then simulates a log).
 * @example const { url, close } = await startDemoServer(0);
 */
export async function startDemoServer(port, { sample = true } = {}) {
  const missing = missingBuildOutputs();
  if (missing.length > 0) throw new Error(`missing ${missing.map((file) => path.relative(REPO_ROOT, file)).join(", ")}: run \`npm run build\` first`);
  const server = createServer((request, response) => {
    handle(request, response, sample).catch((error) => {
      if (!response.headersSent) response.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
      response.end(String(error?.message ?? error));
    });
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  const url = `http://localhost:${server.address().port}/`;
  return { url, close: () => new Promise((resolve) => server.close(resolve)) };
}

function portArgument(args) {
  const at = args.indexOf("--port");
  const text = at >= 0 ? args[at + 1] : process.env.DEMO_PORT;
  if (text === undefined) return 8080;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a whole number from 0 to 65535, got "${text}"`);
  return port;
}

async function main() {
  const args = process.argv.slice(2);
  const sample = !args.includes("--no-sample");
  const { url } = await startDemoServer(portArgument(args), { sample });
  console.log(`Demo: ${url}`);
  console.log(sample ? `Seeded with ${path.relative(process.cwd(), SAMPLE_CSV)}.` : "No CDNOW sample served: the demo simulates a purchase log.");
  console.log("Stop with Ctrl+C.");
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(`demoServer: ${error.message}`);
    process.exit(1);
  });
}
