/** The chapters in reading order, each with its slug and number from the file name. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { parseChapterFile } from './chapter-file';

export interface Chapter {
  entry: CollectionEntry<'chapters'>;
  slug: string;
  order: number;
}

export async function getChapters(): Promise<Chapter[]> {
  const entries = await getCollection('chapters');
  return entries
    .map((entry) => ({ entry, ...parseChapterFile(entry.id) }))
    .sort((a, b) => a.order - b.order);
}
