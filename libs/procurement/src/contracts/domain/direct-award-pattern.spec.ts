import { findRepeatedDirectAwards, normaliseSupplierName, sameSupplier } from './direct-award-pattern';

describe('repeated direct awards', () => {
  const award = (contractId: string, startDate: string) => ({ contractId, startDate });

  it('finds three awards within twelve months', () => {
    const run = findRepeatedDirectAwards([award('c', '2026-01-10'), award('a', '2025-03-01'), award('b', '2025-09-01')]);
    expect(run?.map((a) => a.contractId)).toEqual(['a', 'b', 'c']);
  });

  it('does not count awards spread over more than twelve months', () => {
    expect(findRepeatedDirectAwards([award('a', '2025-01-01'), award('b', '2025-07-01'), award('c', '2026-01-01')])).toBeNull();
    expect(findRepeatedDirectAwards([award('a', '2025-01-01'), award('b', '2025-07-01')])).toBeNull();
  });

  it('names the earliest run, so a fourth award finds the same one', () => {
    const three = [award('a', '2025-01-01'), award('b', '2025-02-01'), award('c', '2025-03-01')];
    const first = findRepeatedDirectAwards(three);
    const again = findRepeatedDirectAwards([...three, award('d', '2025-04-01')]);
    expect(again?.[0]).toEqual(first?.[0]);
  });

  it('matches a supplier by id, company number, or a normalised name', () => {
    const named = (supplierName: string, companyNumber: string | null = null, supplierId: string | null = null) => ({ supplierName, companyNumber, supplierId });
    expect(sameSupplier(named('Weald Digital Ltd'), named('WEALD DIGITAL LIMITED'))).toBe(true);
    expect(sameSupplier(named('A', '01234567'), named('B', '01234567'))).toBe(true);
    expect(sameSupplier(named('Weald', '01234567'), named('Weald', '07654321'))).toBe(false);
    expect(sameSupplier(named('A', null, 'id-1'), named('B', '01234567', 'id-1'))).toBe(true);
    expect(normaliseSupplierName('Smith & Jones (UK) Ltd.')).toBe('smith and jones');
  });
});
