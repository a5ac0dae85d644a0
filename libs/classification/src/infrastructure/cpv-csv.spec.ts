import { readFileSync } from 'node:fs';
import { resourcePath } from '@app/shared';
import { parseCpvCsv } from './cpv-csv';

describe('parseCpvCsv', () => {
  const text = readFileSync(resourcePath('libs', 'classification', 'data', 'cpv-2008-en.csv'), 'utf8');

  it('reads all 9,454 codes of the shipped file, quoted labels included', () => {
    const records = parseCpvCsv(text);
    expect(records).toHaveLength(9454);
    expect(records[0]).toEqual({
      code: '03000000',
      checkDigit: '1',
      label: 'Agricultural, farming, fishing, forestry and related products',
      level: 'division',
      parentCode: null,
      division: '03',
    });
    expect(records.filter((record) => record.level === 'division')).toHaveLength(45);
    const codes = new Set(records.map((record) => record.code));
    expect(records.every((record) => record.parentCode === null || codes.has(record.parentCode))).toBe(true);
  });

  it('refuses a record that breaks the format, naming it', () => {
    const header = 'code,check_digit,code_with_check_digit,label_en,level,depth,parent_code,division\r\n';
    expect(() => parseCpvCsv(`${header}0300000,1,03000000-1,Farming,division,1,,03\r\n`)).toThrow(/record 1: code 0300000/);
    expect(() => parseCpvCsv(`${header}03000000,1,03000000-1,Farming,family,1,,03\r\n`)).toThrow(/level family/);
    expect(() => parseCpvCsv(`${header}03000000,1,03000000-1,"Farming\r\n`)).toThrow(/not closed/);
  });
});
