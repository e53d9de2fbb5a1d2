/** The licence manifest (content/data/licences.json): who owns each data set, what the site may pass on, the credit; checked at build time. */
import raw from '../../../content/data/licences.json?raw';
import { z } from 'astro/zod';

export const MANIFEST_FILE = 'content/data/licences.json';

/** What the site may pass on of a data set (the manifest's `about` defines each in words; src/site/licences/allowance.ts applies them). */
export const REDISTRIBUTION = ['all', 'figures', 'nothing'] as const;
export type Redistribution = (typeof REDISTRIBUTION)[number];

const text = z.string().trim().min(1, { message: 'a non-empty text' });
const address = z.string().refine((s) => /^https?:\/\/[^\s/]+\.[^\s]+$/.test(s), { message: 'an http(s) address such as https://fred.stlouisfed.org/series/SP500' });
const link = z.strictObject({ name: text, url: address });

const entry = z
  .strictObject({
    file: z.string().refine((s) => /^[a-z0-9_]+\.csv$/.test(s), { message: 'a CSV file name in content/data/, such as sp500_daily_close.csv' }),
    title: text,
    licensor: text,
    creator: z.array(z.strictObject({ type: z.enum(['Organization', 'Person'], { message: 'Organization or Person' }), name: text })).min(1, { message: 'at least one { "type", "name" } who made the data' }),
    licence: text,
    terms: z.array(link),
    redistribution: z.enum(REDISTRIBUTION, { message: `one of ${REDISTRIBUTION.join(', ')}` }),
    quote_limit: z.number().int({ message: 'a whole number of rows' }).positive({ message: 'a whole number of rows above 0' }).optional(),
    credit: z.array(text).min(1, { message: 'at least one credit line, such as "S&P 500 © S&P Dow Jones Indices LLC"' }),
    get_it_from: z.array(link).min(1, { message: 'at least one { "name", "url" } where readers can get the data' }),
    measure: text,
    units: text,
    time_zone: text,
    decision: text,
  })
  .superRefine((d, ctx) => {
    if (d.redistribution === 'figures' && d.quote_limit === undefined)
      ctx.addIssue({ code: 'custom', path: ['quote_limit'], message: 'a whole number of rows above 0 (required when redistribution is "figures")' });
    if (d.redistribution !== 'figures' && d.quote_limit !== undefined)
      ctx.addIssue({ code: 'custom', path: ['quote_limit'], message: `no quote_limit (it applies only to "figures"; this entry is "${d.redistribution}")` });
    if (d.redistribution !== 'all' && d.terms.length === 0)
      ctx.addIssue({ code: 'custom', path: ['terms'], message: 'at least one { "name", "url" } of the licensor\'s terms (required unless redistribution is "all")' });
  });

export type DataSetLicence = z.output<typeof entry>;

const manifestSchema = z.strictObject({ about: text, data_sets: z.array(entry).min(1, { message: 'at least one data set' }) });

/** A manifest problem: the message names the file, line, entry and field, what was found and what was expected. */
export class ManifestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ManifestError';
  }
}

/** The 1-based line of the first `"key"` at or after `from` in `source` (for messages; 1 when absent). */
function lineOf(source: string, key: string, from = 0): number {
  const at = source.indexOf(`"${key}"`, from);
  return at < 0 ? 1 : source.slice(0, at).split('\n').length;
}

/**
 * Parses and checks a manifest: valid JSON, every field of every entry, one entry per file, and (given `files`) one
 * entry for each data file and none for a file that does not exist.
 */
export function parseManifest(source: string, file = MANIFEST_FILE, files?: readonly string[]): DataSetLicence[] {
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (e) {
    throw new ManifestError(`${file}: not valid JSON (${(e as Error).message}); expected { "about": "…", "data_sets": [ … ] }`);
  }
  const result = manifestSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const [top, index, field, ...rest] = issue.path;
    const entries = (json as { data_sets?: unknown[] }).data_sets;
    if (top === 'data_sets' && typeof index === 'number' && Array.isArray(entries)) {
      const name = (entries[index] as { file?: unknown } | undefined)?.file;
      const start = typeof name === 'string' ? source.indexOf(`"${name}"`) : -1;
      const where = field === undefined ? lineOf(source, 'file', start) : lineOf(source, String(field), Math.max(0, start));
      const found = field === undefined ? '' : `found ${JSON.stringify((entries[index] as Record<string, unknown>)[String(field)] ?? null)}, `;
      const path = [field, ...rest].filter((p) => p !== undefined).join('.');
      throw new ManifestError(`${file}:${where}: entry ${index + 1} (${typeof name === 'string' ? name : 'no file name'}), field "${path || '(entry)'}": ${found}expected ${issue.message}`);
    }
    throw new ManifestError(`${file}:1: field "${issue.path.join('.') || '(top level)'}": expected ${issue.message}`);
  }
  const sets = result.data.data_sets;
  const seen = new Set<string>();
  for (const d of sets) {
    if (seen.has(d.file)) throw new ManifestError(`${file}:${lineOf(source, 'file', source.lastIndexOf(`"${d.file}"`))}: entry for ${d.file} appears twice; expected one entry per data file`);
    seen.add(d.file);
  }
  if (files) {
    const missing = files.filter((f) => !seen.has(f));
    if (missing.length) throw new ManifestError(`${file}: no entry for ${missing.join(', ')}; expected one entry for every CSV in content/data/`);
    const extra = sets.filter((d) => !files.includes(d.file));
    if (extra.length) throw new ManifestError(`${file}:${lineOf(source, 'file', source.indexOf(`"${extra[0]!.file}"`))}: entry for ${extra[0]!.file}, which is not in content/data/; expected only files that exist`);
  }
  return sets;
}

/** The CSV files in content/data/, by name. */
export const dataFiles: readonly string[] = Object.keys(import.meta.glob('../../../content/data/*.csv', { query: '?raw', import: 'default' }))
  .map((p) => p.split('/').pop()!)
  .sort();

/** Every data set's entry, checked once when first imported. */
export const licences: readonly DataSetLicence[] = parseManifest(raw, MANIFEST_FILE, dataFiles);

const byFile = new Map(licences.map((d) => [d.file, d]));

/** The manifest entry of `file` (a name in content/data/); an unknown name throws naming the files there are. */
export function licenceOf(file: string): DataSetLicence {
  const d = byFile.get(file);
  if (!d) throw new Error(`${MANIFEST_FILE}: no data set "${file}"; expected one of: ${[...byFile.keys()].join(', ')}`);
  return d;
}
