// Browser tests: real Chromium against the built site, served by the plain static server (no dev server) with the
// headers of the build's _headers file, as Netlify or Cloudflare Pages would send them.
// Run after a build: `npx astro build` (dist/) and, for the sub-folder tests,
// `SITE_BASE=/news/2026/sp500-7000/ SITE_OUT_DIR=./tests/.output/dist-sub npx astro build`.
import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, chromiumPath } from './tools/browser.mjs';
import { ROOT, PORT, SUB_BASE, SUB_DIR, SUB_PORT } from './e2e/helpers/servers';

if (!existsSync(`${ROOT}/dist/index.html`)) {
  throw new Error('dist/ is missing (no dist/index.html): build the site first with `npx astro build`, then run the browser tests.');
}
const hasSubBuild = existsSync(`${ROOT}/${SUB_DIR}/index.html`);

const executablePath = chromiumPath();

export default defineConfig({
  testDir: fileURLToPath(new URL('./e2e', import.meta.url)),
  outputDir: `${ROOT}/tests/.output/test-results`,
  fullyParallel: true,
  // One worker per core of the 2-core machines this runs on (the browser stage takes about 8 minutes there);
  // E2E_WORKERS=1 for a slower machine.
  workers: Math.min(2, Number(process.env.E2E_WORKERS) || 2),
  retries: 0,
  forbidOnly: !!process.env.CI,
  // Whole-page tests walk every chapter (six pages of steps), so they get minutes, not seconds.
  timeout: 240_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: `${ROOT}/tests/.output/playwright.json` }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    trace: 'off',
    screenshot: 'off',
    video: 'off',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        // A system Chromium when there is one; otherwise Playwright's own (`npx playwright install chromium`).
        launchOptions: executablePath ? { executablePath, args: CHROMIUM_ARGS } : { args: CHROMIUM_ARGS },
      },
    },
  ],
  webServer: [
    {
      command: `node tests/tools/static-server.mjs dist / ${PORT} --headers`,
      cwd: ROOT,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 15_000,
      stdout: 'ignore',
    },
    // The sub-folder build, served under its base; without it the sub-folder spec fails with a plain message.
    ...(hasSubBuild
      ? [
          {
            command: `node tests/tools/static-server.mjs ${SUB_DIR} ${SUB_BASE} ${SUB_PORT} --headers`,
            cwd: ROOT,
            url: `http://127.0.0.1:${SUB_PORT}${SUB_BASE}`,
            reuseExistingServer: false,
            timeout: 15_000,
            stdout: 'ignore' as const,
          },
        ]
      : []),
  ],
});
