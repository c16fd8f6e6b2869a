/* Renders docs/functions.md into functions.html, the page each function's @helpurl points at. */
const { Marked } = require("marked");

/** Anchor of a heading such as "KV.CLV" → "kv.clv", matching the `#kv.clv` in each @helpurl. */
function headingAnchor(text) {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9.æøåäö]+/g, "-")
    .replace(/^-|-$/g, "");
}

function escapeHtml(text) {
  return text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
}

/** Markdown → a standalone HTML page with stable heading anchors. */
function renderFunctionReference(markdown) {
  const marked = new Marked({
    renderer: {
      heading({ tokens, depth, text }) {
        return `<h${depth} id="${escapeHtml(headingAnchor(text))}">${this.parser.parseInline(tokens)}</h${depth}>\n`;
      },
    },
  });
  const body = marked.parse(markdown);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kundeværdi – worksheet functions</title>
<style>
body { font-family: "Segoe UI", system-ui, sans-serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; color: #242424; }
code { background: #f3f3f3; padding: 0 .2em; border-radius: 3px; }
table { border-collapse: collapse; } td, th { border: 1px solid #d1d1d1; padding: .25rem .5rem; text-align: left; }
</style>
</head>
<body>
${body}
</body>
</html>
`;
}

module.exports = { renderFunctionReference, headingAnchor };
