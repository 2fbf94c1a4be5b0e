// Finds a Chromium for Playwright: Debian's /usr/bin/chromium, else Playwright's own download, else a fix.
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  for (const candidate of candidates) if (fs.existsSync(candidate)) return { ok: true, path: candidate };
  try {
    const bundled = require('playwright-core').chromium.executablePath();
    if (bundled && fs.existsSync(bundled)) return { ok: true, path: bundled };
  } catch {
    // playwright-core not resolvable or no browser downloaded
  }
  return {
    ok: false,
    message:
      'No Chromium found for the e2e tests: install it with `apt-get install -y chromium` (or `npx playwright install chromium` where downloads work), or set CHROMIUM_PATH.',
  };
}
