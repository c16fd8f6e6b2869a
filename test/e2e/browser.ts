import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import fs from "fs";
import path from "path";

/** Debian's chromium package; playwright-core drives it (no browser is downloaded). */
export const CHROMIUM = process.env.KV_CHROMIUM ?? "/usr/bin/chromium";

/** Flags for a sandbox-less CI container that must not reach the network. */
const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"];

/** Where screenshots go (gitignored). */
export const ARTIFACTS = path.resolve(__dirname, "../../test-artifacts/e2e");

/** Starts headless Chromium; fails with a clear message when it is not installed. */
export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium), as .ci/run does`);
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** What a page did that a test must see: requests that tried to leave the machine, and uncaught errors. */
export interface PageWatch {
  blockedRequests: string[];
  errors: string[];
}

/**
 * A browser context in `locale` (the pane's language follows navigator.language outside Office) whose requests
 * to anything but the local demo server are refused and recorded, so a test can assert there is no network use.
 */
export async function isolatedContext(browser: Browser, locale: string): Promise<{ context: BrowserContext; watch: PageWatch }> {
  const context = await browser.newContext({ locale, viewport: { width: 1440, height: 900 } });
  const watch: PageWatch = { blockedRequests: [], errors: [] };
  await context.route("**/*", (route) => {
    const { hostname, protocol } = new URL(route.request().url());
    if ((protocol === "http:" && (hostname === "localhost" || hostname === "127.0.0.1")) || protocol === "data:" || protocol === "blob:") return route.continue();
    watch.blockedRequests.push(route.request().url());
    return route.abort();
  });
  return { context, watch };
}

/** Records uncaught errors of the page and its frames. */
export function watchErrors(page: Page, watch: PageWatch): void {
  page.on("pageerror", (error) => watch.errors.push(`${page.url()}: ${error.message}`));
}

/** Saves a full-window screenshot under test-artifacts/e2e/<name>.png; returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  // Animations are finished first, so a button just enabled is not caught mid-fade.
  await page.screenshot({ path: file, animations: "disabled" });
  return file;
}
