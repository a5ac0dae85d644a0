/**
 * A minimal RFC 4180 reader for the reference files shipped in the repository: comma separated,
 * CRLF or LF line ends, fields optionally in double quotes, which may hold commas, line breaks and
 * doubled quotes. Throws on malformed input rather than guessing, so a broken file never half-loads.
 */
export function parseCsv(text: string): string[][] {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let line = 1;
  let i = 0;
  let quoted = false;
  let afterQuote = false;

  const endField = () => {
    row.push(field);
    field = '';
    afterQuote = false;
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };

  while (i < source.length) {
    const char = source[i];
    if (quoted) {
      if (char === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        afterQuote = true;
      } else {
        if (char === '\n') line += 1;
        field += char;
      }
      i += 1;
      continue;
    }
    if (char === ',') {
      endField();
    } else if (char === '\r' && source[i + 1] === '\n') {
      endRow();
      line += 1;
      i += 1;
    } else if (char === '\n') {
      endRow();
      line += 1;
    } else if (afterQuote) {
      throw new Error(`CSV line ${line}: unexpected character after a closing quote`);
    } else if (char === '"') {
      if (field !== '') throw new Error(`CSV line ${line}: a quote inside an unquoted field`);
      quoted = true;
    } else {
      field += char;
    }
    i += 1;
  }
  if (quoted) throw new Error(`CSV line ${line}: a quoted field is not closed`);
  // A final line break ends the last record; it does not start an empty one.
  if (field !== '' || row.length > 0 || afterQuote) endRow();
  return rows;
}

/** Records keyed by the header row; every record must have exactly as many fields as the header. */
export function parseCsvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new Error('CSV is empty');
  const blank = (fields: string[]) => fields.length === 1 && fields[0] === '';
  return rows.filter((fields) => !blank(fields)).map((fields, index) => {
    if (fields.length !== header.length) {
      throw new Error(`CSV record ${index + 1}: ${fields.length} fields where the header has ${header.length}`);
    }
    return Object.fromEntries(header.map((name, column) => [name, fields[column]]));
  });
}

/**
 * A spreadsheet opening a CSV runs a cell that starts with one of these as a formula (CSV
 * injection), so published text that starts with one is prefixed with an apostrophe, which
 * spreadsheets show as text. Numbers we write ourselves (such as -1.50) are not affected because
 * the writer is only given text the service did not compute.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field: quoted when it holds a comma, quote or line break; text that a spreadsheet would run is made inert. */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One CSV record with its CRLF line end (RFC 4180). */
export function csvLine(values: readonly (string | number | boolean | null | undefined)[]): string {
  return values.map(csvField).join(',') + '\r\n';
}
