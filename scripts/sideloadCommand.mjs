/* How `npm start` and `npm stop` run office-addin-debugging where Excel desktop exists (Windows, macOS). */

/**
 * The command, arguments and shell option that start or stop sideloading on a platform. Windows runs npx.cmd through
 * cmd.exe, which gets the arguments joined by spaces unquoted, so the dev server command is quoted there.
 * @example sideloadCommand("start", "win32").args.at(-1) // '"npm run dev-server"'
 */
export function sideloadCommand(action, platform = process.platform) {
  const windows = platform === "win32";
  const devServer = windows ? '"npm run dev-server"' : "npm run dev-server";
  const args =
    action === "start"
      ? ["--yes", "office-addin-debugging", "start", "manifest.xml", "desktop", "--dev-server", devServer]
      : ["--yes", "office-addin-debugging", "stop", "manifest.xml"];
  return { command: windows ? "npx.cmd" : "npx", args, shell: windows };
}
