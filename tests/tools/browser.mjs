// Finds a Chromium to drive: $CHROMIUM_PATH, then the usual system paths, else Playwright's own download.
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'];

/** Path of a system Chromium, or undefined to let Playwright use its own (after `npx playwright install chromium`). */
export function chromiumPath() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
    return fromEnv;
  }
  return CANDIDATES.find((p) => existsSync(p));
}

/** Flags for a quiet, offline, sandbox-free headless run (CI runs as root). */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export const NO_BROWSER_HELP =
  'No Chromium found. Install one (Debian/Ubuntu: apt-get install chromium; macOS: install Google Chrome), ' +
  'or set CHROMIUM_PATH to its executable, or run `npx playwright install chromium` to use Playwright’s own.';
