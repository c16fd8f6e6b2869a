import type { Browser, Page } from "playwright-core";
import { isolatedContext, launchChromium, watchErrors, type PageWatch } from "./browser";
import { startDemo, type RunningDemo } from "./demoServer";

/** A demo server with one page open on it in Chromium, in an isolated context of `locale`. */
export interface DemoSession {
  demo: RunningDemo;
  browser: Browser;
  page: Page;
  watch: PageWatch;
  /** Closes the browser and stops the server. */
  close: () => Promise<void>;
}

/**
 * Starts the demo, opens it in Chromium with the Office display language `locale` and waits until its workbook is
 * there, so a test can seed sheets at once.
 * @example const session = await openDemoSession("da-DK"); … await session.close();
 */
export async function openDemoSession(locale: string): Promise<DemoSession> {
  const demo = await startDemo();
  const browser = await launchChromium();
  const { context, watch } = await isolatedContext(browser, locale);
  const page = await context.newPage();
  watchErrors(page, watch);
  await page.goto(`${demo.url}?lang=${locale}`);
  await page.waitForFunction(() => "kundevaerdiDemo" in window);
  return {
    demo,
    browser,
    page,
    watch,
    close: async () => {
      await browser.close();
      await demo.stop();
    },
  };
}
