/** Chapter order and slug come from the file name: `01-the-climb.mdx` is chapter 1, slug `the-climb`. */

const NAME = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)$/;

export interface ChapterFile {
  order: number;
  slug: string;
}

/** Parses a chapter id or file name (with or without folders and `.mdx`); throws on a bad name. */
export function parseChapterFile(name: string): ChapterFile {
  const base = name.split('/').pop()!.replace(/\.mdx?$/, '');
  const m = NAME.exec(base);
  if (!m) throw new Error(`${name}: a chapter file is named NN-slug.mdx (two digits, a dash, lower-case words joined by dashes)`);
  return { order: Number(m[1]), slug: m[2]! };
}
