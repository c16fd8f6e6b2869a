/**
 * The office-addin-debugging command of `npm start` / `npm stop` on Windows and macOS. Windows runs it through a shell
 * that gets the arguments joined by spaces, so the dev server command must arrive there as one quoted argument.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { callScriptExport } from "./esmModule";

interface Command {
  command: string;
  args: string[];
  shell: boolean;
}

const START_ARGS = ["--yes", "office-addin-debugging", "start", "manifest.xml", "desktop", "--dev-server", "npm run dev-server"];

function sideloadCommand(action: string, platform: string): Command {
  return callScriptExport("sideloadCommand.mjs", "sideloadCommand", `sideloadCommand(${JSON.stringify(action)}, ${JSON.stringify(platform)})`) as Command;
}

describe("sideloadCommand", () => {
  it("runs npx without a shell on macOS, the dev server command as one argument", () => {
    expect(sideloadCommand("start", "darwin")).toEqual({ command: "npx", args: START_ARGS, shell: false });
    expect(sideloadCommand("stop", "darwin")).toEqual({ command: "npx", args: ["--yes", "office-addin-debugging", "stop", "manifest.xml"], shell: false });
  });

  it("quotes the dev server command on Windows, where npx.cmd runs through a shell", () => {
    const start = sideloadCommand("start", "win32");
    expect(start.command).toBe("npx.cmd");
    expect(start.shell).toBe(true);
    expect(start.args).toEqual([...START_ARGS.slice(0, -1), '"npm run dev-server"']);
    expect(sideloadCommand("stop", "win32")).toEqual({ command: "npx.cmd", args: ["--yes", "office-addin-debugging", "stop", "manifest.xml"], shell: true });
  });

  (process.platform === "win32" ? it.skip : it)("Windows's arguments reach the program intact through a shell that joins them with spaces", () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "kv-argv-"));
    try {
      const printArgs = path.join(folder, "printArgs.js");
      fs.writeFileSync(printArgs, "console.log(JSON.stringify(process.argv.slice(2)));");
      const { args } = sideloadCommand("start", "win32");
      const run = spawnSync(JSON.stringify(process.execPath), [JSON.stringify(printArgs), ...args], { shell: true, encoding: "utf8" });
      expect(JSON.parse(run.stdout)).toEqual(START_ARGS);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
