/** The font files share cards are drawn with: a fixed family found on disk, so every machine draws the same PNG. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export interface ShareFonts {
  /** CSS family names, as the files declare them. */
  sans: string;
  serif: string;
  files: string[];
}

/** Families tried in order; the first with every file in one of the folders wins. */
const FAMILIES = [
  { sans: 'Liberation Sans', serif: 'Liberation Serif', files: ['LiberationSans-Regular.ttf', 'LiberationSans-Bold.ttf', 'LiberationSerif-Bold.ttf'] },
  { sans: 'DejaVu Sans', serif: 'DejaVu Serif', files: ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSerif-Bold.ttf'] },
];

/** Debian/Ubuntu (fonts-liberation, fonts-dejavu-core), Fedora/Arch and Homebrew places. */
const FOLDERS = [
  '/usr/share/fonts/truetype/liberation',
  '/usr/share/fonts/truetype/liberation2',
  '/usr/share/fonts/liberation-sans',
  '/usr/share/fonts/liberation-serif',
  '/usr/share/fonts/liberation',
  '/usr/share/fonts/TTF',
  '/usr/share/fonts/truetype/dejavu',
  '/usr/share/fonts/dejavu-sans-fonts',
  '/usr/share/fonts/dejavu-serif-fonts',
  '/opt/homebrew/share/fonts',
];

/** The fonts to draw with, from `SHARE_FONT_DIR` first; fails the build, saying how to get them, when none is found. */
export function findShareFonts(folders: string[] = [process.env.SHARE_FONT_DIR ?? '', ...FOLDERS].filter(Boolean)): ShareFonts {
  for (const family of FAMILIES) {
    const files = family.files.map((f) => folders.map((d) => join(d, f)).find((p) => existsSync(p)));
    if (files.every(Boolean)) return { sans: family.sans, serif: family.serif, files: files as string[] };
  }
  throw new Error(
    `Share cards: no fonts to draw them with. Looked for ${FAMILIES.map((f) => f.files.join(', ')).join(' or ')} in ${folders.join(', ')}. ` +
      'Install Liberation (Debian/Ubuntu: apt-get install fonts-liberation; Fedora: dnf install liberation-fonts), ' +
      'or set SHARE_FONT_DIR to a folder holding those files.',
  );
}
