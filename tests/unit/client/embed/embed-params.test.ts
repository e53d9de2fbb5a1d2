// Covers src/client/embed/embed-params.ts: the host's choices in the embed's address, and what is ignored.
import { expect, test } from 'vitest';
import { embedParams, stepElementIds } from '../../../../src/client/embed/embed-params';

test('nothing asked: auto theme and layout, no step, no host', () => {
  expect(embedParams('', '')).toEqual({ theme: 'auto', layout: 'auto', step: undefined, secret: undefined, pymId: undefined, pymOrigin: undefined });
});

test('theme, layout and step', () => {
  expect(embedParams('?theme=dark&layout=fit&step=milestones', '')).toMatchObject({ theme: 'dark', layout: 'fit', step: 'milestones' });
  expect(embedParams('?theme=light&layout=full&step=the-climb-jan28', '')).toMatchObject({ theme: 'light', layout: 'full', step: 'the-climb-jan28' });
});

test('unknown values are ignored', () => {
  expect(embedParams('?theme=sepia&layout=tiny&step=%3Cscript%3E', '')).toMatchObject({ theme: 'auto', layout: 'auto', step: undefined });
  expect(embedParams(`?step=${'a'.repeat(81)}`, '').step).toBeUndefined();
  expect(embedParams('?step=-x', '').step).toBeUndefined();
});

test("WordPress's secret from #?secret=, letters and digits only", () => {
  expect(embedParams('', '#?secret=Ab3dE6gH9j').secret).toBe('Ab3dE6gH9j');
  expect(embedParams('', '#?secret=abc&x=1').secret).toBe('abc');
  expect(embedParams('', '#secret=abc').secret).toBe('abc');
  for (const bad of ['#?secret=ab-cd', '#?secret=', '#?secret=a"b', '#the-climb-jan28', `#?secret=${'a'.repeat(33)}`]) expect(embedParams('', bad).secret).toBeUndefined();
});

test("pym's child id, and the host origin pym declares in parentUrl", () => {
  expect(embedParams('?initialWidth=640&childId=seven-thousand-the-climb&parentTitle=x&parentUrl=https%3A%2F%2Fnews.example%2F2026%2Fstory%3Fa%3D1', '')).toMatchObject({
    pymId: 'seven-thousand-the-climb',
    pymOrigin: 'https://news.example',
  });
  expect(embedParams('?childId=a%20b&parentUrl=javascript%3Aalert(1)', '')).toMatchObject({ pymId: undefined, pymOrigin: undefined });
  expect(embedParams('?parentUrl=not%20a%20url', '').pymOrigin).toBeUndefined();
});

test("a step named in the chapter's terms or by its element id", () => {
  expect(stepElementIds('the-climb', 'milestones')).toEqual(['the-climb-milestones']);
  expect(stepElementIds('the-climb', 'the-climb-jan28')).toEqual(['the-climb-the-climb-jan28', 'the-climb-jan28']);
});
