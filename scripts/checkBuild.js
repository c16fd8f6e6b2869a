/*
 * Checks a production build before it ships: node scripts/checkBuild.js [distDir]   (default: dist/)
 *
 * - dist/manifest.xml exists, names no localhost, and every URL in it is under the production URL
 *   (KV_PRODUCTION_URL or package.json config.production_url, the same rule as scripts/addinUrls.js)
 *   and names a file that exists in dist/;
 * - dist/functions.json parses, has functions, and each help URL is under the production URL and names a
 *   heading (anchor) that exists in dist/functions.html;
 * - dist/taskpane.html loads functions.js before taskpane.js (one shared runtime page).
 * Prints a one-line summary, or every problem found and exits with status 1.
 */
const fs = require("fs");
const path = require("path");
const { productionUrl } = require("./addinUrls.js");

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

function checkFunctions(dist, baseUrl, problems) {
  const json = readText(dist, "functions.json", problems);
  if (json === undefined) return 0;
  let functions;
  try {
    functions = JSON.parse(json).functions;
  } catch (error) {
    problems.push(`functions.json does not parse: ${error.message}`);
    return 0;
  }
  if (!Array.isArray(functions) || functions.length === 0) {
    problems.push("functions.json has no functions");
    return 0;
  }
  const html = isFile(path.join(dist, "functions.html")) ? fs.readFileSync(path.join(dist, "functions.html"), "utf8") : "";
  for (const { id, helpUrl } of functions) {
    if (!helpUrl) problems.push(`functions.json: ${id} has no helpUrl`);
    else if (!helpUrl.startsWith(baseUrl)) problems.push(`functions.json: ${id} helpUrl ${helpUrl} is not under the production URL ${baseUrl}`);
    else if (!isFile(distFile(dist, helpUrl, baseUrl))) problems.push(`functions.json: ${id} helpUrl ${helpUrl} names no file in ${dist}`);
    else {
      const anchor = new URL(helpUrl).hash.slice(1);
      if (anchor && !hasElementId(html, anchor)) problems.push(`functions.json: ${id} helpUrl ${helpUrl}: functions.html has no heading with id "${anchor}"`);
    }
  }
  return functions.length;
}

function checkTaskpane(dist, problems) {
  const html = readText(dist, "taskpane.html", problems);
  if (html === undefined) return;
  // The production build minifies the page, dropping attribute quotes: <script defer src=functions.js>.
  const scripts = [...html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)].map((m) =>
    path.posix.basename((m[1] ?? m[2] ?? m[3]).replace(/[?#].*$/, "")),
  );
  const functionsAt = scripts.indexOf("functions.js");
  const taskpaneAt = scripts.indexOf("taskpane.js");
  if (functionsAt < 0) problems.push("taskpane.html does not load functions.js: the custom functions would not register");
  if (taskpaneAt < 0) problems.push("taskpane.html does not load taskpane.js");
  if (functionsAt >= 0 && taskpaneAt >= 0 && functionsAt > taskpaneAt) problems.push("taskpane.html loads taskpane.js before functions.js");
}

/** Checks `dist` against `baseUrl`; returns the problems found and what was counted for the summary. */
function checkBuild(dist, baseUrl) {
  const problems = [];
  if (!fs.existsSync(dist)) return { problems: [`${dist} does not exist: run \`npx webpack --mode production\` first`], urls: 0, functions: 0 };
  const urls = checkManifest(dist, baseUrl, problems);
  const functions = checkFunctions(dist, baseUrl, problems);
  checkTaskpane(dist, problems);
  return { problems, urls, functions };
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
  const { problems, urls, functions } = checkBuild(dist, baseUrl);
  if (problems.length > 0) {
    console.error(`checkBuild: ${problems.length} problem(s) in ${dist}:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    process.exit(1);
  }
  console.log(`checkBuild: OK: ${path.relative(process.cwd(), dist) || "."} has manifest.xml (${urls} URLs under ${baseUrl}), functions.json (${functions} function${functions === 1 ? "" : "s"}), taskpane.html loading functions.js then taskpane.js`);
}

if (require.main === module) main();

module.exports = { checkBuild };
