/** The chapters in reading order: slug and number from the file name, and the manifest of what each holds (src/mdx/). */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { ChapterManifest } from '../mdx/chapter-manifest';
import { parseChapterFile } from './chapter-file';

export interface Chapter {
  entry: CollectionEntry<'chapters'>;
  slug: string;
  order: number;
  /** Its file, relative to the project, for messages. */
  file: string;
  /** Its steps, charts, quoted numbers and lead chart, recorded by the MDX pass (src/mdx/remark-chapter.ts). */
  manifest: ChapterManifest;
}

export async function getChapters(): Promise<Chapter[]> {
  const entries = await getCollection('chapters');
  const chapters = await Promise.all(
    entries.map(async (entry) => {
      const file = entry.filePath ?? entry.id;
      const { remarkPluginFrontmatter } = await render(entry);
      const manifest = remarkPluginFrontmatter['manifest'] as ChapterManifest | undefined;
      if (!manifest) throw new Error(`${file}: no manifest from the MDX pass (is src/mdx/remark-chapter.ts in astro.config.mjs?)`);
      return { entry, file, manifest, ...parseChapterFile(entry.id) };
    }),
  );
  return chapters.sort((a, b) => a.order - b.order);
}

/** Whether the chapter `slug` is on a page: a chapter's own page holds `only` alone, the article (no `only`) every chapter. */
export const isOnPage = (slug: string, only?: string): boolean => !only || slug === only;
