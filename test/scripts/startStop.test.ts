/**
 * `npm start` / `npm stop` on Linux: start serves the add-in with webpack's dev server, and stop must end every
 * process start began (the dev server runs as its own process group), so the port is free again. Runs the real
 * scripts on a free port, with a temporary home holding self-signed dev certificates (so nothing is installed).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";

const REPO_ROOT = path.resolve(__dirname, "../..");
const PID_FILE = path.join(REPO_ROOT, ".dev-server.pid");

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

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
  let start: ChildProcess | undefined;
  let output = "";
  let home = "";

  afterAll(() => {
    start?.stdout?.destroy();
    start?.stderr?.destroy();
    if (start && start.exitCode === null) start.kill("SIGKILL");
    if (fs.existsSync(PID_FILE)) {
      const pid = Number(fs.readFileSync(PID_FILE, "utf8"));
      for (const member of groupMembers(pid)) process.kill(member, "SIGKILL");
      fs.rmSync(PID_FILE, { force: true });
    }
    if (home) fs.rmSync(home, { recursive: true, force: true });
  });

  it("stops every process that start began, and frees the port", async () => {
    expect(fs.existsSync(PID_FILE)).toBe(false); // a dev server of `npm start` is running here: stop it first
    const port = await freePort();
    home = homeWithCertificates();
    start = spawn(process.execPath, ["scripts/start.mjs"], {
      cwd: REPO_ROOT,
      env: { ...process.env, HOME: home, npm_package_config_dev_server_port: String(port) },
      stdio: ["ignore", "pipe", "pipe"],
    });
    start.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    start.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    await until(() => accepts(port), 90_000, `the dev server listens on ${port}:\n${output}`);
    expect(output).toContain(`https://localhost:${port}`);
    const group = Number(fs.readFileSync(PID_FILE, "utf8"));
    expect(groupMembers(group).length).toBeGreaterThan(0);

    const stop = spawnSync(process.execPath, ["scripts/stop.mjs"], { cwd: REPO_ROOT, encoding: "utf8" });
    expect(stop.status).toBe(0);
    expect(stop.stdout).toContain(`Stopped the dev server (process group ${group})`);
    expect(groupMembers(group)).toEqual([]);
    expect(await accepts(port)).toBe(false);
    expect(fs.existsSync(PID_FILE)).toBe(false);
    await until(() => start?.exitCode !== null, 10_000, "npm start's own process has exited");

    const again = spawnSync(process.execPath, ["scripts/stop.mjs"], { cwd: REPO_ROOT, encoding: "utf8" });
    expect(again.stdout).toContain("No dev server started by `npm start` is running.");
  }, 150_000);
});
