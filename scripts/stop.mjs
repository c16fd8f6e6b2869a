/* `npm stop`: ends the sideloading session (Windows, macOS) or the dev server that `npm start` began (Linux). */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";

if (process.platform === "win32" || process.platform === "darwin") {
  const npx = process.platform === "win32" ? "npx.cmd" : "npx";
  const result = spawnSync(npx, ["--yes", "office-addin-debugging", "stop", "manifest.xml"], {
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  process.exit(result.status ?? 0);
} else if (existsSync(".dev-server.pid")) {
  const pid = Number(readFileSync(".dev-server.pid", "utf8"));
  try {
    process.kill(pid);
    console.log(`Stopped the dev server (pid ${pid}).`);
  } catch {
    console.log(`The dev server (pid ${pid}) was not running.`);
  }
  rmSync(".dev-server.pid");
} else {
  console.log("No dev server started by `npm start` is running.");
}
