/* Build of the Kundeværdi add-in: the task pane (React) and the worksheet functions share one runtime page. */
const path = require("path");
const fs = require("fs");
const os = require("os");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { renderFunctionReference } = require("./scripts/renderFunctionReference.js");
const { DEV_URL, productionUrl, RewriteUrlsPlugin } = require("./scripts/addinUrls.js");
const { LocalizedFunctionsMetadataPlugin } = require("./scripts/localizedFunctionsMetadataPlugin.js");
const { renderStorePage, storePages } = require("./scripts/storePages.js");

/** The worksheet-function sources: the metadata plugin reads their JSDoc and writes functions.json. */
const functionSources = require("./scripts/functionSources.js").functionSources.map((file) => `./${file}`);

/**
 * HTTPS options for the dev server. `office-addin-dev-certs install` writes its certificates to
 * ~/.office-addin-dev-certs; where it cannot trust them (no admin rights) we still read the files.
 * Only called when serving: a plain build never touches certificates.
 */
async function devServerHttpsOptions() {
  const folder = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  const paths = Object.fromEntries(Object.entries(files).map(([k, f]) => [k, path.join(folder, f)]));
  if (!fs.existsSync(paths.key) || !fs.existsSync(paths.cert)) {
    const devCerts = require("office-addin-dev-certs");
    try {
      return await devCerts.getHttpsServerOptions();
    } catch (error) {
      console.warn(`Could not install trusted dev certificates (${error.message}); using the generated files.`);
    }
  }
  return Object.fromEntries(
    Object.entries(paths)
      .filter(([, file]) => fs.existsSync(file))
      .map(([key, file]) => [key, fs.readFileSync(file)]),
  );
}

/**
 * The command line and the benchmark: the same engine, bundled for Node 20 into dist/cli/
 * (bin/kundevaerdi.js runs dist/cli/kundevaerdi.js). Not minified: nothing is downloaded, and stack traces stay readable.
 */
const nodeConfig = {
  name: "node",
  target: "node20",
  devtool: false,
  entry: {
    kundevaerdi: "./src/cli/kundevaerdi.ts",
    bench: "./src/cli/bench.ts",
  },
  output: { path: path.resolve(__dirname, "dist/cli"), filename: "[name].js", clean: true },
  resolve: { extensions: [".ts", ".js"] },
  module: {
    rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { onlyCompileBundledFiles: true } } }],
  },
  optimization: { minimize: false },
  performance: { hints: false },
};

/**
 * The demo page (`npm run demo`): the in-page workbook and an iframe of the production task pane, built into
 * dist-demo/ — outside dist/, so it is never shipped with the add-in and the build checks see only the add-in.
 * scripts/demoServer.mjs serves it under /demo/ beside dist/.
 */
function demoConfig(options) {
  const isProduction = options.mode === "production";
  return {
    name: "demo",
    devtool: isProduction ? false : "eval-source-map",
    entry: { demo: "./src/demo/main.tsx" },
    output: { path: path.resolve(__dirname, "dist-demo"), publicPath: "/demo/", filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { onlyCompileBundledFiles: true } } }],
    },
    performance: { hints: false },
    plugins: [new HtmlWebpackPlugin({ filename: "demo.html", template: "./src/demo/demo.html" })],
  };
}

/** The add-in: task pane and worksheet functions in one shared-runtime page, plus manifest and metadata. */
async function addinConfig(env, options) {
  const isProduction = options.mode === "production";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const targetUrl = isProduction ? productionUrl() : DEV_URL;
  // functions.da.json and functions.sv.json: functions.json with the names and descriptions of src/i18n/functionNames.json.
  const localizedMetadata = new LocalizedFunctionsMetadataPlugin({
    metadata: "functions.json",
    translations: path.resolve(__dirname, "src/i18n/functionNames.json"),
  });

  return {
    name: "addin",
    devtool: isProduction ? "source-map" : "eval-source-map",
    entry: {
      functions: functionSources,
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // Chunks (KV.CSI's t quantile) load beside taskpane.html, which loads every script: no automatic publicPath,
      // which needs document.currentScript and fails where functions.js runs without a document.
      publicPath: "",
      clean: { keep: /^cli\// },
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { onlyCompileBundledFiles: true } } }],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: functionSources }),
      localizedMetadata,
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "[path][name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
          {
            from: "docs/functions.md",
            to: "functions.html",
            transform: (content) => renderFunctionReference(content.toString("utf8")),
          },
          // The support page and the privacy statement in each language (support.html, support.da.html, …).
          ...storePages().map(({ page, language, source, file }) => ({
            from: source,
            to: file,
            transform: (content) => renderStorePage(content.toString("utf8"), page, language),
          })),
        ],
      }),
      new RewriteUrlsPlugin({ from: DEV_URL, to: targetUrl, assets: ["manifest.xml", "functions.json", ...localizedMetadata.outputFiles(), "functions.html"] }),
    ],
    devServer: serving
      ? {
          port: Number(process.env.npm_package_config_dev_server_port || 3000),
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: await devServerHttpsOptions() },
        }
      : undefined,
  };
}

module.exports = async (env, options) => {
  const addin = await addinConfig(env, options);
  return env && env.WEBPACK_SERVE ? addin : [addin, nodeConfig, demoConfig(options)];
};
