// Covers src/client/settings/boot-script.ts: the inline script applies valid saved choices to <html> and ignores anything else.
import { describe, expect, test } from 'vitest';
import { BOOT_SCRIPT } from '../../../../src/client/settings/boot-script';
import { STORAGE_KEY } from '../../../../src/client/settings/settings';

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

  test('the script can be inlined: it never closes its own <script> element', () => {
    expect(BOOT_SCRIPT).not.toMatch(/<\/script/i);
  });
});
