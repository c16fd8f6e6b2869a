import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

/** A relative import of one of src's top-level folders, from anywhere below src. */
function folderImport(folders) {
  return `^(\\.\\./)+(${folders.join("|")})(/|$)`;
}

/** The layer rules of docs/ARCHITECTURE.md: which src folders and packages each folder may not import. */
const layers = [
  {
    folder: "core",
    folders: ["excel", "taskpane", "functions", "cli", "demo", "i18n"],
    packages: "^(react|react-dom|@fluentui/.*|@microsoft/office-js|office-.*|node:.*|fs|path|child_process)(/|$)",
    why: "src/core is the pure engine: no Office, UI, language, file system or edge code",
  },
  { folder: "i18n", folders: ["excel", "taskpane", "functions", "cli", "demo"], packages: "^(react|react-dom|@fluentui/.*)(/|$)", why: "src/i18n words core's results and imports only core" },
  { folder: "functions", folders: ["taskpane", "cli", "demo"], packages: "^(react|react-dom|@fluentui/.*)(/|$)", why: "worksheet functions run without the task pane" },
  { folder: "excel", folders: ["taskpane", "functions", "cli", "demo"], packages: "^(react|react-dom|@fluentui/.*)(/|$)", why: "src/excel is the Office.js adapter under the pane and the functions" },
  { folder: "taskpane", folders: ["functions", "cli", "demo"], why: "the task pane talks to the workbook through src/excel only; nothing imports it" },
  { folder: "cli", folders: ["excel", "taskpane", "demo"], packages: "^(react|react-dom|@fluentui/.*)(/|$)", why: "the command line runs the engine on files, without Office" },
  { folder: "demo", folders: ["taskpane", "functions", "cli"], why: "the demo hosts the built pane in a frame; it does not import it" },
];

function layerRule({ folder, folders, packages, why }) {
  const patterns = [{ regex: folderImport(folders), message: `${why} (docs/ARCHITECTURE.md, "Layers").` }];
  if (packages) patterns.push({ regex: packages, message: `${why} (docs/ARCHITECTURE.md, "Layers").` });
  return { files: [`src/${folder}/**/*.{ts,tsx}`], rules: { "no-restricted-imports": ["error", { patterns }] } };
}

/** Office.js globals: only the adapter (src/excel) and the pane's entry point (Office.onReady) may touch them. */
const officeGlobals = ["Office", "Excel", "CustomFunctions"].map((name) => ({
  name,
  message: `Office.js's ${name} is used only in src/excel and src/taskpane/index.tsx (docs/ARCHITECTURE.md, "Layers").`,
}));

/** globalThis, window or self as the object of a member expression, also through a TypeScript cast. */
const GLOBAL_OBJECTS = ["object", "object.expression", "object.expression.expression"]
  .map((path) => `[${path}.name=/^(globalThis|window|self)$/]`)
  .join(", ");

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
  ...layers.map(layerRule),
  {
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/excel/**", "src/taskpane/index.tsx"],
    rules: { "no-restricted-globals": ["error", ...officeGlobals] },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/excel/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: `AssignmentExpression > MemberExpression.left[property.name=/^(Office|Excel|CustomFunctions)$/]:matches(${GLOBAL_OBJECTS})`,
          message: 'Only src/excel binds Office.js\'s namespaces (docs/ARCHITECTURE.md, "Layers").',
        },
      ],
    },
  },
  {
    files: ["**/*.{js,mjs,cjs}", "scripts/**", "test/**"],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
