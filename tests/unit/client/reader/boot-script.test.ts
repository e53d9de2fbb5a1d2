// Covers src/reader/boot-script.ts: the inline script applies valid saved choices to <html>, ignores anything else, and its CSP hash is its own.
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { BOOT_SCRIPT, BOOT_SCRIPT_HASH } from '../../../../src/client/reader/boot-script';
import { STORAGE_KEY } from '../../../../src/client/reader/settings';

/** Runs the script against a stand-in document and storage; returns the data attributes it set. */
function run(stored: string | null | (() => never)): Record<string, string> {
  const dataset: Record<string, string> = {};
  const localStorage = {
    getItem: (key: string) => {
      if (typeof stored === 'function') return stored();
      return key === STORAGE_KEY ? stored : null;
    },
  };
  new Function('document', 'localStorage', BOOT_SCRIPT)({ documentElement: { dataset } }, localStorage);
  return dataset;
}

describe('boot script', () => {
  test('applies each saved choice', () => {
    expect(run(JSON.stringify({ mode: 'stepper', motion: 'off', keys: 'off' }))).toEqual({ mode: 'stepper', motion: 'off', keys: 'off' });
    expect(run(JSON.stringify({ mode: 'article' }))).toEqual({ mode: 'article' });
    expect(run(JSON.stringify({ motion: 'on' }))).toEqual({ motion: 'on' });
  });

  test('nothing saved, defaults, unknown values and junk leave <html> alone', () => {
    expect(run(null)).toEqual({});
    expect(run(JSON.stringify({ mode: 'scroll', keys: 'on' }))).toEqual({});
    expect(run(JSON.stringify({ mode: 'slideshow', motion: true, extra: 'x' }))).toEqual({});
    expect(run('not json')).toEqual({});
    expect(run('null')).toEqual({});
    expect(run('"stepper"')).toEqual({});
  });

  test('storage that throws (blocked) is survived', () => {
    expect(run(() => {
      throw new Error('SecurityError');
    })).toEqual({});
  });

  test('the CSP hash is the SHA-256 of the exact script text', () => {
    expect(BOOT_SCRIPT_HASH).toBe(`sha256-${createHash('sha256').update(BOOT_SCRIPT).digest('base64')}`);
    expect(BOOT_SCRIPT).not.toMatch(/<\/script/i);
  });
});
