// browser.mjs — launches Debian's chromium (scripts/install-browser.sh) through playwright-core for the e2e tests.
import { chromium } from "playwright-core";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const CHROMIUM = process.env.GILPY_CHROMIUM ?? "/usr/bin/chromium";

/** A fresh headless chromium with its own profile folder; `close()` removes the folder. */
export async function launch() {
  const profile = mkdtempSync(join(tmpdir(), "gilpy-e2e-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ],
    viewport: { width: 1000, height: 800 },
    // CPython's recordings ran with TZ=UTC (tests/conformance/lib.mjs programEnv); the worker reports the
    // realm's zone as TZ and uses it for time.localtime.
    timezoneId: "UTC",
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
