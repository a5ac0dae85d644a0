import { ImportFileError, importFormatOf, readImportSource } from './catalogue-import.parser';

describe('readImportSource', () => {
  describe('CSV', () => {
    const header = 'externalRef,supplierCompanyNumber,framework,lot,name,features,openSource,priceMin';

    it('gives each record the file line it starts on, counting line breaks inside quoted fields and blank lines', () => {
      const text = [
        header,
        'A,12345678,g-cloud-13,cloud-software,"Two',
        'line name",One|Two,yes,10.00',
        '',
        'B,12345678,g-cloud-13,cloud-software,Plain,,no,',
        'C,12345678,g-cloud-13,cloud-software,Short',
      ].join('\n');
      const source = readImportSource(text, 'csv');
      expect(source.listings.map((row) => row.location)).toEqual(['line 2', 'line 5']);
      expect(source.issues).toEqual([{ location: 'line 6', field: null, message: 'the line has 5 fields where the header has 8' }]);
    });

    it('splits list fields on "|", reads flags, and leaves empty cells out', () => {
      const source = readImportSource(`${header}\r\nA,12345678,g-cloud-13,cloud-software,Name, One | Two ||,YES,\r\nB,1,f,l,N,,maybe,1\r\n`, 'csv');
      expect(source.listings[0].values).toEqual({
        externalRef: 'A',
        supplierCompanyNumber: '12345678',
        framework: 'g-cloud-13',
        lot: 'cloud-software',
        name: 'Name',
        features: ['One', 'Two'],
        openSource: true,
      });
      // An unreadable flag stays text, so the validation can name it.
      expect(source.listings[1].values.openSource).toBe('maybe');
    });

    it('reads doubled quotes, quoted commas, lone CR line ends and a last line without a line break', () => {
      const text = `${header}\rA,1,f,l,"Say ""hi"", then go",,,\r\n"B",1,f,l,"x\r\ny",,,`;
      const source = readImportSource(text, 'csv');
      expect(source.listings.map((row) => [row.location, row.values.name])).toEqual([
        ['line 2', 'Say "hi", then go'],
        ['line 3', 'x\r\ny'],
      ]);
    });

    it('refuses broken quoting, naming the line', () => {
      expect(() => readImportSource(`${header}\nA,1,f,l,"open,,,`, 'csv')).toThrow('CSV line 2: a quoted field is not closed');
      expect(() => readImportSource(`${header}\nA,1,f,l,"closed"x,,,`, 'csv')).toThrow(/line 2: unexpected character/);
      expect(() => readImportSource(`${header}\n\nA,1,f,l,in"side,,,`, 'csv')).toThrow(/line 3: a quote inside/);
    });

    it('refuses a header with unknown, repeated or missing columns', () => {
      expect(() => readImportSource(`${header},colour\n`, 'csv')).toThrow(/colour/);
      expect(() => readImportSource(`${header},name\n`, 'csv')).toThrow(/repeats name/);
      expect(() => readImportSource('externalRef,name\n', 'csv')).toThrow(/supplierCompanyNumber, framework, lot/);
      expect(() => readImportSource('', 'csv')).toThrow(ImportFileError);
    });
  });

  describe('JSON', () => {
    it('takes an array of listings, located by index', () => {
      const source = readImportSource(JSON.stringify([{ externalRef: 'A' }, 'not a row', { externalRef: 'B', colour: 'red' }]), 'json');
      expect(source.listings).toEqual([{ location: '[0]', values: { externalRef: 'A' } }]);
      expect(source.issues).toEqual([
        { location: '[1]', field: null, message: 'each row must be an object' },
        { location: '[2]', field: 'colour', message: 'colour is not a field the importer knows' },
      ]);
    });

    it('takes { suppliers, listings }, located by array and index', () => {
      const source = readImportSource(JSON.stringify({ suppliers: [{ companyNumber: '12345678' }], listings: [{ externalRef: 'A' }] }), 'json');
      expect(source.suppliers).toEqual([{ location: 'suppliers[0]', values: { companyNumber: '12345678' } }]);
      expect(source.listings).toEqual([{ location: 'listings[0]', values: { externalRef: 'A' } }]);
    });

    it('refuses what is not JSON or not one of the two shapes', () => {
      expect(() => readImportSource('{', 'json')).toThrow(/not valid JSON/);
      expect(() => readImportSource('{"listing": []}', 'json')).toThrow(/listing/);
      expect(() => readImportSource('{"listings": {}}', 'json')).toThrow(/must be an array/);
      expect(() => readImportSource('42', 'json')).toThrow(ImportFileError);
    });
  });

  it('knows the format from the file name', () => {
    expect(importFormatOf('catalogue.JSON')).toBe('json');
    expect(importFormatOf('/tmp/listings.csv')).toBe('csv');
    expect(() => importFormatOf('listings.xlsx')).toThrow(ImportFileError);
  });
});
