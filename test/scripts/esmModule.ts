/** Calls an export of one of the scripts' ES modules in a separate node (jest here loads CommonJS only). */
import { spawnSync, type SpawnSyncOptions } from "node:child_process";
import * as path from "node:path";
import { pathToFileURL } from "node:url";

export const REPO_ROOT = path.resolve(__dirname, "../..");

/**
 * The JSON result of `expression`, evaluated with `name` imported from scripts/<file>.
 * @example callScriptExport("sideloadCommand.mjs", "sideloadCommand", 'sideloadCommand("stop", "darwin")')
 */
export function callScriptExport(file: string, name: string, expression: string, options: SpawnSyncOptions = {}, scriptsDirectory = path.join(REPO_ROOT, "scripts")): unknown {
  const url = pathToFileURL(path.join(scriptsDirectory, file)).href;
  const code = `import { ${name} } from ${JSON.stringify(url)}; console.log(JSON.stringify(${expression}));`;
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", code], { cwd: REPO_ROOT, encoding: "utf8", ...options });
  if (run.status !== 0) throw new Error(`node could not evaluate ${expression}: ${run.stderr}`);
  return JSON.parse(String(run.stdout));
}
