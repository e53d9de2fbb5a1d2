// Covers src/lib/chapter-steps.ts: a chapter's steps read from its MDX, in order, with their chart.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { chapterSteps } from '../../../src/site/chapter-steps';

describe('chapterSteps', () => {
  test('steps in order, each with the chart of its Scrolly, whatever the attribute order', () => {
    const body = [
      'Intro with <Num id="day" />.',
      '<Scrolly chart="climb">',
      '  <Step id="a" state="long-view">One.</Step>',
      '  <Step state="jan28" id="b">Two.</Step>',
      '</Scrolly>',
      '<Figure chart="day" state="session" />',
      '<Scrolly chart="fed">',
      '  <Step id="c" state="hold">',
      '    Three.',
      '  </Step>',
      '</Scrolly>',
    ].join('\n');
    expect(chapterSteps(body)).toEqual([
      { id: 'a', chart: 'climb', state: 'long-view' },
      { id: 'b', chart: 'climb', state: 'jan28' },
      { id: 'c', chart: 'fed', state: 'hold' },
    ]);
  });

  test('the climb chapter', () => {
    const body = readFileSync(new URL('../../../content/chapters/01-the-climb.mdx', import.meta.url), 'utf8');
    expect(chapterSteps(body).map((s) => `${s.chart}:${s.id}:${s.state}`)).toEqual([
      'climb:long-view:long-view',
      'climb:milestones:milestones',
      'climb:from-6000:from-6000',
      'climb:jan28:jan28',
    ]);
  });

  test('no steps', () => {
    expect(chapterSteps('Just prose.')).toEqual([]);
  });
});
