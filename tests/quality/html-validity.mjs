// Gate: the Nu HTML Checker (vnu-jar, on the machine's Java) finds zero errors in every built HTML file.
// `node tests/quality/html-validity.mjs [--dist=dist] [--report=file.json]`; the sub-folder build is checked too when present.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { arg, runGate } from './gate.mjs';
import { SUB_DIR, sitePages } from './site-pages.mjs';

const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

/**
 * Errors the checker reports on valid CSS, because its CSS library (the W3C CSS validator) does not know these
 * yet. Each entry matches one exact message; every filtered message is counted and printed.
 */
export const CHECKER_GAPS = [
  { message: /^CSS: “container-type”: Property “container-type” doesn't exist\.$/, why: 'CSS Containment 3 container queries (validator/validator#1811, w3c/css-validator#474)' },
  { message: /^CSS: Unrecognized at-rule “@container”$/, why: 'CSS Containment 3 container queries (w3c/css-validator#422)' },
  { message: /^CSS: “paint-order”: Property “paint-order” doesn't exist\.$/, why: 'paint-order, CSS Fill and Stroke 3 / SVG 2 (the checker knows it only as an SVG attribute)' },
];

await runGate('html-validity', async (gate) => {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (java.error) throw new Error('No `java` on PATH: the Nu HTML Checker needs a Java runtime (Debian: apt-get install default-jre-headless).');
  const dists = [arg('dist') ?? 'dist', ...(arg('dist') === undefined && existsSync(`${SUB_DIR}/index.html`) ? [SUB_DIR] : [])];
  const files = [];
  for (const dist of dists) for (const page of await sitePages(dist)) files.push(page.file);

  const started = Date.now();
  const run = spawnSync('java', ['-Xss16m', '-jar', VNU_JAR, '--format', 'json', '--stdout', '--exit-zero-always', ...files], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`vnu.jar exited with ${run.status}: ${run.stderr}`);
  const { messages } = JSON.parse(run.stdout);
  const seconds = (Date.now() - started) / 1000;

  const filtered = new Map();
  const byFile = new Map(files.map((f) => [f, { errors: [], warnings: 0 }]));
  for (const m of messages) {
    const file = m.url ? relative(process.cwd(), new URL(m.url).pathname) : '(no file)';
    const entry = byFile.get(file) ?? byFile.set(file, { errors: [], warnings: 0 }).get(file);
    if (m.type === 'info') {
      entry.warnings++;
      continue;
    }
    const gap = CHECKER_GAPS.find((g) => g.message.test(m.message));
    if (gap) {
      filtered.set(gap.why, (filtered.get(gap.why) ?? 0) + 1);
      continue;
    }
    entry.errors.push(`${file}:${m.lastLine ?? '?'}:${m.firstColumn ?? m.lastColumn ?? '?'}: ${m.type}${m.subType ? ` (${m.subType})` : ''}: ${m.message}${m.extract ? `\n  ${m.extract.replace(/\s+/g, ' ').trim().slice(0, 160)}` : ''}`);
  }
  for (const [file, { errors }] of byFile) gate.check(`${file}: ${errors.length} errors`, errors.length === 0, errors.slice(0, 20).join('\n') + (errors.length > 20 ? `\n… and ${errors.length - 20} more` : ''));

  const warnings = [...byFile.values()].reduce((n, e) => n + e.warnings, 0);
  gate.figure(`\nNu HTML Checker (${VNU_JAR.replace(/^.*node_modules\//, '')}, ${(java.stderr.split('\n')[0] ?? '').trim()}): ${files.length} files in ${seconds.toFixed(1)} s, ${[...byFile.values()].reduce((n, e) => n + e.errors.length, 0)} errors, ${warnings} warnings (not gated)`);
  for (const [why, n] of filtered) gate.figure(`  not counted: ${n} messages on valid CSS the checker does not know: ${why}`);
});
