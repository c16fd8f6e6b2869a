import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";
import { builtinModules } from "node:module";

/** Where each message points: the section of the architecture that states the rule. */
const DOC = '(docs/ARCHITECTURE.md, "Folders and layers")';

/** Office.js's namespaces. */
const OFFICE = ["Office", "Excel", "CustomFunctions"];

/**
 * A relative import that reaches one of src's top-level folders, however it is written: a path starting with ./ or
 * ../ in which a `..` segment is followed, after any segments (a detour such as `../read/../`, or `../src/`), by a
 * segment that is the folder's name (`../excel/a1`, `./../excel/a1`, `../../src/excel/a1`). A file whose name only
 * starts with a folder's name (`./excelSerial`) is not one; a subfolder of a layer named like a top-level folder
 * would be taken for it, so none is.
 */
function folderImport(folders) {
  return `^(?=\\.\\.?/)(.*/)?\\.\\./(.*/)?(${folders.join("|")})(/|$)`;
}

/** Every module Node has built in, with or without `node:` (os, crypto, fs/promises, node:test, …). */
const NODE_BUILTINS = `^(node:|(${[...new Set(builtinModules.map((name) => name.replace(/^node:/, "").split("/")[0]))]
  .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
  .join("|")})(/|$))`;

const UI_PACKAGES = "^(react|react-dom|@fluentui/.*)(/|$)";

/**
 * The layer rules of docs/ARCHITECTURE.md: which src folders and packages each folder may not import, and which of
 * Office.js's namespaces it may name as types (`officeTypes`; src/excel's own use of Office.js is unrestricted).
 */
const layers = [
  {
    folder: "core",
    folders: ["excel", "taskpane", "functions", "cli", "demo", "i18n"],
    packages: ["^(react|react-dom|@fluentui/.*|@microsoft/office-js|office-.*)(/|$)", NODE_BUILTINS],
    why: "src/core is the pure engine: no Office, UI, language, file system or edge code",
  },
  { folder: "i18n", folders: ["excel", "taskpane", "functions", "cli", "demo"], packages: [UI_PACKAGES], why: "src/i18n words core's results and imports only core" },
  {
    folder: "functions",
    folders: ["taskpane", "cli", "demo"],
    packages: [UI_PACKAGES],
    officeTypes: ["CustomFunctions"],
    why: "worksheet functions run without the task pane",
  },
  { folder: "excel", folders: ["taskpane", "functions", "cli", "demo"], packages: [UI_PACKAGES], officeTypes: OFFICE, why: "src/excel is the Office.js adapter under the pane and the functions" },
  { folder: "taskpane", folders: ["functions", "cli", "demo"], why: "the task pane talks to the workbook through src/excel only; nothing imports it" },
  { folder: "cli", folders: ["excel", "taskpane", "demo"], packages: [UI_PACKAGES], why: "the command line runs the engine on files, without Office" },
  { folder: "demo", folders: ["taskpane", "functions", "cli"], why: "the demo hosts the built pane in a frame; it does not import it" },
];

/** The pane's entry point: calls Office.onReady, so it may use Office.js's globals and types, but binds none. */
const ENTRY_POINT = "src/taskpane/index.tsx";

/** A regular expression as an esquery literal (no-restricted-syntax's selectors). */
function selectorRegex(source, flags = "") {
  return `/${source.replace(/\//g, "\\/")}/${flags}`;
}

const OFFICE_NAME = selectorRegex(`^(${OFFICE.join("|")})$`);
const GLOBAL_OBJECT = selectorRegex("^(globalThis|window|self)$");

/** The node at `path` is globalThis, window or self, also through a TypeScript cast or `!` (one or two deep). */
function globalAt(path) {
  return `:matches(${["", ".expression", ".expression.expression"].map((tail) => `[${path}${tail}.name=${GLOBAL_OBJECT}]`).join(", ")})`;
}

/** The key of a member expression (`property`) or object property (`key`) is one of Office.js's namespaces: `.Excel`, `["Excel"]`, `[`Excel`]`. */
function officeKey(field) {
  return `:matches([computed=false][${field}.name=${OFFICE_NAME}], [computed=true][${field}.value=${OFFICE_NAME}], [computed=true][${field}.quasis.0.value.cooked=${OFFICE_NAME}])`;
}

/**
 * The source of an import() expression or an `import("…")` type matches `regex`. (A static import, export … from and
 * `import x = require()` are no-restricted-imports' and @typescript-eslint/no-require-imports'.)
 */
function moduleSelectors(regex, why) {
  const pattern = selectorRegex(regex, "i");
  const message = `import() and import types are bundled and checked like import: ${why} ${DOC}.`;
  return [
    { selector: `ImportExpression[source.value=${pattern}]`, message },
    { selector: `ImportExpression[source.type="TemplateLiteral"][source.quasis.0.value.cooked=${pattern}]`, message },
    { selector: `TSImportType[source.value=${pattern}]`, message },
  ];
}

const READ_MESSAGE = `Office.js's namespaces are used only in src/excel and ${ENTRY_POINT}, also through globalThis, window or self ${DOC}.`;
const BIND_MESSAGE = `Only src/excel binds Office.js's namespaces on globalThis, window or self ${DOC}.`;

/** Reading Office.js's namespaces off the global object: `window.Office`, `(globalThis as any)["Excel"]`, `const { Office } = window`, `Reflect.get(self, "Excel")`. */
const readGlobals = [
  { selector: `MemberExpression${officeKey("property")}${globalAt("object")}:not(AssignmentExpression > MemberExpression.left)`, message: READ_MESSAGE },
  { selector: `VariableDeclarator${globalAt("init")} > ObjectPattern.id > Property${officeKey("key")}`, message: READ_MESSAGE },
  { selector: `AssignmentExpression${globalAt("right")} > ObjectPattern.left > Property${officeKey("key")}`, message: READ_MESSAGE },
  {
    selector: `CallExpression[callee.object.name=/^(Object|Reflect)$/][callee.property.name=/^(get|getOwnPropertyDescriptor|has)$/]${globalAt("arguments.0")}[arguments.1.value=${OFFICE_NAME}]`,
    message: READ_MESSAGE,
  },
];

/** Binding them on it: `globalThis.Excel = …`, `(window as any)["Office"] = …`, `Object.assign(globalThis, { Excel })`, `Object.defineProperty(self, "Excel", …)`. */
const bindGlobals = [
  { selector: `AssignmentExpression > MemberExpression.left${officeKey("property")}${globalAt("object")}`, message: BIND_MESSAGE },
  {
    selector: `CallExpression[callee.object.name="Object"][callee.property.name=/^(assign|defineProperties)$/]${globalAt("arguments.0")} > ObjectExpression.arguments > Property${officeKey("key")}`,
    message: BIND_MESSAGE,
  },
  {
    selector: `CallExpression[callee.object.name=/^(Object|Reflect)$/][callee.property.name=/^(defineProperty|set)$/]${globalAt("arguments.0")}[arguments.1.value=${OFFICE_NAME}]`,
    message: BIND_MESSAGE,
  },
];

/** Naming Office.js's types other than `allowed`: `Excel.Range`, `Excel.Interfaces.RangeData`, `typeof Excel.run`, `typeof Office`. */
function officeTypeSelectors(allowed = []) {
  const names = OFFICE.filter((name) => !allowed.includes(name));
  if (names.length === 0) return [];
  const restricted = selectorRegex(`^(${names.join("|")})$`);
  const message = `Office.js's types are used only in src/excel and ${ENTRY_POINT}, and CustomFunctions's in src/functions ${DOC}.`;
  return [
    { selector: `TSQualifiedName > Identifier.left[name=${restricted}]`, message },
    { selector: `TSTypeQuery > Identifier.exprName[name=${restricted}]`, message },
  ];
}

/** Each layer's rules: its forbidden imports (static, dynamic and in types) and, outside src/excel, its use of Office.js. */
function layerRules({ folder, folders, packages = [], officeTypes, why }) {
  const regexes = [folderImport(folders), ...packages];
  const message = `${why} ${DOC}.`;
  const imports = regexes.flatMap((regex) => moduleSelectors(regex, why));
  const office = folder === "excel" ? [] : [...readGlobals, ...bindGlobals, ...officeTypeSelectors(officeTypes)];
  const configs = [
    {
      files: [`src/${folder}/**/*.{ts,tsx}`],
      rules: {
        "no-restricted-imports": ["error", { patterns: regexes.map((regex) => ({ regex, message })) }],
        "no-restricted-syntax": ["error", ...imports, ...office],
      },
    },
  ];
  if (ENTRY_POINT.startsWith(`src/${folder}/`)) {
    configs.push({ files: [ENTRY_POINT], rules: { "no-restricted-syntax": ["error", ...imports, ...bindGlobals] } });
  }
  return configs;
}

/** Office.js globals: only the adapter (src/excel) and the pane's entry point (Office.onReady) may touch them. */
const officeGlobals = OFFICE.map((name) => ({
  name,
  message: `Office.js's ${name} is used only in src/excel and ${ENTRY_POINT} ${DOC}.`,
}));

// Office's rules cover the code that calls Office.js (the adapter, the pane and its Office.onReady, the worksheet functions), not src/demo, whose workbook double implements load and sync.
const OFFICE_CLIENTS = ["src/excel/**/*.{ts,tsx}", "src/taskpane/**/*.{ts,tsx}", "src/functions/**/*.{ts,tsx}"];

/**
 * Every rule of eslint-plugin-office-addins (each links its Microsoft Learn page), as errors. Only the rules are taken,
 * not its `recommended` configs, which would add Prettier's formatting rule, React's rules, their parser and ES2015.
 */
const OFFICE_ADDIN_RULES = [
  "call-sync-before-read",
  "load-object-before-read",
  "call-sync-after-load",
  "no-context-sync-in-loop",
  "no-empty-load",
  "no-navigational-load",
  "no-office-initialize",
  "test-for-null-using-isNullObject",
];

export default tseslint.config(
  { ignores: ["dist/", "dist-demo/", "node_modules/", "coverage/", "test-artifacts/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
    languageOptions: { globals: { ...globals.browser } },
  },
  ...layers.flatMap(layerRules),
  {
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/excel/**", ENTRY_POINT],
    rules: { "no-restricted-globals": ["error", ...officeGlobals] },
  },
  {
    files: OFFICE_CLIENTS,
    plugins: { "office-addins": { meta: officeAddins.meta, rules: officeAddins.rules } },
    rules: Object.fromEntries(OFFICE_ADDIN_RULES.map((rule) => [`office-addins/${rule}`, "error"])),
  },
  {
    files: ["**/*.{js,mjs,cjs}", "scripts/**", "test/**"],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
