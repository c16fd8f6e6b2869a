/* The `kundevaerdi` command (bin/kundevaerdi.js runs the bundle of this file). */
import { closeSync, openSync, readFileSync, writeSync } from "node:fs";
import { resolveLanguage } from "../i18n/language";
import { runCommand } from "./dispatchCommand";

/** The language of the environment's locale (LC_ALL, LC_MESSAGES, LANG: da_DK.UTF-8 → Danish); English otherwise. */
const language = resolveLanguage(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG);

process.exitCode = runCommand(
  process.argv.slice(2),
  {
    readFile: (path) => readFileSync(path),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    writeFile: (path, chunks) => {
      const descriptor = openSync(path, "w");
      try {
        for (const chunk of chunks) writeSync(descriptor, chunk);
      } finally {
        closeSync(descriptor);
      }
    },
  },
  language,
);
