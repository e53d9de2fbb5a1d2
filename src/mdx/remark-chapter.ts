/** Remark plugin: the one pass over a chapter's MDX. Checks it, passes each component what it needs, records the manifest. */
import { parseChapterFile } from '../site/chapter-file';
import { readChapter, type ChapterManifest, type MdxNode } from './chapter-manifest';

interface VFileLike {
  path?: string;
  history?: string[];
  cwd?: string;
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

const setAttr = (node: MdxNode, name: string, value: string) => {
  node.attributes = (node.attributes ?? []).filter((x) => x.name !== name);
  node.attributes.push({ type: 'mdxJsxAttribute', name, value });
};

/**
 * For files in content/chapters/: fails the compile on any misuse (src/mdx/chapter-manifest.ts), gives each <Scrolly>
 * its chapter and states and each <Step> its chart, chapter and place ("2 of 4"), and stores the manifest in the
 * page's frontmatter as `manifest`, which `render(entry)` returns as `remarkPluginFrontmatter.manifest`.
 */
export default function remarkChapter() {
  return (tree: MdxNode, file: VFileLike) => {
    const path = file.path ?? file.history?.[0] ?? 'unknown.mdx';
    if (!/content\/chapters\//.test(path)) return;
    const rel = file.cwd && path.startsWith(file.cwd) ? path.slice(file.cwd.length + 1) : path;
    const chapter = parseChapterFile(path).slug;
    const steps: MdxNode[] = [];
    const manifest: ChapterManifest = readChapter(tree, rel, chapter, (node, found) => {
      if ('step' in found) {
        setAttr(node, 'chart', found.step.chart);
        setAttr(node, 'chapter', chapter);
        steps.push(node);
      } else {
        setAttr(node, 'chapter', chapter);
        setAttr(node, 'states', found.scrolly.steps.map((s) => s.state).join(','));
      }
    });
    steps.forEach((node, i) => {
      setAttr(node, 'n', String(i + 1));
      setAttr(node, 'of', String(steps.length));
    });
    file.data.astro ??= {};
    file.data.astro.frontmatter = { ...file.data.astro.frontmatter, manifest };
  };
}
