// Covers the real `astro build` on a copy of the project: a corrupt data cell, a cross-field data error and a missing Step state each fail it with file, line, field and expectation; in CI, a build with no SITE_ORIGIN refuses to run.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const copies: string[] = [];

/** Copies what the build reads into a temp folder; node_modules is a folder of links so Astro's and Vite's caches stay in the copy. */
function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'seven-thousand-build-'));
  copies.push(dir);
  for (const name of ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  }
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
    if (entry !== '.astro' && entry !== '.vite') symlinkSync(join(ROOT, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
  return dir;
}

function edit(dir: string, file: string, from: string, to: string): void {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  expect(text, `${file} contains ${from}`).toContain(from);
  writeFileSync(path, text.replace(from, to));
}

/**
 * Runs `astro build` in `dir` with a clean environment (a local build on purpose, SITE_LOCAL=1, unless `extra` says
 * otherwise); resolves with the exit code and all output.
 */
function build(dir: string, extra: Record<string, string | undefined> = { SITE_LOCAL: '1' }): Promise<{ code: number; output: string }> {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(VITEST|NODE_ENV$|TEST$|SITE_|CI$|FORCE_COLOR$)/.test(k)),
  );
  Object.assign(env, { ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', SITE_OUT_DIR: join(dir, 'dist') }, extra);
  return new Promise((resolve) => {
    execFile(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd: dir, env, timeout: 55_000, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, output: `${stdout}\n${stderr}`.replace(/\x1b\[[0-9;]*m/g, '') });
    });
  });
}

afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

describe('astro build fails loudly on bad input', { timeout: 60_000 }, () => {
  test('a corrupt cell in content/data/sp500_milestones.csv', async () => {
    const dir = copyProject();
    edit(dir, 'content/data/sp500_milestones.csv', '5000,2024-02-09,5026.61,', '5000,2024-02-09,5O26.61,');
    const { code, output } = await build(dir);
    expect(code).not.toBe(0);
    expect(output).toContain('content/data/sp500_milestones.csv:6: column "first_close_value": found "5O26.61", expected a plain decimal number such as 6978.03');
  });

  // One build proves two things: the byte-order mark added at the start is dropped (else the header
  // would fail first, on line 1), and a row whose values disagree stops the build with both values.
  test('a cross-field error in content/data/sp500_milestones.csv that starts with a byte-order mark', async () => {
    const dir = copyProject();
    edit(dir, 'content/data/sp500_milestones.csv', 'level,', '\uFEFFlevel,');
    edit(dir, 'content/data/sp500_milestones.csv', '7000,2026-04-15,7022.95,2026-01-28,', '7000,2026-04-15,7022.95,2026-04-16,');
    const { code, output } = await build(dir);
    expect(code).not.toBe(0);
    expect(output).toContain(
      'content/data/sp500_milestones.csv:8: first_intraday_high_at_or_above_date 2026-04-16 is after first_close_at_or_above_date 2026-04-15 (expected the first intraday touch on or before the first close)',
    );
  });

  test('a Step in content/chapters/01-the-climb.mdx naming a state the chart lacks', async () => {
    const dir = copyProject();
    edit(dir, 'content/chapters/01-the-climb.mdx', '<Step id="from-6000" state="from-6000">', '<Step id="from-6000" state="from-5000">');
    const { code, output } = await build(dir);
    expect(code).not.toBe(0);
    expect(output).toContain(
      'content/chapters/01-the-climb.mdx:24:3: <Step> state: found "from-5000", expected a state of chart "climb": long-view, milestones, from-6000, jan28',
    );
  });

  test('in CI, a build that names no SITE_ORIGIN (and no SITE_LOCAL) refuses to run', async () => {
    const dir = copyProject();
    const { code, output } = await build(dir, { CI: 'true' });
    expect(code).not.toBe(0);
    expect(output).toContain('SITE_ORIGIN is not set: canonical links, share images, oEmbed URLs and the sitemap will all point at http://127.0.0.1:4321.');
    expect(output).toContain('Refusing to build in CI without it.');
  });
});
