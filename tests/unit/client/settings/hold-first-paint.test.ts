// Covers src/client/settings/hold-first-paint.ts: at a deep link the inline script asks for the first paint to wait for the addressed element; otherwise it adds nothing.
import { describe, expect, test } from 'vitest';
import { HOLD_FIRST_PAINT_SCRIPT } from '../../../../src/client/settings/hold-first-paint';

interface StandInLink {
  rel: string;
  href: string;
  attributes: Record<string, string>;
  setAttribute(name: string, value: string): void;
}

/** Runs the script at an address's hash against a stand-in document; returns the links it added to <head>. */
function run(hash: string): StandInLink[] {
  const added: StandInLink[] = [];
  const document = {
    createElement: (): StandInLink => ({
      rel: '',
      href: '',
      attributes: {},
      setAttribute(name, value) {
        this.attributes[name] = value;
      },
    }),
    head: { appendChild: (l: StandInLink) => added.push(l) },
  };
  new Function('document', 'location', HOLD_FIRST_PAINT_SCRIPT)(document, { hash });
  return added;
}

describe('hold-first-paint script', () => {
  test('a deep link holds the first paint until its target is parsed', () => {
    const [link, ...rest] = run('#two-markets-gold-long-view');
    expect(rest).toEqual([]);
    expect(link).toMatchObject({ rel: 'expect', href: '#two-markets-gold-long-view', attributes: { blocking: 'render' } });
  });

  test('no address, or an empty one, adds nothing', () => {
    expect(run('')).toEqual([]);
    expect(run('#')).toEqual([]);
  });

  test('a document that throws is survived', () => {
    expect(() => new Function('document', 'location', HOLD_FIRST_PAINT_SCRIPT)({}, { hash: '#x' })).not.toThrow();
  });

  test('the script can be inlined: it never closes its own <script> element', () => {
    expect(HOLD_FIRST_PAINT_SCRIPT).not.toMatch(/<\/script/i);
  });
});
