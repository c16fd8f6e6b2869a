/*
 * `npm start`: serves the add-in on https://localhost:3000 and, where Excel desktop exists (Windows, macOS),
 * sideloads it with office-addin-debugging (run through npx: it is not a dependency because its keytar
 * native module does not build on Linux). Elsewhere it serves and explains how to upload manifest.xml.
 */
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { existsSync, rmSync } from "node:fs";
import { DEV_SERVER_PID_FILE, isRunning, stopProcessGroup, writePidFile } from "./devServerProcess.mjs";
import { sideloadCommand } from "./sideloadCommand.mjs";

const canSideload = process.platform === "win32" || process.platform === "darwin";

if (canSideload) {
  const { command, args, shell } = sideloadCommand("start");
  const child = spawn(command, args, { stdio: "inherit", shell });
  child.on("exit", (code) => process.exit(code ?? 0));
} else {
  serveOnly();
}

/** Starts webpack's dev server as the leader of its own process group, so `npm stop` can end it with its children. */
function serveOnly() {
  if (isRunning()) {
    console.error("A dev server started by `npm start` is already running; `npm stop` ends it.");
    process.exit(1);
  }
  if (existsSync(DEV_SERVER_PID_FILE)) console.log(`${DEV_SERVER_PID_FILE} names no running dev server of ours; replacing it.`);
  const port = process.env.npm_package_config_dev_server_port || "3000";
  const webpackCli = createRequire(import.meta.url).resolve("webpack-cli/bin/cli.js");
  const server = spawn(process.execPath, [webpackCli, "serve", "--mode", "development"], { stdio: "inherit", detached: true });
  writePidFile(server.pid);
  console.log(`
Kundeværdi is being served on https://localhost:${port} (dev certificates from ~/.office-addin-dev-certs).
Excel desktop is not available on ${process.platform}, so nothing is sideloaded. To try the add-in in Excel on the web:
  1. Open a workbook at https://www.office.com and choose Home → Add-ins → More Add-ins → My Add-ins → Upload My Add-in.
  2. Upload manifest.xml from this folder. The browser must trust https://localhost:${port}: open it once and accept the certificate.
Stop with Ctrl+C or \`npm stop\`.
`);
  const finish = (code) => {
    rmSync(DEV_SERVER_PID_FILE, { force: true });
    process.exit(code);
  };
  // The server has its own process group, so the terminal's Ctrl+C reaches only this process: pass it on.
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    process.on(signal, () => {
      stopProcessGroup(server.pid).finally(() => finish(0));
    });
  }
  server.on("exit", (code) => finish(code ?? 0));
}
