/*
 * `npm start`: serves the add-in on https://localhost:3000 and, where Excel desktop exists (Windows, macOS),
 * sideloads it with office-addin-debugging (run through npx: it is not a dependency because its keytar
 * native module does not build on Linux). Elsewhere it serves and explains how to upload manifest.xml.
 */
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";

const npx = process.platform === "win32" ? "npx.cmd" : "npx";
const canSideload = process.platform === "win32" || process.platform === "darwin";

if (canSideload) {
  const child = spawn(npx, ["--yes", "office-addin-debugging", "start", "manifest.xml", "desktop", "--dev-server", "npm run dev-server"], {
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  child.on("exit", (code) => process.exit(code ?? 0));
} else {
  const server = spawn(npx, ["webpack", "serve", "--mode", "development"], { stdio: "inherit" });
  writeFileSync(".dev-server.pid", String(server.pid));
  console.log(`
Kundeværdi is being served on https://localhost:3000 (dev certificates from ~/.office-addin-dev-certs).
Excel desktop is not available on ${process.platform}, so nothing is sideloaded. To try the add-in in Excel on the web:
  1. Open a workbook at https://www.office.com and choose Home → Add-ins → More Add-ins → My Add-ins → Upload My Add-in.
  2. Upload manifest.xml from this folder. The browser must trust https://localhost:3000: open it once and accept the certificate.
Stop with Ctrl+C or \`npm stop\`.
`);
  server.on("exit", (code) => process.exit(code ?? 0));
}
