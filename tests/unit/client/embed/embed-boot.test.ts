// Covers src/client/embed/embed-boot.ts: the two inline scripts decide as embed-params.ts and fit-layout.ts do, before the first paint.
import { describe, expect, test } from 'vitest';
import { LAYOUT_BOOT, THEME_BOOT } from '../../../../src/client/embed/embed-boot';
import { embedParams } from '../../../../src/client/embed/embed-params';
import { chooseLayout } from '../../../../src/client/embed/fit-layout';

const location = (search: string, hash = '') => ({ search, hash });

describe('theme boot', () => {
  const run = (search: string) => {
    const dataset: Record<string, string> = {};
    new Function('document', 'location', THEME_BOOT)({ documentElement: { dataset } }, location(search));
    return dataset['theme'] ?? 'auto';
  };
  test.each(['', '?theme=light', '?theme=dark', '?theme=auto', '?theme=sepia', '?x=1&theme=dark'])('%s: as embedParams', (search) => {
    expect(run(search)).toBe(embedParams(search, '').theme);
  });
});

/** A stand-in page: a chapter "c" with steps c-a (graphic 1) and c-b (graphic 2), a root `full` px tall measured, a window `vh` px. */
function page(full: number) {
  const classes = (initial: string[] = []) => {
    const set = new Set(initial);
    return { add: (c: string) => set.add(c), contains: (c: string) => set.has(c), has: set };
  };
  const sections = [{ classList: classes() }, { classList: classes() }];
  const scrollies = sections.map((section) => ({ dataset: {} as Record<string, string>, closest: () => section }));
  const steps = new Map(['c-a', 'c-b'].map((id, i) => [id, { id, classList: classes(['step']), closest: () => scrollies[i] }]));
  const attrs = new Set<string>();
  let measuredWith = '';
  const root = {
    dataset: {} as Record<string, string>,
    setAttribute: (n: string) => attrs.add(n),
    removeAttribute: (n: string) => attrs.delete(n),
    getBoundingClientRect: () => {
      measuredWith = [...attrs].join(',') + `|${root.dataset['layout'] ?? 'none'}`;
      return { height: full };
    },
  };
  const document = {
    documentElement: root,
    querySelector: (sel: string) => (sel === 'article.chapter' ? { id: 'c' } : null),
    getElementById: (id: string) => steps.get(id) ?? null,
  };
  return { document, root, steps, scrollies, sections, measured: () => measuredWith };
}

function runLayout(search: string, hash: string, full: number, vh: number) {
  const p = page(full);
  new Function('document', 'window', 'location', LAYOUT_BOOT)(p.document, { innerHeight: vh }, location(search, hash));
  return p;
}

describe('layout boot', () => {
  test.each([
    ['', 955, 2427],
    ['', 2427, 2427],
    ['', 2426, 2427],
    ['?layout=full', 500, 2427],
    ['?layout=fit', 5000, 2427],
    ['?layout=tiny', 5000, 2427],
  ])('%s in a %i px frame, chapter %i px: as chooseLayout', (search, vh, full) => {
    expect(runLayout(search, '', full, vh).root.dataset['layout']).toBe(chooseLayout(embedParams(search, '').layout, vh, full));
  });

  test('measures the full layout with data-measuring, and leaves it off after', () => {
    const p = runLayout('', '', 2427, 955);
    expect(p.measured()).toBe('data-measuring|none');
  });

  test('opens at the step step= or the fragment names, in its graphic', () => {
    for (const [search, hash] of [['?step=b', ''], ['?step=c-b', ''], ['', '#c-b']]) {
      const p = runLayout(search!, hash!, 2427, 955);
      expect(p.scrollies[1]!.dataset['activeStep'], `${search}${hash}`).toBe('c-b');
      expect(p.steps.get('c-b')!.classList.contains('is-active')).toBe(true);
      expect(p.sections[1]!.classList.contains('is-current')).toBe(true);
      expect(p.sections[0]!.classList.contains('is-current')).toBe(false);
    }
  });

  test("a step that does not exist, or WordPress's fragment, changes nothing", () => {
    for (const [search, hash] of [['?step=zz', ''], ['?step=%3Cb%3E', ''], ['', '#?secret=Ab3dE6gH9j']]) {
      const p = runLayout(search!, hash!, 2427, 955);
      expect(p.scrollies.every((s) => !s.dataset['activeStep'])).toBe(true);
      expect(p.sections.every((s) => !s.classList.contains('is-current'))).toBe(true);
    }
  });
});
