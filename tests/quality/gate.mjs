// One quality gate: collects a pass or fail per check, prints each, and writes the report `npm test` counts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** The value of `--name=value` on the command line, if given. */
export const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);

/**
 * Runs `body(gate)` and finishes with "<name>: N passed, N failed"; a thrown error counts as one failed check.
 * `gate.check(label, ok, detail)` records a check; `gate.figure(line)` records a figure worth keeping in the summary;
 * `gate.adopt(checks)` counts the checks of a helper process's report.
 * With `--report=<file>` the counts and figures are also written as JSON for tests/tools/run-all.mjs.
 */
export async function runGate(name, body) {
  const started = Date.now();
  const checks = [];
  const figures = [];
  const gate = {
    check(label, ok, detail = '') {
      checks.push({ label, ok: !!ok, detail });
      console.log(`${ok ? 'ok  ' : 'FAIL'} ${label}${detail ? `\n       ${String(detail).replace(/\n/g, '\n       ')}` : ''}`);
    },
    figure(line) {
      figures.push(line);
    },
    /** Counts checks another process ran and printed (its report's `checks`), without printing them again. */
    adopt(done) {
      checks.push(...done);
    },
  };
  try {
    await body(gate);
  } catch (error) {
    gate.check(`${name} ran to the end`, false, error instanceof Error ? (error.stack ?? error.message) : String(error));
  }
  if (!checks.length) gate.check(`${name} found something to check`, false, 'no checks ran');
  const passed = checks.filter((c) => c.ok).length;
  const failures = checks.filter((c) => !c.ok);
  const seconds = (Date.now() - started) / 1000;
  for (const line of figures) console.log(line);
  console.log(`${name}: ${passed} passed, ${failures.length} failed in ${seconds.toFixed(1)} s`);
  const report = arg('report');
  if (report) {
    mkdirSync(dirname(report), { recursive: true });
    writeFileSync(report, JSON.stringify({ name, passed, failed: failures.length, seconds, figures, failures, checks }, null, 2));
  }
  process.exitCode = failures.length ? 1 : 0;
}
