// Covers src/mdx/remark-chapter.ts and chapter-manifest.ts through the MDX compiler: misuse of Scrolly/Step/Figure/Num fails with
// file:line:col, field, value and expectation; a valid chapter's components get their attributes and its manifest is recorded.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { compile } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { climb } from '../../../src/charts/climb/climb';
import { charts } from '../../../src/charts/registry';
import type { ChapterManifest } from '../../../src/mdx/chapter-manifest';
import remarkChapter from '../../../src/mdx/remark-chapter';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url)).replace(/\/$/, '');
const CHAPTER = `${ROOT}/content/chapters/01-test.mdx`;
const REL = 'content/chapters/01-test.mdx';
const STATES = 'long-view, milestones, from-6000, jan28';

interface Attribute {
  type: string;
  name?: string;
  value?: unknown;
}
interface MdxNode {
  type: string;
  name?: string | null;
  attributes?: Attribute[];
  children?: MdxNode[];
}

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/mdx/${name}`, import.meta.url), 'utf8');

/** Compiles MDX as Astro does for a chapter (frontmatter blanked, line numbers kept); returns the checked tree and the manifest. */
async function compileChapter(text: string, path = CHAPTER): Promise<{ tree: MdxNode; manifest: ChapterManifest | undefined }> {
  let tree: MdxNode | undefined;
  const capture = () => (t: MdxNode) => {
    tree = t;
  };
  const { content } = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
  const file = new VFile({ path, cwd: ROOT, value: content });
  await compile(file, { remarkPlugins: [remarkChapter, capture] });
  const astro = file.data['astro'] as { frontmatter?: { manifest?: ChapterManifest } } | undefined;
  return { tree: tree!, manifest: astro?.frontmatter?.manifest };
}
const check = async (text: string, path = CHAPTER): Promise<MdxNode> => (await compileChapter(text, path)).tree;

const elements = (node: MdxNode, name: string): MdxNode[] => [
  ...((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === name ? [node] : []),
  ...(node.children ?? []).flatMap((c) => elements(c, name)),
];
const attrs = (node: MdxNode) => Object.fromEntries((node.attributes ?? []).map((a) => [a.name, a.value]));

describe('misuse fails the compile with an exact message', () => {
  test.each([
    ['unknown-state.mdx', `${REL}:4:3: <Step> state: found "long-veiw", expected a state of chart "climb": ${STATES}`],
    ['missing-state.mdx', `${REL}:6:3: <Step> state: found nothing, expected a state of chart "climb": ${STATES}`],
    ['step-outside-scrolly.mdx', `${REL}:3:1: <Step> placement: found "a Step outside any Scrolly", expected each <Step> inside a <Scrolly chart="…">`],
    ['duplicate-id.mdx', `${REL}:10:3: <Step> id: found "one", expected an id not already used in this chapter (line 2)`],
    ['bad-id.mdx', `${REL}:2:3: <Step> id: found "Long_View", expected lower-case words joined by dashes, e.g. "long-view"`],
    ['missing-id.mdx', `${REL}:2:3: <Step> id: found nothing, expected lower-case words joined by dashes, e.g. "long-view"`],
    ['unknown-chart.mdx', `${REL}:3:1: <Scrolly> chart: found "climbs", expected one of: ${charts.map((c) => c.id).join(', ')}`],
    ['scrolly-without-steps.mdx', `${REL}:3:1: <Scrolly> children: found "no <Step>", expected at least one <Step state="…"> inside`],
    ['scrolly-in-scrolly.mdx', `${REL}:6:3: <Scrolly> placement: found "a Scrolly inside a Scrolly", expected Scrolly at the top level of the chapter`],
    ['figure-bad-state.mdx', `${REL}:3:1: <Figure> state: found "from-5000", expected a state of chart "climb": ${STATES}`],
    ['num-unknown-id.mdx', `${REL}:3:11: <Num> id: found "day-hihg", expected the id of a number in src/story/numbers/`],
    ['figure-unknown-chart.mdx', `${REL}:3:1: <Figure> chart: found "dow", expected one of: ${charts.map((c) => c.id).join(', ')}`],
  ])('%s', async (name, message) => {
    await expect(check(fixture(name))).rejects.toThrow(message);
  });

  test('the expected states are the chart\'s real states', () => {
    expect(climb.states.join(', ')).toBe(STATES);
  });

  test('a chapter file with a bad name fails with the naming rule', async () => {
    const path = `${ROOT}/content/chapters/1-test.mdx`;
    await expect(check(fixture('valid.mdx'), path)).rejects.toThrow(
      new Error(`${path}: a chapter file is named NN-slug.mdx (two digits, a dash, lower-case words joined by dashes)`),
    );
  });

  test('files outside content/chapters are not checked', async () => {
    await expect(check(fixture('unknown-state.mdx'), `${ROOT}/src/pages/notes.mdx`)).resolves.toBeDefined();
  });
});

describe('a valid chapter', () => {
  test('each Step gets its chart, chapter and place in the chapter; the Scrolly its chapter and states in order', async () => {
    const tree = await check(fixture('valid.mdx'));
    expect(elements(tree, 'Step').map(attrs)).toEqual([
      { id: 'one', state: 'long-view', chart: 'climb', chapter: 'test', n: '1', of: '2' },
      { id: 'two-b', state: 'jan28', chart: 'climb', chapter: 'test', n: '2', of: '2' },
    ]);
    expect(elements(tree, 'Scrolly').map(attrs)).toEqual([{ chart: 'climb', chapter: 'test', states: 'long-view,jan28' }]);
    expect(elements(tree, 'Figure').map(attrs)).toEqual([{ chart: 'climb', state: 'milestones' }]);
  });

  test('the manifest records steps with their anchors, scrollies, figures, charts, numbers and the lead state', async () => {
    const text = `${fixture('valid.mdx')}\nThe high was <Num id="day-high" />, twice: <Num id="day-high" />.\n`;
    const { manifest } = await compileChapter(text);
    expect(manifest).toEqual({
      scrollies: [
        {
          chart: 'climb',
          steps: [
            { id: 'one', anchor: 'test-one', chart: 'climb', state: 'long-view' },
            { id: 'two-b', anchor: 'test-two-b', chart: 'climb', state: 'jan28' },
          ],
        },
      ],
      figures: [{ chart: 'climb', state: 'milestones' }],
      charts: ['climb'],
      numbers: ['day-high'],
      lead: { chart: 'climb', state: 'long-view' },
    });
  });

  test('a chapter with only a static figure leads with it; one with no chart has no lead', async () => {
    expect((await compileChapter('<Figure chart="gold" state="daily" />\n')).manifest?.lead).toEqual({ chart: 'gold', state: 'daily' });
    expect((await compileChapter('Just prose.\n')).manifest?.lead).toBeNull();
  });

  test('steps are numbered through the whole chapter, across its scrollies', async () => {
    const text = `${fixture('valid.mdx')}\n<Scrolly chart="climb">\n  <Step id="three" state="milestones">\n    Third step.\n  </Step>\n</Scrolly>\n`;
    const steps = elements(await check(text), 'Step').map(attrs);
    expect(steps.map((s) => `${s['id']}: ${s['n']} of ${s['of']}`)).toEqual(['one: 1 of 3', 'two-b: 2 of 3', 'three: 3 of 3']);
  });

  test('attributes the author set for chart, chapter or place are replaced, not duplicated', async () => {
    const text = fixture('valid.mdx').replace('<Step id="one" state="long-view">', '<Step id="one" state="long-view" chart="other" chapter="x" n="7" of="9">');
    const [step] = elements(await check(text), 'Step');
    expect(step!.attributes!.map((a) => a.name)).toEqual(['id', 'state', 'chart', 'chapter', 'n', 'of']);
    expect(attrs(step!)).toMatchObject({ chart: 'climb', chapter: 'test', n: '1', of: '2' });
  });
});

describe('the real chapters', () => {
  const dir = `${ROOT}/content/chapters`;
  const files = readdirSync(dir).filter((f) => f.endsWith('.mdx'));

  test('there is at least one chapter', () => {
    expect(files).toContain('01-the-climb.mdx');
  });

  test.each(files)('%s passes the check', async (name) => {
    const tree = await check(readFileSync(`${dir}/${name}`, 'utf8'), `${dir}/${name}`);
    const slug = name.replace(/^\d\d-/, '').replace(/\.mdx$/, '');
    for (const step of elements(tree, 'Step')) expect(attrs(step)).toMatchObject({ chapter: slug });
    expect(elements(tree, 'Scrolly').length).toBeGreaterThan(0);
  });

  test('01-the-climb walks the climb chart through all four states in story order', async () => {
    const tree = await check(readFileSync(`${dir}/01-the-climb.mdx`, 'utf8'), `${dir}/01-the-climb.mdx`);
    expect(elements(tree, 'Scrolly').map(attrs)).toEqual([{ chart: 'climb', chapter: 'the-climb', states: 'long-view,milestones,from-6000,jan28' }]);
    expect(elements(tree, 'Step').map((s) => `${attrs(s)['n']} of ${attrs(s)['of']}`)).toEqual(['1 of 4', '2 of 4', '3 of 4', '4 of 4']);
  });

  test('an error in a real chapter points at its own line', async () => {
    const text = readFileSync(`${dir}/01-the-climb.mdx`, 'utf8').replace('state="from-6000"', 'state="from-5000"');
    await expect(check(text, `${dir}/01-the-climb.mdx`)).rejects.toThrow(
      new Error(`content/chapters/01-the-climb.mdx:24:3: <Step> state: found "from-5000", expected a state of chart "climb": ${STATES}`),
    );
  });
});
