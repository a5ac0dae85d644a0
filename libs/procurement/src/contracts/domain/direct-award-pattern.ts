import { addMonths } from './calendar';

/**
 * Repeated direct awards: one council awarding the same supplier without competition three or more
 * times within twelve months is a known fraud and favouritism pattern (splitting a requirement to
 * stay under thresholds). It is a flag for an administrator to look at, not a refusal.
 */
export const REPEATED_DIRECT_AWARD_RULE = { threshold: 3, windowMonths: 12 } as const;

export interface DirectAward {
  contractId: string;
  /** When the award took effect; the register's start date stands in for the award date. */
  startDate: string;
}

export interface SupplierIdentity {
  supplierId: string | null;
  companyNumber: string | null;
  supplierName: string;
}

/**
 * The earliest run of at least `threshold` awards that all fall within `windowMonths` of the first
 * of them, in date order, or null. Earliest, so that a fourth award in the same run finds the same
 * run again and the flag is not raised twice.
 */
export function findRepeatedDirectAwards(
  awards: readonly DirectAward[],
  rule: { threshold: number; windowMonths: number } = REPEATED_DIRECT_AWARD_RULE,
): DirectAward[] | null {
  const sorted = [...awards].sort((a, b) => a.startDate.localeCompare(b.startDate) || a.contractId.localeCompare(b.contractId));
  for (let first = 0; first < sorted.length; first += 1) {
    const windowEnd = addMonths(sorted[first].startDate, rule.windowMonths);
    const run = sorted.slice(first).filter((award) => award.startDate < windowEnd);
    if (run.length >= rule.threshold) return run;
  }
  return null;
}

/**
 * Whether two register rows name the same supplier: the same registered supplier, the same company
 * number, or (for rows with neither) the same name once case, punctuation and the company suffix
 * are set aside, as councils type names inconsistently.
 */
export function sameSupplier(a: SupplierIdentity, b: SupplierIdentity): boolean {
  if (a.supplierId && b.supplierId && a.supplierId === b.supplierId) return true;
  if (a.companyNumber && b.companyNumber) return a.companyNumber === b.companyNumber;
  return normaliseSupplierName(a.supplierName) === normaliseSupplierName(b.supplierName);
}

export function normaliseSupplierName(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\b(limited|ltd|plc|llp|lp|uk)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
