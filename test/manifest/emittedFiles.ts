/**
 * The files `webpack --mode production` writes to dist/, derived from webpack.config.js without building:
 * entries → `<name>.js`, HtmlWebpackPlugin → its filename, the custom-functions metadata plugin → its output,
 * CopyWebpackPlugin → each pattern's target (a `dir/*.ext` glob is expanded against the repository), the
 * translated-metadata plugin → each language's functions.<language>.json.
 *
 * webpack.config.js requires scripts/renderFunctionReference.js, which loads the ESM-only `marked`; jest on
 * Node 20 cannot require ESM, so a test using this must `jest.mock` that module (only its name is needed here).
 */
import fs from "fs";
import path from "path";
import HtmlWebpackPlugin from "html-webpack-plugin";
import CopyWebpackPlugin from "copy-webpack-plugin";
import CustomFunctionsMetadataPlugin from "custom-functions-metadata-plugin";

const { LocalizedFunctionsMetadataPlugin } = require("../../scripts/localizedFunctionsMetadataPlugin.js");

/** The repository root (where webpack.config.js and manifest.xml live). */
export const REPO_ROOT = path.resolve(__dirname, "../..");

/** The webpack configuration object for a production build. */
export async function productionConfig(): Promise<any> {
  const configs = await require(path.join(REPO_ROOT, "webpack.config.js"))({}, { mode: "production" });
  return configs.find((config: { name: string }) => config.name === "addin");
}

/** Target paths of one copy pattern: a fixed `to`, or a `dir/*.ext` glob with `to: "[path][name][ext]"`. */
function copiedFiles(pattern: { from: string; to: string }): string[] {
  if (!pattern.from.includes("*")) return [pattern.to];
  const match = /^([\w./-]+)\/\*(\.\w+)$/.exec(pattern.from);
  if (!match || pattern.to !== "[path][name][ext]") throw new Error(`emittedFiles does not understand the copy pattern ${JSON.stringify(pattern)}`);
  const [, folder, extension] = match;
  return fs
    .readdirSync(path.join(REPO_ROOT, folder))
    .filter((file) => file.endsWith(extension))
    .map((file) => `${folder}/${file}`);
}

/** Paths (relative to dist/, with `/`) of every file the production build emits. */
export async function emittedFiles(): Promise<Set<string>> {
  const config = await productionConfig();
  const files = Object.keys(config.entry).map((name) => `${name}.js`);
  for (const plugin of config.plugins) {
    if (plugin instanceof HtmlWebpackPlugin) files.push(plugin.userOptions.filename as string);
    if (plugin instanceof CustomFunctionsMetadataPlugin) files.push((plugin as any).options.output);
    if (plugin instanceof LocalizedFunctionsMetadataPlugin) files.push(...plugin.outputFiles());
    if (plugin instanceof CopyWebpackPlugin) files.push(...(plugin as any).patterns.flatMap(copiedFiles));
  }
  return new Set(files);
}
