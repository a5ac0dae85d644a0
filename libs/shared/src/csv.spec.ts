import { csvLine, parseCsv, parseCsvRecords } from './csv';

describe('parseCsv (RFC 4180)', () => {
  it('reads quoted fields holding commas, quotes and line breaks', () => {
    expect(parseCsv('a,b,c\r\n1,"x, y","say ""hi"""\r\n2,"line\r\nbreak",\r\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x, y', 'say "hi"'],
      ['2', 'line\r\nbreak', ''],
    ]);
  });

  it('accepts LF line ends, a byte order mark and no final line break', () => {
    expect(parseCsv('\ufeffa,b\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(parseCsv('"a"')).toEqual([['a']]);
  });

  it('refuses malformed quoting instead of guessing', () => {
    expect(() => parseCsv('a,"b\n1,2')).toThrow(/not closed/);
    expect(() => parseCsv('a,"b"c\n')).toThrow(/after a closing quote/);
    expect(() => parseCsv('a,b"c"\n')).toThrow(/quote inside/);
  });

  it('keys records by the header, skips blank lines, and refuses a record of the wrong width', () => {
    expect(parseCsvRecords('code,label\r\n1,"One, first"\r\n\r\n')).toEqual([{ code: '1', label: 'One, first' }]);
    expect(() => parseCsvRecords('code,label\n1\n')).toThrow(/1 fields where the header has 2/);
  });
});

describe('csvLine', () => {
  it('quotes commas, quotes and line breaks so that parseCsv reads the same values back', () => {
    const values = ['plain', 'x, y', 'say "hi"', 'line\nbreak', ''];
    const line = csvLine(values);
    expect(line).toBe('plain,"x, y","say ""hi""","line\nbreak",\r\n');
    expect(parseCsv(line)).toEqual([values]);
  });

  it('makes text a spreadsheet would run as a formula inert, and writes numbers, booleans and nulls plainly', () => {
    expect(csvLine(['=HYPERLINK("http://evil.example")', '+1', '-2', '@SUM(A1)', 'a=b'])).toBe(
      `"'=HYPERLINK(""http://evil.example"")",'+1,'-2,'@SUM(A1),a=b\r\n`,
    );
    expect(csvLine([-1.5, true, null, undefined])).toBe('-1.5,true,,\r\n');
  });
});
