/*
 * The store pages: the public support page and the privacy statement that the Microsoft Marketplace asks of an
 * add-in, in English, Danish and Swedish. Each page's text is an HTML fragment in pages/<page>.<language>.html;
 * renderStorePage puts it in the shared layout (title, language switch, links to the other pages), and
 * webpack.config.js emits support.html, support.da.html, … into dist/ beside functions.html.
 *
 * Sources: "Microsoft AppSource submission FAQ" (a support URL in the manifest's SupportUrl, a public page without
 * sign-in); Partner Center "Store submission guide", step 5 (the privacy policy names the app, says how users'
 * personal information is handled, and its link works); Commercial marketplace certification policies 100.6
 * (personal information) and 1100.5 (customer control).
 */

/** The pages' languages, English (the manifest's DefaultLocale, en-US) first; each with its Office locale. */
const PAGE_LANGUAGES = { en: "en-US", da: "da-DK", sv: "sv-SE" };

/** The address the support page gives for help and privacy questions. */
const SUPPORT_EMAIL = "support@kundevaerdi.dk";

/** The function reference the support page links to (rendered from docs/functions.md, in English). */
const FUNCTION_REFERENCE = "functions.html";

/** Each language's name in that language, for the language switch. */
const LANGUAGE_NAMES = { en: "English", da: "Dansk", sv: "Svenska" };

/** The words of the layout in each language: page titles, the language switch's label, the footer's links. */
const LAYOUT_WORDS = {
  en: {
    support: "Kundeværdi support",
    privacy: "Kundeværdi privacy statement",
    languages: "Language",
    supportLink: "Support",
    privacyLink: "Privacy statement",
    functionsLink: "Worksheet function reference",
  },
  da: {
    support: "Support til Kundeværdi",
    privacy: "Privatlivspolitik for Kundeværdi",
    languages: "Sprog",
    supportLink: "Support",
    privacyLink: "Privatlivspolitik",
    functionsLink: "Oversigt over regnearksfunktionerne (på engelsk)",
  },
  sv: {
    support: "Support för Kundvärde",
    privacy: "Integritetspolicy för Kundvärde",
    languages: "Språk",
    supportLink: "Support",
    privacyLink: "Integritetspolicy",
    functionsLink: "Översikt över kalkylbladsfunktionerna (på engelska)",
  },
};

/** The pages, in the order the footer lists them. */
const PAGE_NAMES = ["support", "privacy"];

/**
 * The file a page is served as: English at the plain name (the manifest's default), the others with their
 * language before the extension, as functions.da.json.
 * @example storePageFile("support", "da") // "support.da.html"
 */
function storePageFile(page, language) {
  return language === "en" ? `${page}.html` : `${page}.${language}.html`;
}

/**
 * Every store page: its name, language, the fragment it is made from and the file it is served as.
 * @example storePages()[0] // { page: "support", language: "en", source: "pages/support.en.html", file: "support.html" }
 */
function storePages() {
  return PAGE_NAMES.flatMap((page) =>
    Object.keys(PAGE_LANGUAGES).map((language) => ({ page, language, source: `pages/${page}.${language}.html`, file: storePageFile(page, language) })),
  );
}

function escapeHtml(text) {
  return text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
}

/** The language switch: the same page in each language, the current one marked rather than linked. */
function languageSwitch(page, language) {
  const items = Object.keys(PAGE_LANGUAGES).map((other) =>
    other === language
      ? `<span aria-current="page">${LANGUAGE_NAMES[other]}</span>`
      : `<a href="${storePageFile(page, other)}" hreflang="${other}" lang="${other}">${LANGUAGE_NAMES[other]}</a>`,
  );
  return `<nav aria-label="${LAYOUT_WORDS[language].languages}">${items.join(" · ")}</nav>`;
}

/** The footer: the support page, the privacy statement and the function reference, in the page's language. */
function footer(language) {
  const words = LAYOUT_WORDS[language];
  const links = [
    `<a href="${storePageFile("support", language)}">${words.supportLink}</a>`,
    `<a href="${storePageFile("privacy", language)}">${words.privacyLink}</a>`,
    `<a href="${FUNCTION_REFERENCE}">${words.functionsLink}</a>`,
    `<a href="mailto:${SUPPORT_EMAIL}">${SUPPORT_EMAIL}</a>`,
  ];
  return `<footer><p>${links.join(" · ")}</p></footer>`;
}

/**
 * A store page's fragment (the text below the title) as a standalone page: the language, the title as `<title>`
 * and `<h1>`, the other languages' versions as alternates and in a language switch, and a footer linking the
 * support page, the privacy statement, the function reference and the support address.
 * @example renderStorePage("<p>Write to us.</p>", "support", "da") // "<!doctype html>\n<html lang=\"da\">…"
 */
function renderStorePage(fragment, page, language) {
  const words = LAYOUT_WORDS[language];
  if (!words || !PAGE_NAMES.includes(page)) throw new Error(`no store page ${page} in ${language}`);
  const title = escapeHtml(words[page]);
  const alternates = Object.keys(PAGE_LANGUAGES)
    .map((other) => `<link rel="alternate" hreflang="${other}" href="${storePageFile(page, other)}">`)
    .join("\n");
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" type="image/png" href="assets/icon-32.png">
${alternates}
<style>
body { font-family: "Segoe UI", system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; color: #242424; }
header { display: flex; align-items: center; justify-content: space-between; gap: 1rem; flex-wrap: wrap; border-bottom: 1px solid #d1d1d1; padding-bottom: .5rem; }
header .brand { display: flex; align-items: center; gap: .5rem; font-weight: 600; }
h1 { font-size: 1.75rem; line-height: 1.25; }
h2 { font-size: 1.25rem; margin-top: 1.75rem; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .25rem; }
a { color: #0b5e5c; }
code { background: #f3f3f3; padding: 0 .2em; border-radius: 3px; }
footer { border-top: 1px solid #d1d1d1; margin-top: 2.5rem; font-size: .9rem; }
</style>
</head>
<body>
<header>
<span class="brand"><img src="assets/icon-64.png" alt="" width="32" height="32">${language === "sv" ? "Kundvärde" : "Kundeværdi"}</span>
${languageSwitch(page, language)}
</header>
<main>
<h1>${title}</h1>
${fragment.trim()}
</main>
${footer(language)}
</body>
</html>
`;
}

module.exports = { PAGE_LANGUAGES, SUPPORT_EMAIL, FUNCTION_REFERENCE, storePageFile, storePages, renderStorePage };
