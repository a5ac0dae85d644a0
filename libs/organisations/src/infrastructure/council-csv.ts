import type { CouncilNode } from '../domain/council-hierarchy';
import { parseCsvRecords } from '@app/shared';

const GSS_CODE = /^E\d{8}$/;
const REQUIRED = ['local_authority_code', 'gss_code', 'official_name', 'nice_name', 'type_code', 'type_name', 'region'];

/**
 * Reads the mySociety register of current English councils. Its parents are given by 3-letter
 * register code; they are resolved here to the parents' GSS codes, which are the councils' public ids.
 */
export function parseCouncilCsv(text: string): CouncilNode[] {
  const records = parseCsvRecords(text);
  const gssByRegisterCode = new Map(records.map((record) => [record.local_authority_code, record.gss_code]));
  const parent = (registerCode: string | undefined, line: number, column: string): string | null => {
    if (!registerCode) return null;
    const gss = gssByRegisterCode.get(registerCode);
    if (!gss) throw new Error(`council file record ${line}: ${column} ${registerCode} is not a council in the file`);
    return gss;
  };
  return records.map((record, index) => {
    const line = index + 1;
    for (const column of REQUIRED) {
      if (!record[column]) throw new Error(`council file record ${line}: ${column} is empty`);
    }
    if (!GSS_CODE.test(record.gss_code)) throw new Error(`council file record ${line}: ${record.gss_code} is not an English GSS code`);
    return {
      gssCode: record.gss_code,
      localAuthorityCode: record.local_authority_code,
      name: record.official_name,
      shortName: record.nice_name,
      typeCode: record.type_code,
      typeName: record.type_name,
      region: record.region,
      countyCode: parent(record.county_la_code, line, 'county_la_code'),
      combinedAuthorityCode: parent(record.combined_authority_code, line, 'combined_authority_code'),
    };
  });
}
