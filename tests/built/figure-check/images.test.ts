// Chart image files: the file name gives chart, state and size; each text in the file takes the context of the picture that shows it.
import { describe, expect, test } from 'vitest';
import type { ImageRef } from './html';
import { imageName, imageSegments, isChartImage } from './images';

const FILE = 'charts/climb-jan28-wide-cf1bfa302a.svg';
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" class="chart chart-climb" data-state="jan28" aria-hidden="true"><style>.tick{fill:red}</style><text class="tick">Wed 28 Jan</text><text class="label label-strong">Close 6,978.03</text></svg>';
const ref = (over: Partial<ImageRef> = {}): ImageRef => ({
  file: FILE,
  page: 'the-climb/index.html',
  chapter: 'the-climb',
  chart: 'climb',
  state: 'jan28',
  scopes: [
    { kind: 'row', key: 'the-climb/index.html#7' },
    { kind: 'group', key: 'the-climb/index.html#5' },
    { kind: 'state', key: 'the-climb/index.html#state:the-climb:climb:jan28' },
  ],
  ...over,
});

describe('chart images', () => {
  test('the file name gives chart, state (with hyphens) and size class', () => {
    expect(isChartImage(FILE)).toBe(true);
    expect(isChartImage('scenes/climb-1.json')).toBe(false);
    expect(imageName('charts/climb-long-view-narrow-6fd7cd9d61.svg')).toEqual({ chart: 'climb', state: 'long-view', layout: 'narrow' });
    expect(imageName('charts/climb-long-view-small-6fd7cd9d61.svg')).toEqual({ chart: 'climb', state: 'long-view', layout: 'small' });
    expect(() => imageName('charts/climb.svg')).toThrow(/expected a chart image named/);
  });

  test('labels and ticks, with the picture as their row and the step’s state; styles are not text', () => {
    const segs = imageSegments(FILE, SVG, ref());
    expect(segs.map((s) => [s.place, s.text])).toEqual([
      ['axis-tick', 'Wed 28 Jan'],
      ['chart-label', 'Close 6,978.03'],
    ]);
    expect(segs.every((s) => s.page === FILE && s.chapter === 'the-climb' && s.chart === 'climb' && s.state === 'jan28')).toBe(true);
    expect(segs[0]!.scopes).toEqual(ref().scopes);
  });

  test('with no data-chart or data-state around it (a static figure), the file name gives them, and the state scope follows', () => {
    const [seg] = imageSegments(FILE, SVG, ref({ chart: undefined, state: undefined, scopes: [{ kind: 'group', key: 'p#3' }] }));
    expect(seg).toMatchObject({ chart: 'climb', state: 'jan28' });
    expect(seg!.scopes).toEqual([
      { kind: 'row', key: `the-climb/index.html#${FILE}` },
      { kind: 'group', key: 'p#3' },
      { kind: 'state', key: 'the-climb/index.html#state:the-climb:climb:jan28' },
    ]);
  });

  test('an image of another state than the one around it is an error, with the page and the file', () => {
    expect(() => imageSegments(FILE, SVG, ref({ state: 'milestones' }))).toThrow(/the-climb\/index\.html: shows charts\/climb-jan28-wide-cf1bfa302a\.svg .* state "milestones"/);
    expect(() => imageSegments(FILE, SVG.replace('data-state="jan28"', 'data-state="from-6000"'), ref())).toThrow(/SVG data-state "from-6000"/);
  });
});
