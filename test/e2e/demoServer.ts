import { spawn, type ChildProcess } from "child_process";
import path from "path";

const REPO_ROOT = path.resolve(__dirname, "../..");

/** A running `node scripts/demoServer.mjs` on a free port. */
export interface RunningDemo {
  url: string;
  stop: () => Promise<void>;
}

/**
 * Starts the demo server as `npm run demo` does (after the build), on a free port, and resolves with the URL
 * it prints. Rejects with the server's own message when it cannot start (e.g. no build). `sample: false` starts
 * it without the CDNOW sample, so the page falls back to a simulated log.
 */
export function startDemo({ sample = true }: { sample?: boolean } = {}): Promise<RunningDemo> {
  const args = [path.join(REPO_ROOT, "scripts/demoServer.mjs"), "--port", "0", ...(sample ? [] : ["--no-sample"])];
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: REPO_ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`the demo server printed no URL within 20 s:\n${output}`));
    }, 20_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /^Demo: (http:\/\/localhost:\d+\/)$/m.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1], stop });
      }
    };
    child.stdout?.on("data", read);
    child.stderr?.on("data", read);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the demo server exited with status ${code}:\n${output}`));
    });
  });
}
