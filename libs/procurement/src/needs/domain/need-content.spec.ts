import { DomainError } from '@app/shared';
import { mergeNeedPatch, NeedInput, validateNeedContent } from './need-content';

const TODAY = '2026-05-01';

const valid = (overrides: Record<string, unknown> = {}): NeedInput =>
  ({
    title: 'Revenues and benefits system',
    cpvCodes: ['72260000'],
    estimatedValue: '450000.00',
    wantedStartDate: '2026-10-01',
    currentContract: { supplierName: 'Weald Digital Ltd', endDate: '2026-09-30', extensionUntil: '2027-09-30', annualValue: '120000.00' },
    openToCollaboration: true,
    preferences: { sme: true },
    ...overrides,
  }) as NeedInput;

function fieldsOf(input: NeedInput, previousStart: string | null = null): string[] {
  try {
    validateNeedContent(input, TODAY, previousStart);
  } catch (error) {
    if (error instanceof DomainError) return error.fieldErrors.map((field) => field.field);
    throw error;
  }
  return [];
}

describe('validateNeedContent', () => {
  it('normalises a need: pence, defaults for preferences left out', () => {
    const need = validateNeedContent(valid(), TODAY);
    expect(need.estimatedValuePence).toBe(45_000_000n);
    expect(need.currentContract).toEqual({
      supplierName: 'Weald Digital Ltd',
      supplierId: null,
      endDate: '2026-09-30',
      extensionUntil: '2027-09-30',
      annualValuePence: 12_000_000n,
    });
    expect(need.preferences).toEqual({ sme: true, local: false, openSource: false, openStandards: false, ukHosting: false });
  });

  it('refuses a wanted start in the past, but keeps one already stored', () => {
    expect(fieldsOf(valid({ wantedStartDate: '2026-04-30' }))).toEqual(['wantedStartDate']);
    expect(fieldsOf(valid({ wantedStartDate: TODAY }))).toEqual([]);
    expect(fieldsOf(valid({ wantedStartDate: '2026-04-30' }), '2026-04-30')).toEqual([]);
  });

  it('names nested and every bad field', () => {
    expect(
      fieldsOf(
        valid({
          title: 'x'.repeat(201),
          cpvCodes: [],
          lotId: 'lot-1',
          estimatedValue: '-1',
          currentContract: { supplierName: '', endDate: '2026-09-30', extensionUntil: '2026-09-29', annualValue: 12 },
          openToCollaboration: 'yes',
          preferences: { sme: 'yes', cheap: true },
        }),
      ),
    ).toEqual([
      'title',
      'cpvCodes',
      'lotId',
      'estimatedValue',
      'currentContract.supplierName',
      'currentContract.extensionUntil',
      'currentContract.annualValue',
      'openToCollaboration',
      'preferences.sme',
      'preferences.cheap',
    ]);
  });
});

describe('mergeNeedPatch', () => {
  it('keeps what is left out, clears what is null and merges preferences', () => {
    const current = valid({ preferences: { sme: true, local: true } });
    const merged = mergeNeedPatch(current, { title: 'New', currentContract: null, preferences: { local: false, ukHosting: true } });
    expect(merged).toMatchObject({ title: 'New', currentContract: null, cpvCodes: ['72260000'], preferences: { sme: true, local: false, ukHosting: true } });
  });
});
