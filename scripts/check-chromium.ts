// Run by `npm run test:e2e` before Playwright: the browser tests need a Chromium on this machine.
// playwright.config.ts launches env.CHROMIUM_PATH (default /usr/bin/chromium).
import { existsSync } from "node:fs";
import { env } from "../lib/env";

const wanted = env.CHROMIUM_PATH;
if (!existsSync(wanted)) {
  const other = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].find(
    (p) => p !== wanted && existsSync(p),
  );
  console.error(
    other
      ? `Chromium is not at ${wanted}, but ${other} exists: run with CHROMIUM_PATH=${other}`
      : `The browser tests need Chromium, and there is none at ${wanted}.\n` +
          "  Debian/Ubuntu: sudo apt-get install -y chromium\n" +
          "  Or set CHROMIUM_PATH to a Chromium or Chrome binary.",
  );
  process.exit(1);
}
