// A tiny CSV reader (RFC 4180 quoting), written for this check so that it shares no code with the site's own parser.

export interface CsvRow {
  /** 1-based line number in the file where the row starts. */
  line: number;
  cells: Record<string, string>;
}

export interface CsvTable {
  file: string;
  header: string[];
  rows: CsvRow[];
}

/** Splits CSV text into records of raw fields; a quoted field may hold commas, doubled quotes and line breaks. */
function records(text: string, file: string): { line: number; fields: string[] }[] {
  const out: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  let i = 0;
  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '')) out.push({ line: start, fields });
    fields = [];
    field = '';
  };
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        field += c;
      }
      i++;
      continue;
    }
    if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      start = line;
    } else field += c;
    i++;
  }
  if (quoted) throw new Error(`${file}:${start}: a quoted field is not closed before the end of the file`);
  if (field !== '' || fields.length) endRecord();
  return out;
}

/** Parses a CSV file's text (a leading byte-order mark is dropped); every row must have as many fields as the header. */
export function parseCsv(text: string, file: string): CsvTable {
  const recs = records(text.replace(/^\uFEFF/, ''), file);
  const head = recs.shift();
  if (!head) throw new Error(`${file}: empty file, expected a header line`);
  const header = head.fields;
  const rows = recs.map(({ line, fields }) => {
    if (fields.length !== header.length) throw new Error(`${file}:${line}: ${fields.length} fields, expected ${header.length} (${header.join(', ')})`);
    return { line, cells: Object.fromEntries(header.map((h, k) => [h, fields[k]!])) };
  });
  return { file, header, rows };
}
