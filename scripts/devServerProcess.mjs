/* The dev server that `npm start` runs on Linux: its pid file, whether the file still names it, and how to end it. */
import { existsSync, readFileSync, writeFileSync } from "node:fs";

/** Where `npm start` writes the dev server's pid and start time: $KUNDEVAERDI_DEV_SERVER_PID_FILE, else `.dev-server.pid` here. */
export const DEV_SERVER_PID_FILE = process.env.KUNDEVAERDI_DEV_SERVER_PID_FILE || ".dev-server.pid";

/**
 * A process's start time in clock ticks since boot (field 22 of /proc/<pid>/stat), or undefined without one.
 * @example processStartTime(process.pid) // "123456"
 */
export function processStartTime(pid, procRoot = "/proc") {
  try {
    const stat = readFileSync(`${procRoot}/${pid}/stat`, "utf8");
    // Field 2 is the command name in parentheses and may hold spaces: count the fields after its last ")" (field 3 on).
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
  } catch {
    return undefined;
  }
}

/**
 * Writes the pid file for a dev server just started.
 * @example writePidFile(server.pid)
 */
export function writePidFile(pid, file = DEV_SERVER_PID_FILE) {
  const startTime = processStartTime(pid);
  writeFileSync(file, startTime === undefined ? `${pid}\n` : `${pid} ${startTime}\n`);
}

/**
 * The pid file's pid and start time, or undefined without a file or a usable pid (never 0 or 1: kill(-1) hits all).
 * @example readPidFile() // { pid: 12345, startTime: "987654" }
 */
export function readPidFile(file = DEV_SERVER_PID_FILE) {
  if (!existsSync(file)) return undefined;
  const [pidText, startTime] = readFileSync(file, "utf8").trim().split(/\s+/);
  const pid = Number(pidText);
  return Number.isInteger(pid) && pid > 1 ? { pid, startTime } : undefined;
}

/**
 * Whether a process group exists and we may signal it (another user's group, EPERM, is not ours).
 * @example groupAlive(12345) // false once every process of group 12345 has exited
 */
export function groupAlive(pid) {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether a pid file's record is still our dev server: same start time, running webpack, in a group ours to signal.
 * @example isOurDevServer(readPidFile()) // false after a reboot reused the pid
 */
export function isOurDevServer(record, procRoot = "/proc") {
  if (!record || !groupAlive(record.pid)) return false;
  if (!existsSync(`${procRoot}/self/stat`)) return true; // no /proc (non-Linux Unix): the group check is all there is
  const startTime = processStartTime(record.pid, procRoot);
  if (startTime === undefined || (record.startTime !== undefined && record.startTime !== startTime)) return false;
  try {
    // webpack-cli sets process.title = "webpack", which overwrites the command line it started with.
    const args = readFileSync(`${procRoot}/${record.pid}/cmdline`, "utf8").split("\0");
    return args[0] === "webpack" || (args.some((arg) => arg.includes("webpack-cli")) && args.includes("serve"));
  } catch {
    return false;
  }
}

/**
 * Whether the pid file names a dev server that is still running.
 * @example if (isRunning()) console.log("already serving")
 */
export function isRunning(file = DEV_SERVER_PID_FILE) {
  return isOurDevServer(readPidFile(file));
}

/** Sends a signal to a process group; false when it is gone or not ours to signal. */
function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}

/**
 * Ends a process group: SIGTERM to every member, then SIGKILL to what is left after `graceMs`. Resolves when the
 * group is gone, with whether it was running at all.
 * @example await stopProcessGroup(12345) // true
 */
export async function stopProcessGroup(pid, graceMs = 5000) {
  if (!(Number.isInteger(pid) && pid > 1) || !groupAlive(pid) || !signalGroup(pid, "SIGTERM")) return false;
  const deadline = Date.now() + graceMs;
  while (groupAlive(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  if (groupAlive(pid)) {
    signalGroup(pid, "SIGKILL");
    while (groupAlive(pid)) await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}
