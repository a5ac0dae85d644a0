import type { CpvLevel } from '../domain/cpv-code';

export interface CpvCodeView {
  /** Eight digits, without the check digit. */
  code: string;
  checkDigit: string;
  /** As printed in notices, e.g. `72000000-5`. */
  codeWithCheckDigit: string;
  label: string;
  level: CpvLevel;
  parentCode: string | null;
  division: string;
}

export interface CpvCodeRef {
  code: string;
  label: string;
  level: CpvLevel;
}

export interface CpvCodeDetailView extends CpvCodeView {
  parent: CpvCodeRef | null;
  children: CpvCodeRef[];
}

export interface CpvFilter {
  /** Words of the label; each must start a word of the label (`softw` finds "Software package…"). Digits search by code. */
  q?: string;
  /** A code prefix: `722` finds every 722xxxxx code. */
  code?: string;
  level?: string;
}
