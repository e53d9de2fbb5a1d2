// Covers src/site/chapter-file.ts: chapter order and slug from NN-slug.mdx names, and the message for bad names.
import { describe, expect, test } from 'vitest';
import { parseChapterFile } from '../../../src/site/chapter-file';

describe('parseChapterFile', () => {
  test.each([
    ['01-the-climb.mdx', { order: 1, slug: 'the-climb' }],
    ['01-the-climb', { order: 1, slug: 'the-climb' }],
    ['12-why-7000.md', { order: 12, slug: 'why-7000' }],
    ['content/chapters/02-the-day.mdx', { order: 2, slug: 'the-day' }],
    ['/work/main/content/chapters/09-a.mdx', { order: 9, slug: 'a' }],
  ])('%s', (name, expected) => {
    expect(parseChapterFile(name)).toEqual(expected);
  });

  test.each([
    '1-the-climb.mdx',
    '001-the-climb.mdx',
    '01_the_climb.mdx',
    '01-The-Climb.mdx',
    '01-the--climb.mdx',
    '01-the-climb-.mdx',
    '01-.mdx',
    '01-the climb.mdx',
    'the-climb.mdx',
    '01-the-climb.txt',
    'content/chapters/xx-the-climb.mdx',
  ])('rejects %s', (name) => {
    expect(() => parseChapterFile(name)).toThrow(
      new Error(`${name}: a chapter file is named NN-slug.mdx (two digits, a dash, lower-case words joined by dashes)`),
    );
  });
});
