import { CpvLevel, isCpvLevel } from '../domain/cpv-code';
import { parseCsvRecords } from '@app/shared';

export interface CpvRecord {
  code: string;
  checkDigit: string;
  label: string;
  level: CpvLevel;
  parentCode: string | null;
  division: string;
}

/** Reads the CPV 2008 English file derived from openprocurement/standards (see libs/classification/data/README.md). */
export function parseCpvCsv(text: string): CpvRecord[] {
  return parseCsvRecords(text).map((record, index) => {
    const line = index + 1;
    const { code, check_digit: checkDigit, label_en: label, level, parent_code: parentCode, division } = record;
    if (!/^\d{8}$/.test(code ?? '')) throw new Error(`CPV file record ${line}: code ${code} is not 8 digits`);
    if (!/^\d$/.test(checkDigit ?? '')) throw new Error(`CPV file record ${line}: check digit ${checkDigit} is not a digit`);
    if (!label) throw new Error(`CPV file record ${line}: label_en is empty`);
    if (!isCpvLevel(level ?? '')) throw new Error(`CPV file record ${line}: level ${level} is unknown`);
    if (parentCode && !/^\d{8}$/.test(parentCode)) throw new Error(`CPV file record ${line}: parent_code ${parentCode} is not 8 digits`);
    if (!/^\d{2}$/.test(division ?? '') || !code.startsWith(division)) throw new Error(`CPV file record ${line}: division ${division} does not match`);
    return { code, checkDigit, label, level: level as CpvLevel, parentCode: parentCode || null, division };
  });
}
