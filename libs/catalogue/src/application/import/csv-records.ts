/** One CSV record and the file line it starts on (1-based), as an editor shows it. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

const COMMA = 44;
const QUOTE = 34;
const CR = 13;
const LF = 10;

/**
 * An RFC 4180 reader for import files: comma separated, CRLF or LF line ends, fields optionally in
 * double quotes that may hold commas, line breaks and doubled quotes. It slices fields out of the
 * text rather than building them a character at a time (a 60 MB catalogue would otherwise spend
 * most of its time collecting garbage), and it keeps the line each record starts on, counting the
 * line breaks inside quoted fields, so errors can name the line. Blank lines are skipped.
 * Throws on malformed quoting rather than guessing.
 */
export function readCsvRecords(text: string): CsvRecord[] {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  const length = source.length;
  let position = 0;
  let line = 1;

  while (position < length) {
    const recordLine = line;
    const fields: string[] = [];
    for (;;) {
      let field: string;
      if (source.charCodeAt(position) === QUOTE) {
        // A quoted field ends at a quote not followed by another; doubled quotes stand for one.
        let value = '';
        let from = position + 1;
        for (;;) {
          const quote = source.indexOf('"', from);
          if (quote === -1) throw new Error(`CSV line ${recordLine}: a quoted field is not closed`);
          value += source.slice(from, quote);
          if (source.charCodeAt(quote + 1) === QUOTE) {
            value += '"';
            from = quote + 2;
            continue;
          }
          position = quote + 1;
          break;
        }
        line += countLineBreaks(value);
        const next = source.charCodeAt(position);
        if (position < length && next !== COMMA && next !== LF && next !== CR) {
          throw new Error(`CSV line ${line}: unexpected character after a closing quote`);
        }
        field = value;
      } else {
        let end = position;
        while (end < length) {
          const code = source.charCodeAt(end);
          if (code === COMMA || code === LF || code === CR) break;
          if (code === QUOTE) throw new Error(`CSV line ${line}: a quote inside an unquoted field`);
          end += 1;
        }
        field = source.slice(position, end);
        position = end;
      }
      fields.push(field);
      const separator = source.charCodeAt(position);
      if (separator === COMMA) {
        position += 1;
        continue;
      }
      // End of the record: a line break (CRLF, LF or a lone CR) or the end of the text.
      if (separator === CR) position += source.charCodeAt(position + 1) === LF ? 2 : 1;
      else if (separator === LF) position += 1;
      line += 1;
      break;
    }
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
  }
  return records;
}

function countLineBreaks(text: string): number {
  let count = 0;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) count += 1;
  // A lone CR (old Mac line ends) is a line break too.
  for (let index = text.indexOf('\r'); index !== -1; index = text.indexOf('\r', index + 1)) if (text.charCodeAt(index + 1) !== LF) count += 1;
  return count;
}
