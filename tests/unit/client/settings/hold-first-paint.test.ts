// Covers src/client/settings/hold-first-paint.ts: the inline script holds the first paint for the reading bar and, at a deep link, for the element after the addressed step.
import { describe, expect, test } from 'vitest';
import { holdFirstPaintScript, type FirstPaintHolds } from '../../../../src/client/settings/hold-first-paint';

const PAGE: FirstPaintHolds = { barEnd: 'reader-settings', steps: ['a-one', 'a-two', 'b-one'], afterSteps: 'site-footer' };

/** Runs the script for `holds` at an address's hash against a stand-in document; returns the held-for addresses it added to <head>. */
function run(holds: FirstPaintHolds, hash: string, document?: object): string[] {
  const added: { rel: string; href: string; blocking?: string }[] = [];
  const standIn = document ?? {
    createElement: () => {
      const link = { rel: '', href: '', blocking: undefined as string | undefined, setAttribute: (name: string, value: string) => name === 'blocking' && (link.blocking = value) };
      return link;
    },
    head: { appendChild: (l: (typeof added)[number]) => added.push(l) },
  };
  new Function('document', 'location', holdFirstPaintScript(holds))(standIn, { hash });
  for (const l of added) expect(l, 'every link is a render-blocking expect link').toMatchObject({ rel: 'expect', blocking: 'render' });
  return added.map((l) => l.href);
}

describe('hold-first-paint script', () => {
  test('without an address, the first paint waits for the reading bar only', () => {
    expect(run(PAGE, '')).toEqual(['#reader-settings']);
    expect(run(PAGE, '#')).toEqual(['#reader-settings']);
  });

  test('a deep link to a step waits for the next step, the last step for what follows the steps', () => {
    expect(run(PAGE, '#a-one')).toEqual(['#reader-settings', '#a-two']);
    expect(run(PAGE, '#a-two')).toEqual(['#reader-settings', '#b-one']);
    expect(run(PAGE, '#b-one')).toEqual(['#reader-settings', '#site-footer']);
  });

  test('a deep link to anything else waits for that element; a page without the bar holds nothing else', () => {
    expect(run(PAGE, '#notes')).toEqual(['#reader-settings', '#notes']);
    expect(run(PAGE, '#caf%C3%A9')).toEqual(['#reader-settings', '#caf%C3%A9']);
    expect(run({ barEnd: null, steps: [], afterSteps: 'site-footer' }, '')).toEqual([]);
    expect(run({ barEnd: null, steps: [], afterSteps: 'site-footer' }, '#x')).toEqual(['#x']);
  });

  test('a malformed address or a document that throws is survived', () => {
    expect(run(PAGE, '#%E0%A4%A'), 'the bar is still waited for').toEqual(['#reader-settings']);
    expect(() => run(PAGE, '#a-one', {})).not.toThrow();
  });

  test('the script can be inlined: it never closes its own <script> element', () => {
    expect(holdFirstPaintScript({ ...PAGE, steps: ['</script>'] })).not.toMatch(/<\/script/i);
  });
});
