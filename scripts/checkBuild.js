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
 * - each icon the manifest shows (IconUrl, HighResolutionIconUrl, every ribbon <bt:Image size=…>) is a PNG of
 *   exactly the size declared for it (read from the PNG header);
 * - the manifest's SupportUrl is the support page, with the Danish and Swedish pages as its da-DK and sv-SE overrides;
 * - the support page and the privacy statement exist in English, Danish and Swedish; each support page links to the
 *   privacy statement and the function reference in its language, each privacy statement to the support page, and
 *   each page to its versions in the other languages;
 * - no dead links: every href and src in taskpane.html, functions.html and the store pages names a file in dist/
 *   (and an element id there, for a #fragment); a link off the add-in's origin must be one of EXTERNAL_LINKS;
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
const { ADDIN_ICON_SIZES } = require("./icons/iconSizes.js");
const { pngSize } = require("./icons/pngSize.js");
const { FUNCTION_REFERENCE, PAGE_LANGUAGES, SUPPORT_EMAIL, storePageFile, storePages } = require("./storePages.js");

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

/** Checks the manifest's URLs, icons and SupportUrl; returns how many URLs and icons it has. */
function checkManifest(dist, baseUrl, problems) {
  const xml = readText(dist, "manifest.xml", problems);
  if (xml === undefined) return { urls: 0, icons: 0 };
  if (/localhost/i.test(xml)) problems.push("manifest.xml still mentions localhost: the production URL rewrite did not run");
  const urls = manifestUrls(xml);
  if (urls.length === 0) problems.push("manifest.xml has no URLs");
  for (const url of urls) {
    if (!url.startsWith(baseUrl)) problems.push(`manifest.xml: ${url} is not under the production URL ${baseUrl}`);
    else if (!isFile(distFile(dist, url, baseUrl))) problems.push(`manifest.xml: ${url} names no file in ${dist}`);
  }
  const icons = checkIcons(dist, xml, baseUrl, problems);
  problems.push(...checkSupportUrl(xml, baseUrl));
  return { urls: urls.length, icons };
}

/**
 * Each icon the manifest shows and the pixel size it must have: IconUrl and HighResolutionIconUrl (32 and 64 px for
 * a task pane add-in) and every ribbon `<bt:Image size="…" resid="…">`, resolved through its `<bt:Image id="…">`.
 */
function manifestIcons(xml) {
  const icons = [];
  for (const [element, size] of Object.entries(ADDIN_ICON_SIZES)) {
    const url = new RegExp(`<${element}\\s+DefaultValue="([^"]*)"`).exec(xml)?.[1];
    if (url) icons.push({ where: element, size, url });
  }
  const images = new Map([...xml.matchAll(/<bt:Image\s+id="([^"]+)"\s+DefaultValue="([^"]*)"/g)].map((m) => [m[1], m[2]]));
  for (const [, size, resid] of xml.matchAll(/<bt:Image\s+size="(\d+)"\s+resid="([^"]+)"/g)) {
    const url = images.get(resid);
    if (url) icons.push({ where: `<bt:Image size="${size}" resid="${resid}">`, size: Number(size), url });
  }
  return icons;
}

/**
 * Each icon the manifest shows is a PNG of exactly its declared size. A file missing from dist is reported by
 * checkManifest; a ribbon image used by the group and the button is reported once. Returns how many icons were read.
 */
function checkIcons(dist, xml, baseUrl, problems) {
  const found = new Set();
  let checked = 0;
  for (const { where, size, url } of manifestIcons(xml)) {
    if (!url.startsWith(baseUrl) || !isFile(distFile(dist, url, baseUrl))) continue;
    checked += 1;
    let problem;
    try {
      const { width, height } = pngSize(fs.readFileSync(distFile(dist, url, baseUrl)));
      if (width !== size || height !== size) problem = `manifest.xml: ${where}: ${url} is ${width}×${height} px, needs ${size}×${size}`;
    } catch (error) {
      problem = `manifest.xml: ${where}: ${url} is ${error.message}`;
    }
    if (problem && !found.has(problem)) {
      found.add(problem);
      problems.push(problem);
    }
  }
  return checked;
}

/**
 * The manifest's SupportUrl is the support page: support.html by default, and for each other language of the
 * store pages an Override for its Office locale pointing at that language's page; no other override.
 * (Microsoft AppSource submission FAQ: the SupportUrl is required and must be a public support page.)
 * @example checkSupportUrl(manifestXml, "https://addin.kundevaerdi.dk/") // [] when it is right
 */
function checkSupportUrl(xml, baseUrl) {
  const element = /<SupportUrl\s+DefaultValue="([^"]*)"\s*(?:\/>|>([\s\S]*?)<\/SupportUrl>)/.exec(xml);
  if (!element) return ["manifest.xml has no SupportUrl: the Marketplace requires a support page"];
  const problems = [];
  const expected = `${baseUrl}${storePageFile("support", "en")}`;
  if (element[1] !== expected) problems.push(`manifest.xml: SupportUrl is ${element[1]}, expected the support page ${expected}`);
  const overrides = new Map([...(element[2] ?? "").matchAll(/<Override\s+Locale="([^"]+)"\s+Value="([^"]*)"/g)].map((m) => [m[1], m[2]]));
  for (const [language, locale] of Object.entries(PAGE_LANGUAGES).filter(([language]) => language !== "en")) {
    const page = `${baseUrl}${storePageFile("support", language)}`;
    const value = overrides.get(locale);
    if (value === undefined) problems.push(`manifest.xml: SupportUrl has no ${locale} override for the support page ${page}`);
    else if (value !== page) problems.push(`manifest.xml: SupportUrl's ${locale} override is ${value}, expected ${page}`);
    overrides.delete(locale);
  }
  for (const [locale, value] of overrides) problems.push(`manifest.xml: SupportUrl has an override for ${locale} (${value}), which has no support page`);
  return problems;
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

/**
 * Adds up the gzipped size of the scripts the page loads from `dist`; returns it, or undefined when one is missing
 * (checkLinks reports it, as every dead link).
 */
function initialScriptBytes(dist, sources, problems) {
  const local = sources.filter((source) => !/^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(source));
  let total = 0;
  for (const source of local) {
    const file = path.join(dist, decodeURIComponent(source.replace(/^\//, "")));
    if (!isFile(file)) return undefined;
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

/**
 * The only links allowed off the add-in's origin, each exactly, with why: office.js, which Office requires from
 * Microsoft's CDN (Microsoft Learn, "Referencing the Office JavaScript API library"), and the support address.
 */
const EXTERNAL_LINKS = new Map([
  ["https://appsforoffice.microsoft.com/lib/1/hosted/office.js", "office.js from Microsoft's CDN"],
  [`mailto:${SUPPORT_EMAIL}`, "the support address"],
]);

/** The built pages whose links are checked: the task pane, the function reference and the store pages. */
function linkedPages() {
  return ["taskpane.html", FUNCTION_REFERENCE, ...storePages().map(({ file }) => file)];
}

function decodeEntities(text) {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (_, name) => ({ amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" })[name]);
}

/**
 * Every href and src in the page's tags, in order. Quotes are optional: the build minifies taskpane.html
 * (`<script defer src=functions.js>`). Comments are skipped; text cannot hold a tag (its `<` is escaped).
 * @example pageLinks('<a href="privacy.html">…</a><img src=assets/icon-64.png>') // ["privacy.html", "assets/icon-64.png"]
 */
function pageLinks(html) {
  const links = [];
  for (const [tag] of html.replace(/<!--[\s\S]*?-->/g, "").matchAll(/<[a-z][^>]*>/gi)) {
    for (const m of tag.matchAll(/\s(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi)) links.push(decodeEntities(m[1] ?? m[2] ?? m[3]));
  }
  return links;
}

/**
 * Where a link on `page` goes: a file of dist (with the #fragment, if any) when it stays on the add-in's origin
 * (relative, or under `baseUrl`), else the external URL as written.
 */
function linkTarget(link, page, baseUrl) {
  const resolved = new URL(link, new URL(page, baseUrl));
  if (!resolved.href.startsWith(baseUrl)) return { external: link };
  const file = decodeURIComponent(resolved.pathname.slice(new URL(baseUrl).pathname.length));
  return { file, fragment: decodeURIComponent(resolved.hash.slice(1)) };
}

/**
 * No dead links in the built pages: each same-origin href or src names a file in dist (and, with a #fragment, an
 * element with that id); each other link is one of EXTERNAL_LINKS. Returns how many links were checked and the
 * external links found; a missing page is reported by checkStorePages or checkTaskpane.
 */
function checkLinks(dist, baseUrl, problems) {
  let checked = 0;
  const external = new Set();
  const found = new Set();
  for (const page of linkedPages()) {
    if (!isFile(path.join(dist, page))) continue;
    for (const link of pageLinks(fs.readFileSync(path.join(dist, page), "utf8"))) {
      checked += 1;
      const target = linkTarget(link, page, baseUrl);
      let problem;
      if (target.external !== undefined) {
        if (EXTERNAL_LINKS.has(target.external)) external.add(target.external);
        else problem = `${page}: ${link} leaves the add-in's origin and is not an allowed external link (${[...EXTERNAL_LINKS.keys()].join(", ")})`;
      } else if (target.file === "" || !isFile(path.join(dist, target.file))) {
        problem = `${page}: ${link} names no file in ${dist}`;
      } else if (target.fragment && !hasElementId(fs.readFileSync(path.join(dist, target.file), "utf8"), target.fragment)) {
        problem = `${page}: ${link}: ${target.file} has no element with id "${target.fragment}"`;
      }
      // A page may give the same link twice (a language switch and its alternate link): one problem is enough.
      if (problem && !found.has(problem)) {
        found.add(problem);
        problems.push(problem);
      }
    }
  }
  return { checked, external: [...external] };
}

/** The same-origin files a built page links to (fragments dropped). */
function linkedFiles(html, page, baseUrl) {
  return new Set(pageLinks(html).map((link) => linkTarget(link, page, baseUrl).file).filter((file) => file !== undefined));
}

/**
 * The support page and the privacy statement exist in every language; each support page links to the privacy
 * statement and the function reference in its language and gives the support address, each privacy statement
 * links to the support page, and each page links to its versions in the other languages. Returns the pages found.
 */
function checkStorePages(dist, baseUrl, problems) {
  const found = [];
  for (const { page, language, file } of storePages()) {
    const html = readText(dist, file, problems);
    if (html === undefined) continue;
    found.push(file);
    const files = linkedFiles(html, file, baseUrl);
    const needs = page === "support" ? [storePageFile("privacy", language), FUNCTION_REFERENCE] : [storePageFile("support", language)];
    for (const other of Object.keys(PAGE_LANGUAGES).filter((other) => other !== language)) needs.push(storePageFile(page, other));
    for (const target of needs) if (!files.has(target)) problems.push(`${file} does not link to ${target}`);
    if (page === "support" && !pageLinks(html).includes(`mailto:${SUPPORT_EMAIL}`)) problems.push(`${file} does not give the support address mailto:${SUPPORT_EMAIL}`);
  }
  return found;
}

/** Checks `dist` against `baseUrl`; returns the problems found and what was counted for the summary. */
function checkBuild(dist, baseUrl) {
  const problems = [];
  if (!fs.existsSync(dist)) {
    return {
      problems: [`${dist} does not exist: run \`npx webpack --mode production\` first`],
      urls: 0,
      icons: 0,
      functions: 0,
      localized: [],
      storePages: [],
      links: 0,
      externalLinks: [],
      initialScriptBytes: undefined,
    };
  }
  const { urls, icons } = checkManifest(dist, baseUrl, problems);
  const functions = checkFunctions(dist, baseUrl, problems);
  const localized = checkLocalizedFunctions(dist, baseUrl, functions, problems);
  const pages = checkStorePages(dist, baseUrl, problems);
  const initialScriptBytes = checkTaskpane(dist, problems);
  const links = checkLinks(dist, baseUrl, problems);
  return {
    problems,
    urls,
    icons,
    functions: functions?.length ?? 0,
    localized,
    storePages: pages,
    links: links.checked,
    externalLinks: links.external,
    initialScriptBytes,
  };
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
  const { problems, urls, icons, functions, localized, storePages: pages, links, externalLinks, initialScriptBytes } = checkBuild(dist, baseUrl);
  if (problems.length > 0) {
    console.error(`checkBuild: ${problems.length} problem(s) in ${dist}:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    process.exit(1);
  }
  const allowed = externalLinks.map((link) => `${link} (${EXTERNAL_LINKS.get(link)})`).join(", ") || "none";
  console.log(
    `checkBuild: OK: ${path.relative(process.cwd(), dist) || "."} has manifest.xml (${urls} URLs under ${baseUrl}, ${icons} icons of their declared size, SupportUrl on the support pages), ` +
      `functions.json (${functions} function${functions === 1 ? "" : "s"}) translated in ${localized.join(" and ")}, ` +
      `the store pages ${pages.join(", ")}, ${links} links that resolve (external: ${allowed}), ` +
      `taskpane.html loading functions.js then taskpane.js (initial JavaScript ${kilobytes(initialScriptBytes)} gzipped, budget ${kilobytes(INITIAL_SCRIPT_BUDGET_BYTES)})`,
  );
}

if (require.main === module) main();

module.exports = { checkBuild, checkSupportUrl, pageLinks, EXTERNAL_LINKS, INITIAL_SCRIPT_BUDGET_BYTES };
