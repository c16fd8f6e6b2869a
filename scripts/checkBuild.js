/*
 * Checks a production build before it ships: node scripts/checkBuild.js [distDir]   (default: dist/)
 *
 * - dist/manifest.xml exists, names no localhost, and every URL in it is under the production URL
 *   (KV_PRODUCTION_URL or package.json config.production_url, the same rule as scripts/addinUrls.js)
 *   and names a file that exists in dist/;
 * - dist/functions.json parses, has functions, and each help URL is under the production URL and names a
 *   heading (anchor) that exists in dist/functions.html;
 * - each language's metadata (functions.da.json, functions.sv.json) does too, has valid function names, and
 *   the same functions as functions.json (ids, parameters, types, results; only names and descriptions differ);
 * - dist/taskpane.html loads functions.js before taskpane.js (one shared runtime page);
 * - the pane's initial JavaScript (the scripts taskpane.html loads from dist/; office.js comes from Microsoft's
 *   CDN and is not ours) is at most 400 KB (1 KB = 1024 bytes) gzipped, so the pane opens fast in Excel on the web.
 * Prints a one-line summary, or every problem found and exits with status 1.
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const { productionUrl } = require("./addinUrls.js");
const { LANGUAGES, functionNameProblems, localeFileName, untranslatedShape } = require("./functionTranslations.js");

/** URLs written as DefaultValue="…" / Value="…" attributes or as <AppDomain> text (xmlns namespaces are not URLs to serve). */
function manifestUrls(xml) {
  const attributes = [...xml.matchAll(/\b(?:DefaultValue|Value)="([a-z][a-z0-9+.-]*:\/\/[^"]*)"/gi)].map((m) => m[1]);
  const domains = [...xml.matchAll(/<AppDomain>\s*([^<\s]*)\s*<\/AppDomain>/g)].map((m) => m[1]);
  return [...attributes, ...domains];
}

/** The file in `dist` that a URL under `baseUrl` names (query and fragment dropped). */
function distFile(dist, url, baseUrl) {
  return path.join(dist, decodeURIComponent(url.slice(baseUrl.length).replace(/[?#].*$/, "")));
}

/** Whether some element in `html` has this id; the build minifies HTML, so the quotes may be gone (id=kv.clv). */
function hasElementId(html, id) {
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`\\sid=(["']?)${escaped}\\1(?=[\\s/>])`).test(html);
}

function isFile(file) {
  return fs.existsSync(file) && fs.statSync(file).isFile();
}

function readText(dist, name, problems) {
  const file = path.join(dist, name);
  if (isFile(file)) return fs.readFileSync(file, "utf8");
  problems.push(`${name} is missing from ${dist}`);
  return undefined;
}

function checkManifest(dist, baseUrl, problems) {
  const xml = readText(dist, "manifest.xml", problems);
  if (xml === undefined) return 0;
  if (/localhost/i.test(xml)) problems.push("manifest.xml still mentions localhost: the production URL rewrite did not run");
  const urls = manifestUrls(xml);
  if (urls.length === 0) problems.push("manifest.xml has no URLs");
  for (const url of urls) {
    if (!url.startsWith(baseUrl)) problems.push(`manifest.xml: ${url} is not under the production URL ${baseUrl}`);
    else if (!isFile(distFile(dist, url, baseUrl))) problems.push(`manifest.xml: ${url} names no file in ${dist}`);
  }
  return urls.length;
}

/** Reads and parses a functions metadata file; returns its functions, or undefined (with the problem recorded). */
function readFunctions(dist, name, problems) {
  const json = readText(dist, name, problems);
  if (json === undefined) return undefined;
  let functions;
  try {
    functions = JSON.parse(json).functions;
  } catch (error) {
    problems.push(`${name} does not parse: ${error.message}`);
    return undefined;
  }
  if (!Array.isArray(functions) || functions.length === 0) {
    problems.push(`${name} has no functions`);
    return undefined;
  }
  return functions;
}

/** Each function's help URL is under the production URL and names a heading of dist/functions.html. */
function checkHelpUrls(dist, name, functions, baseUrl, problems) {
  const html = isFile(path.join(dist, "functions.html")) ? fs.readFileSync(path.join(dist, "functions.html"), "utf8") : "";
  for (const { id, helpUrl } of functions) {
    if (!helpUrl) problems.push(`${name}: ${id} has no helpUrl`);
    else if (!helpUrl.startsWith(baseUrl)) problems.push(`${name}: ${id} helpUrl ${helpUrl} is not under the production URL ${baseUrl}`);
    else if (!isFile(distFile(dist, helpUrl, baseUrl))) problems.push(`${name}: ${id} helpUrl ${helpUrl} names no file in ${dist}`);
    else {
      const anchor = new URL(helpUrl).hash.slice(1);
      if (anchor && !hasElementId(html, anchor)) problems.push(`${name}: ${id} helpUrl ${helpUrl}: functions.html has no heading with id "${anchor}"`);
    }
  }
}

function checkFunctions(dist, baseUrl, problems) {
  const functions = readFunctions(dist, "functions.json", problems);
  if (functions === undefined) return undefined;
  checkHelpUrls(dist, "functions.json", functions, baseUrl, problems);
  return functions;
}

/**
 * Each language's metadata (functions.da.json, functions.sv.json) exists, has the functions of functions.json
 * with the same ids, parameters, types and results (only names and descriptions differ), valid names, and help
 * URLs like functions.json's.
 */
function checkLocalizedFunctions(dist, baseUrl, englishFunctions, problems) {
  const files = Object.keys(LANGUAGES).map(localeFileName);
  for (const name of files) {
    const functions = readFunctions(dist, name, problems);
    if (functions === undefined) continue;
    checkHelpUrls(dist, name, functions, baseUrl, problems);
    for (const fn of functions) {
      for (const problem of functionNameProblems(fn.name)) problems.push(`${name}: ${fn.id}: ${problem}`);
    }
    if (englishFunctions === undefined) continue;
    // Help URLs are checked above, file by file.
    const shape = (list) => JSON.stringify(untranslatedShape({ functions: list.map((fn) => ({ ...fn, helpUrl: undefined })) }));
    if (shape(functions) !== shape(englishFunctions)) {
      problems.push(`${name} does not have the same functions (ids, parameters, types, results) as functions.json: rebuild it from functions.json`);
    }
  }
  return files;
}

/** The budget for the scripts taskpane.html loads from dist/, gzipped (what Excel on the web downloads first). */
const INITIAL_SCRIPT_BUDGET_BYTES = 400 * 1024;

function kilobytes(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** The src of every <script> in the page, in order (query and fragment dropped). */
function scriptSources(html) {
  // The production build minifies the page, dropping attribute quotes: <script defer src=functions.js>.
  return [...html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)].map((m) => (m[1] ?? m[2] ?? m[3]).replace(/[?#].*$/, ""));
}

/** Adds up the gzipped size of the scripts the page loads from `dist`; returns it, or undefined when one is missing. */
function initialScriptBytes(dist, sources, problems) {
  const local = sources.filter((source) => !/^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(source));
  let total = 0;
  for (const source of local) {
    const file = path.join(dist, decodeURIComponent(source.replace(/^\//, "")));
    if (!isFile(file)) {
      problems.push(`taskpane.html loads ${source}, which is not in ${dist}`);
      return undefined;
    }
    total += zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
  }
  if (total > INITIAL_SCRIPT_BUDGET_BYTES) {
    problems.push(
      `the task pane's initial JavaScript (${local.join(", ")}) is ${kilobytes(total)} gzipped, over the budget of ${kilobytes(INITIAL_SCRIPT_BUDGET_BYTES)}: load rarely used parts with import() or drop a dependency`,
    );
  }
  return total;
}

/** Checks taskpane.html's scripts; returns the gzipped size of its initial JavaScript (undefined when unknown). */
function checkTaskpane(dist, problems) {
  const html = readText(dist, "taskpane.html", problems);
  if (html === undefined) return undefined;
  const sources = scriptSources(html);
  const scripts = sources.map((source) => path.posix.basename(source));
  const functionsAt = scripts.indexOf("functions.js");
  const taskpaneAt = scripts.indexOf("taskpane.js");
  if (functionsAt < 0) problems.push("taskpane.html does not load functions.js: the custom functions would not register");
  if (taskpaneAt < 0) problems.push("taskpane.html does not load taskpane.js");
  if (functionsAt >= 0 && taskpaneAt >= 0 && functionsAt > taskpaneAt) problems.push("taskpane.html loads taskpane.js before functions.js");
  return initialScriptBytes(dist, sources, problems);
}

/** Checks `dist` against `baseUrl`; returns the problems found and what was counted for the summary. */
function checkBuild(dist, baseUrl) {
  const problems = [];
  if (!fs.existsSync(dist)) {
    return { problems: [`${dist} does not exist: run \`npx webpack --mode production\` first`], urls: 0, functions: 0, localized: [], initialScriptBytes: undefined };
  }
  const urls = checkManifest(dist, baseUrl, problems);
  const functions = checkFunctions(dist, baseUrl, problems);
  const localized = checkLocalizedFunctions(dist, baseUrl, functions, problems);
  const initialScriptBytes = checkTaskpane(dist, problems);
  return { problems, urls, functions: functions?.length ?? 0, localized, initialScriptBytes };
}

function main() {
  const dist = path.resolve(process.argv[2] || path.join(__dirname, "..", "dist"));
  let baseUrl;
  try {
    baseUrl = productionUrl();
  } catch (error) {
    console.error(`checkBuild: ${error.message}`);
    process.exit(1);
  }
  const { problems, urls, functions, localized, initialScriptBytes } = checkBuild(dist, baseUrl);
  if (problems.length > 0) {
    console.error(`checkBuild: ${problems.length} problem(s) in ${dist}:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    process.exit(1);
  }
  console.log(`checkBuild: OK: ${path.relative(process.cwd(), dist) || "."} has manifest.xml (${urls} URLs under ${baseUrl}), functions.json (${functions} function${functions === 1 ? "" : "s"}) translated in ${localized.join(" and ")}, taskpane.html loading functions.js then taskpane.js (initial JavaScript ${kilobytes(initialScriptBytes)} gzipped, budget ${kilobytes(INITIAL_SCRIPT_BUDGET_BYTES)})`);
}

if (require.main === module) main();

module.exports = { checkBuild, INITIAL_SCRIPT_BUDGET_BYTES };
