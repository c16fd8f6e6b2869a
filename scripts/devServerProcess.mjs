/* The dev server that `npm start` runs on Linux: its pid file and how to end its whole process group. */
import { existsSync, readFileSync } from "node:fs";

/** Where `npm start` writes the pid of the dev server's process group leader. */
export const DEV_SERVER_PID_FILE = ".dev-server.pid";

/**
 * Whether a process group is still alive (signal 0 checks without sending anything).
 * @example groupAlive(12345) // false once every process of group 12345 has exited
 */
export function groupAlive(pid) {
  try {
    process.kill(-pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

/**
 * Whether the pid file names a dev server that is still running.
 * @example if (isRunning()) console.log("already serving")
 */
export function isRunning() {
  if (!existsSync(DEV_SERVER_PID_FILE)) return false;
  const pid = Number(readFileSync(DEV_SERVER_PID_FILE, "utf8"));
  return Number.isInteger(pid) && pid > 0 && groupAlive(pid);
}

/**
 * Ends a process group: SIGTERM to every member, then SIGKILL to what is left after `graceMs`. Resolves when the
 * group is gone, with whether it was running at all.
 * @example await stopProcessGroup(12345) // true
 */
export async function stopProcessGroup(pid, graceMs = 5000) {
  if (!groupAlive(pid)) return false;
  process.kill(-pid, "SIGTERM");
  const deadline = Date.now() + graceMs;
  while (groupAlive(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  if (groupAlive(pid)) {
    process.kill(-pid, "SIGKILL");
    while (groupAlive(pid)) await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}
