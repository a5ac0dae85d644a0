import {
  FLAG_FIELDS,
  LIST_FIELDS,
  LISTING_IMPORT_FIELDS,
  SUPPLIER_IMPORT_FIELDS,
} from './catalogue-import.format';
import { CsvRecord, readCsvRecords } from './csv-records';

export type ImportFormat = 'csv' | 'json';

/** One problem with one row (or the file), said where a person finds it: "line 12" or "listings[11]". */
export interface ImportIssue {
  location: string;
  field: string | null;
  message: string;
}

/** A row as the file gave it, with where it came from. Values are JSON-typed; CSV lists are split. */
export interface SourceRow {
  location: string;
  values: Record<string, unknown>;
}

export interface ImportSource {
  format: ImportFormat;
  suppliers: SourceRow[];
  listings: SourceRow[];
  /** Rows the reader could not take at all (a CSV line with the wrong number of fields, a JSON row that is not an object). */
  issues: ImportIssue[];
}

/** The file cannot be imported at all: unreadable, or a header or top level the importer does not know. */
export class ImportFileError extends Error {}

const REQUIRED_LISTING_FIELDS = ['externalRef', 'supplierCompanyNumber', 'framework', 'lot', 'name'];

export function importFormatOf(fileName: string): ImportFormat {
  const extension = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (extension === 'csv' || extension === 'json') return extension;
  throw new ImportFileError(`${fileName}: the file must end in .csv or .json`);
}

export function readImportSource(text: string, format: ImportFormat): ImportSource {
  return format === 'csv' ? readCsv(text) : readJson(text);
}

/**
 * CSV: one listing per record under a header row. List fields hold their items separated by "|";
 * flags are true/false (or yes/no, 1/0); an empty cell means the field is not given. Locations are
 * file lines, counted across quoted fields that span lines, so they match what an editor shows.
 */
function readCsv(text: string): ImportSource {
  let records: CsvRecord[];
  try {
    records = readCsvRecords(text);
  } catch (error) {
    throw new ImportFileError((error as Error).message);
  }
  const [first, ...rows] = records;
  if (!first) throw new ImportFileError('the CSV file is empty: it needs a header row');
  const header = first.fields.map((name) => name.trim());
  checkHeader(header);

  const listings: SourceRow[] = [];
  const issues: ImportIssue[] = [];
  for (const { line, fields } of rows) {
    const location = `line ${line}`;
    if (fields.length !== header.length) {
      issues.push({ location, field: null, message: `the line has ${fields.length} fields where the header has ${header.length}` });
      continue;
    }
    const values: Record<string, unknown> = {};
    header.forEach((name, column) => {
      const value = csvValue(name, fields[column]);
      if (value !== undefined) values[name] = value;
    });
    listings.push({ location, values });
  }
  return { format: 'csv', suppliers: [], listings, issues };
}

function checkHeader(header: string[]): void {
  const known = new Set<string>(LISTING_IMPORT_FIELDS);
  const unknown = header.filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new ImportFileError(`the CSV header has columns the importer does not know: ${unknown.join(', ')} (known: ${LISTING_IMPORT_FIELDS.join(', ')})`);
  }
  const repeated = header.filter((name, index) => header.indexOf(name) !== index);
  if (repeated.length > 0) throw new ImportFileError(`the CSV header repeats ${[...new Set(repeated)].join(', ')}`);
  const missing = REQUIRED_LISTING_FIELDS.filter((name) => !header.includes(name));
  if (missing.length > 0) throw new ImportFileError(`the CSV header lacks the required columns ${missing.join(', ')}`);
}

function csvValue(field: string, raw: string): unknown {
  const text = raw.trim();
  if (text === '') return undefined;
  if ((LIST_FIELDS as readonly string[]).includes(field)) return text.split('|').map((item) => item.trim()).filter((item) => item !== '');
  if ((FLAG_FIELDS as readonly string[]).includes(field)) {
    const lower = text.toLowerCase();
    if (['true', 'yes', 'y', '1'].includes(lower)) return true;
    if (['false', 'no', 'n', '0'].includes(lower)) return false;
    // Left as text, so the validation names the field and the bad value.
    return text;
  }
  return text;
}

/**
 * JSON: an array of listing rows, or { suppliers: [...], listings: [...] }. Locations are array
 * indexes ("listings[3]", or "[3]" for a bare array). Fields the importer does not know are errors
 * rather than silently ignored, since they are most often misspelt known ones.
 */
function readJson(text: string): ImportSource {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new ImportFileError(`the file is not valid JSON: ${(error as Error).message}`);
  }
  const issues: ImportIssue[] = [];
  if (Array.isArray(parsed)) {
    return { format: 'json', suppliers: [], listings: jsonRows(parsed, '', LISTING_IMPORT_FIELDS, issues), issues };
  }
  if (typeof parsed !== 'object' || parsed === null) {
    throw new ImportFileError('the JSON file must hold an array of listings or an object { "suppliers": [...], "listings": [...] }');
  }
  const top = parsed as Record<string, unknown>;
  const unknown = Object.keys(top).filter((key) => key !== 'suppliers' && key !== 'listings');
  if (unknown.length > 0) throw new ImportFileError(`the JSON object has keys the importer does not know: ${unknown.join(', ')} (known: suppliers, listings)`);
  for (const key of ['suppliers', 'listings'] as const) {
    if (top[key] !== undefined && !Array.isArray(top[key])) throw new ImportFileError(`"${key}" must be an array`);
  }
  return {
    format: 'json',
    suppliers: jsonRows((top.suppliers as unknown[] | undefined) ?? [], 'suppliers', SUPPLIER_IMPORT_FIELDS, issues),
    listings: jsonRows((top.listings as unknown[] | undefined) ?? [], 'listings', LISTING_IMPORT_FIELDS, issues),
    issues,
  };
}

function jsonRows(items: unknown[], name: string, fields: readonly string[], issues: ImportIssue[]): SourceRow[] {
  const known = new Set(fields);
  const rows: SourceRow[] = [];
  items.forEach((item, index) => {
    const location = `${name}[${index}]`;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      issues.push({ location, field: null, message: 'each row must be an object' });
      return;
    }
    const unknown = Object.keys(item).filter((key) => !known.has(key));
    if (unknown.length > 0) {
      for (const key of unknown) issues.push({ location, field: key, message: `${key} is not a field the importer knows` });
      return;
    }
    rows.push({ location, values: item as Record<string, unknown> });
  });
  return rows;
}
