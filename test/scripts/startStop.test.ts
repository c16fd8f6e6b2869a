/**
 * `npm start` / `npm stop` on Linux: start serves the add-in with webpack's dev server, and stop (or Ctrl+C) must end
 * every process start began (the dev server runs as its own process group), so the port is free again; a pid file
 * that no longer names that dev server is stale and must never get another process killed. Runs the real scripts on a
 * free port, with a temporary pid file and a temporary home holding self-signed dev certificates (nothing installed).
 */
import { spawn, spawnSync, type ChildProcess, type SpawnOptions } from "node:child_process";
import * as fs from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { callScriptExport, REPO_ROOT } from "./esmModule";
import { freePort } from "../support/freePort";


function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

async function until(condition: () => Promise<boolean> | boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The pids of a process group's members (Linux ps). */
function groupMembers(pgid: number): number[] {
  const ps = spawnSync("ps", ["-o", "pid=", "-g", String(pgid)], { encoding: "utf8" });
  return ps.stdout.split("\n").map((line) => Number(line.trim())).filter((pid) => pid > 0);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Field 22 of /proc/<pid>/stat: the process's start time in clock ticks since boot. */
function startTime(pid: number): string {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
}

/** A home folder with self-signed localhost certificates where the dev server looks for them. */
function homeWithCertificates(): string {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), "kv-home-"));
  const folder = path.join(home, ".office-addin-dev-certs");
  fs.mkdirSync(folder);
  const openssl = spawnSync(
    "openssl",
    ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "localhost.key", "-out", "localhost.crt", "-days", "1", "-subj", "/CN=localhost"],
    { cwd: folder, encoding: "utf8" },
  );
  if (openssl.status !== 0) throw new Error(`openssl could not make a test certificate: ${openssl.stderr}`);
  fs.copyFileSync(path.join(folder, "localhost.crt"), path.join(folder, "ca.crt"));
  return home;
}

(process.platform === "linux" ? describe : describe.skip)("npm start / npm stop (Linux)", () => {
  let tmp = "";
  let pidFile = "";
  let readableScripts = "";
  let home = "";
  const started: ChildProcess[] = [];
  /** Processes the test starts as stand-ins for whatever reused a dev server's pid, each its own group leader. */
  const bystanders: ChildProcess[] = [];

  beforeAll(() => {
    // World-writable, so `npm stop` run as another user can remove the pid file in it.
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kv-pid-"));
    fs.chmodSync(tmp, 0o777);
    pidFile = path.join(tmp, "dev-server.pid");
    // The scripts as another user can read them: a clone in a private folder (mktemp -d) is not readable by nobody.
    readableScripts = path.join(tmp, "scripts");
    fs.mkdirSync(readableScripts, { mode: 0o755 });
    for (const file of fs.readdirSync(path.join(REPO_ROOT, "scripts")).filter((name) => name.endsWith(".mjs"))) {
      fs.copyFileSync(path.join(REPO_ROOT, "scripts", file), path.join(readableScripts, file));
      fs.chmodSync(path.join(readableScripts, file), 0o644);
    }
  });

  /** The dev servers' process groups, ended here should a test fail before stopping them. */
  const groups: number[] = [];

  afterEach(() => fs.rmSync(pidFile, { force: true }));

  afterAll(() => {
    for (const group of groups) for (const member of groupMembers(group)) process.kill(member, "SIGKILL");
    for (const child of [...started, ...bystanders]) {
      child.stdout?.destroy();
      child.stderr?.destroy();
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    }
    if (home) fs.rmSync(home, { recursive: true, force: true });
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  function env(): NodeJS.ProcessEnv {
    return { ...process.env, KUNDEVAERDI_DEV_SERVER_PID_FILE: pidFile };
  }

  /**
   * Runs `npm stop`. Not spawnSync: were stop to signal one of the test's own children, the test must be free to reap
   * it, or the group stays alive as a zombie and stop waits for it forever.
   */
  function stop(options: SpawnOptions = {}): Promise<{ status: number | null; stdout: string; stderr: string }> {
    const otherUser = options.uid !== undefined;
    const script = otherUser ? path.join(readableScripts, "stop.mjs") : "scripts/stop.mjs";
    const child = spawn(process.execPath, [script], { cwd: otherUser ? readableScripts : REPO_ROOT, env: env(), ...options });
    let stdout = "";
    let stderr = "";
    child.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
    return new Promise((resolve) =>
      child.on("close", (status) => {
        clearTimeout(timer);
        resolve({ status, stdout, stderr });
      }),
    );
  }

  /** Runs `npm start` on a free port and waits until the dev server listens; resolves with the port, the group and the output so far. */
  async function start(): Promise<{ process: ChildProcess; port: number; group: number; output: () => string }> {
    const port = await freePort();
    home ||= homeWithCertificates();
    let output = "";
    const child = spawn(process.execPath, ["scripts/start.mjs"], {
      cwd: REPO_ROOT,
      env: { ...env(), HOME: home, npm_package_config_dev_server_port: String(port) },
      stdio: ["ignore", "pipe", "pipe"],
    });
    started.push(child);
    child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    await until(async () => child.exitCode !== null || (await accepts(port)), 60_000, `the dev server listens on ${port}:\n${output}`);
    expect(output).toContain(`https://localhost:${port}`);
    const group = Number(fs.readFileSync(pidFile, "utf8").split(/\s+/)[0]);
    groups.push(group);
    expect(groupMembers(group).length).toBeGreaterThan(0);
    return { process: child, port, group, output: () => output };
  }

  /** Starts a process of the test's own as the leader of a new process group, like `setsid sleep 30`. */
  function bystander(command: string, args: string[]): number {
    const child = spawn(command, args, { detached: true, stdio: "ignore" });
    bystanders.push(child);
    return child.pid as number;
  }

  it("start replaces a stale pid file; stop ends every process start began and frees the port", async () => {
    const sleeper = bystander("sleep", ["30"]);
    fs.writeFileSync(pidFile, `${sleeper}\n`);

    const { process: npmStart, port, group, output } = await start();
    expect(output()).not.toContain("already running");
    expect(group).not.toBe(sleeper);
    expect(alive(sleeper)).toBe(true);

    const second = spawnSync(process.execPath, ["scripts/start.mjs"], { cwd: REPO_ROOT, encoding: "utf8", env: env() });
    expect(second.status).toBe(1);
    expect(second.stderr).toContain("already running");

    const stopped = await stop();
    expect(stopped.status).toBe(0);
    expect(stopped.stdout).toContain(`Stopped the dev server (process group ${group})`);
    expect(groupMembers(group)).toEqual([]);
    expect(await accepts(port)).toBe(false);
    expect(fs.existsSync(pidFile)).toBe(false);
    await until(() => npmStart.exitCode !== null, 10_000, "npm start's own process has exited");
    expect(alive(sleeper)).toBe(true);

    expect((await stop()).stdout).toContain("No dev server started by `npm start` is running.");
  }, 90_000);

  it("Ctrl+C (SIGINT) to npm start's process ends the dev server's whole group and frees the port", async () => {
    const { process: npmStart, port, group } = await start();
    npmStart.kill("SIGINT");
    await until(() => npmStart.exitCode !== null, 15_000, "npm start has exited after SIGINT");
    expect(npmStart.exitCode).toBe(0);
    expect(groupMembers(group)).toEqual([]);
    expect(await accepts(port)).toBe(false);
    expect(fs.existsSync(pidFile)).toBe(false);
  }, 90_000);

  it.each([
    ["its pid alone", (pid: number) => `${pid}\n`],
    ["its pid and start time", (pid: number) => `${pid} ${startTime(pid)}\n`],
  ])("stop leaves alone an unrelated process that the pid file names by %s, and removes the file", async (_, contents) => {
    const sleeper = bystander("sleep", ["30"]);
    fs.writeFileSync(pidFile, contents(sleeper));
    const stopped = await stop();
    expect(stopped.status).toBe(0);
    expect(stopped.stdout).toContain("was not running; removed the stale file");
    expect(fs.existsSync(pidFile)).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(alive(sleeper)).toBe(true);
  });

  it("stop leaves a webpack-cli serve lookalike alone when its start time differs from the pid file's", async () => {
    const lookalike = bystander(process.execPath, ["-e", "setTimeout(() => {}, 30000)", "node_modules/webpack-cli/bin/cli.js", "serve"]);
    await until(() => fs.readFileSync(`/proc/${lookalike}/cmdline`, "utf8").includes("webpack-cli"), 5_000, "the lookalike runs node");
    fs.writeFileSync(pidFile, `${lookalike} ${Number(startTime(lookalike)) - 1}\n`);
    expect((await stop()).stdout).toContain("was not running; removed the stale file");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(alive(lookalike)).toBe(true);

    // The same record with the right start time is taken for the dev server, which shows the check is the start time.
    const record = JSON.stringify({ pid: lookalike, startTime: startTime(lookalike) });
    expect(callScriptExport("devServerProcess.mjs", "isOurDevServer", `isOurDevServer(${record})`)).toBe(true);
  });

  // Root runs stop as nobody against its own process; anyone else points the pid file at a group of another user.
  const asOtherUser = process.getuid?.() === 0;
  function foreignGroupLeader(): number | undefined {
    const ps = spawnSync("ps", ["-eo", "pid=,pgid=,uid="], { encoding: "utf8" });
    const rows = ps.stdout.split("\n").map((line) => line.trim().split(/\s+/).map(Number));
    return rows.find(([pid, pgid, uid]) => pid > 1 && pid === pgid && uid !== process.getuid?.())?.[0];
  }

  it("a pid file naming another user's process group (EPERM) is stale to stop, and to the check without /proc", async () => {
    const target = asOtherUser ? bystander("sleep", ["30"]) : foreignGroupLeader();
    if (target === undefined) return; // no other user's process group to point at
    const user: SpawnOptions = asOtherUser ? { uid: 65534, gid: 65534 } : {};
    fs.writeFileSync(pidFile, `${target}\n`);
    const stopped = await stop(user);
    expect(stopped.stderr).toBe("");
    expect(stopped.status).toBe(0);
    expect(stopped.stdout).toContain("was not running; removed the stale file");
    expect(fs.existsSync(pidFile)).toBe(false);
    expect(alive(target)).toBe(true);

    const withoutProc = `isOurDevServer({ pid: ${target} }, "/nonexistent-proc")`;
    expect(callScriptExport("devServerProcess.mjs", "isOurDevServer", withoutProc, { ...user, ...(asOtherUser ? { cwd: readableScripts } : {}) }, asOtherUser ? readableScripts : undefined)).toBe(false);
  });

  it("without /proc, a live group of our own counts as the dev server and a missing one does not", () => {
    const sleeper = bystander("sleep", ["30"]);
    const check = (pid: number) => callScriptExport("devServerProcess.mjs", "isOurDevServer", `isOurDevServer({ pid: ${pid} }, "/nonexistent-proc")`);
    expect(check(sleeper)).toBe(true);
    const gone = spawnSync("true").pid as number;
    expect(check(gone)).toBe(false);
  });
});
