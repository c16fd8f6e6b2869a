/* `npm stop`: ends the sideloading session (Windows, macOS) or the dev server that `npm start` began (Linux). */
import { spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { DEV_SERVER_PID_FILE, isOurDevServer, readPidFile, stopProcessGroup } from "./devServerProcess.mjs";
import { sideloadCommand } from "./sideloadCommand.mjs";

if (process.platform === "win32" || process.platform === "darwin") {
  const { command, args, shell } = sideloadCommand("stop");
  const result = spawnSync(command, args, { stdio: "inherit", shell });
  process.exit(result.status ?? 0);
} else if (existsSync(DEV_SERVER_PID_FILE)) {
  // A pid file left by a reboot or a killed `npm start` may name a process that reused the pid: end only our dev server.
  const record = readPidFile();
  const stopped = isOurDevServer(record) && (await stopProcessGroup(record.pid));
  rmSync(DEV_SERVER_PID_FILE, { force: true });
  console.log(
    stopped
      ? `Stopped the dev server (process group ${record.pid}).`
      : `The dev server named in ${DEV_SERVER_PID_FILE} was not running; removed the stale file.`,
  );
} else {
  console.log("No dev server started by `npm start` is running.");
}
