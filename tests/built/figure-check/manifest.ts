// Reads content/data/licences.json with this check's own code: per data set, its row limit (quote_limit), its texts, and their lines.
// The manifest is reviewed content like the CSVs, so a figure it sets (how many rows of a series may appear in one file) is traced to it,
// and so is a figure its words state with the word after it ("17 U.S.C.", "ten years of daily closes"), where the notes repeat them.

export interface LicenceEntry {
  file: string;
  /** "all", "figures" or "nothing", as written. */
  redistribution: string;
  /** At most this many rows of the series in any one file the site serves (set where redistribution is "figures"). */
  quoteLimit?: number;
  /** Line of the entry's "quote_limit" member in licences.json, for the trace. */
  quoteLimitLine?: number;
  /** Every string of the entry (licence, terms, where to get it, the decision…), with its member path and line. */
  texts: { member: string; text: string; line?: number }[];
}

/** Every string in a JSON value, with its member path. */
function strings(v: unknown, path: string): { member: string; text: string }[] {
  if (typeof v === 'string') return [{ member: path, text: v }];
  if (Array.isArray(v)) return v.flatMap((x, i) => strings(x, `${path}[${i}]`));
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => strings(x, `${path}.${k}`));
  return [];
}

/** Parses the manifest's text; a missing or malformed member is an error naming the file, the entry and the member. */
export function parseManifest(text: string, path = 'content/data/licences.json'): Map<string, LicenceEntry> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new Error(`${path}: not JSON (${(e as Error).message})`);
  }
  const sets = (json as { data_sets?: unknown }).data_sets;
  if (!Array.isArray(sets)) throw new Error(`${path}: member "data_sets": expected a list of data set entries`);
  const lines = text.split('\n');
  const lineOf = (from: number, holds: (line: string) => boolean) => {
    for (let k = from; k < lines.length; k++) if (holds(lines[k]!)) return k + 1;
    return undefined;
  };
  const out = new Map<string, LicenceEntry>();
  sets.forEach((raw, i) => {
    const e = raw as Record<string, unknown>;
    const where = `${path}: entry ${i + 1}`;
    if (typeof e.file !== 'string' || !e.file.endsWith('.csv')) throw new Error(`${where}, member "file": found ${JSON.stringify(e.file)}, expected a CSV file name`);
    if (typeof e.redistribution !== 'string') throw new Error(`${where} (${e.file}), member "redistribution": found ${JSON.stringify(e.redistribution)}, expected a word`);
    const limit = e.quote_limit;
    if (limit !== undefined && !(typeof limit === 'number' && Number.isInteger(limit) && limit >= 0))
      throw new Error(`${where} (${e.file}), member "quote_limit": found ${JSON.stringify(limit)}, expected a whole number of rows`);
    const fileLine = lineOf(0, (l) => new RegExp(`"file"\\s*:\\s*${JSON.stringify(e.file).replace(/[.]/g, '\\.')}`).test(l)) ?? 0;
    const texts = strings(e, e.file).map((t) => {
      const written = JSON.stringify(t.text).slice(1, 41);
      return { ...t, line: lineOf(Math.max(0, fileLine - 2), (l) => l.includes(written)) };
    });
    out.set(e.file, {
      file: e.file,
      redistribution: e.redistribution,
      texts,
      ...(typeof limit === 'number' ? { quoteLimit: limit, quoteLimitLine: lineOf(fileLine, (l) => /"quote_limit"\s*:/.test(l)) } : {}),
    });
  });
  return out;
}
