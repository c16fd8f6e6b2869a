/* The `kundevaerdi` command (bin/kundevaerdi.js runs the bundle of this file). */
import { readFileSync } from "node:fs";
import { runAnalyzeCommand } from "./analyzeCommand";

process.exitCode = runAnalyzeCommand(process.argv.slice(2), {
  readFile: (path) => readFileSync(path, "utf8"),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
