/* `npm stop`: ends the sideloading session (Windows, macOS) or the dev server that `npm start` began (Linux). */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { DEV_SERVER_PID_FILE, stopProcessGroup } from "./devServerProcess.mjs";

if (process.platform === "win32" || process.platform === "darwin") {
  const npx = process.platform === "win32" ? "npx.cmd" : "npx";
  const result = spawnSync(npx, ["--yes", "office-addin-debugging", "stop", "manifest.xml"], {
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  process.exit(result.status ?? 0);
} else if (existsSync(DEV_SERVER_PID_FILE)) {
  const pid = Number(readFileSync(DEV_SERVER_PID_FILE, "utf8"));
  const wasRunning = Number.isInteger(pid) && pid > 0 && (await stopProcessGroup(pid));
  rmSync(DEV_SERVER_PID_FILE, { force: true });
  console.log(wasRunning ? `Stopped the dev server (process group ${pid}).` : `The dev server (pid ${pid}) was not running.`);
} else {
  console.log("No dev server started by `npm start` is running.");
}
