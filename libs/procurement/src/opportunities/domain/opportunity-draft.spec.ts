import { DomainError } from '@app/shared';
import { OpportunityDraftInput, validateOpportunityDraft } from './opportunity-draft';

const now = new Date('2030-01-01T09:00:00Z');
const LOT = '1b4e28ba-2fa1-11d2-883f-0016d3cca427';

const input = (overrides: Partial<OpportunityDraftInput> = {}): OpportunityDraftInput => ({
  title: '  Case management  ',
  route: 'framework',
  lotId: LOT.toUpperCase(),
  problemStatement: 'Re-keying case notes',
  userNeeds: null,
  scope: undefined,
  budget: '250000.50',
  closingAt: '2030-01-22T12:00:00+01:00',
  criteria: [
    { name: 'Quality', weight: 70 },
    { name: 'Price', description: ' Whole-life cost ', weight: 30 },
  ],
  ...overrides,
});

function fieldsOf(run: () => unknown): Record<string, string> {
  try {
    run();
  } catch (error) {
    expect((error as DomainError).kind).toBe('validation');
    return Object.fromEntries((error as DomainError).fieldErrors.map((e) => [e.field, e.message]));
  }
  throw new Error('expected a validation error');
}

describe('validateOpportunityDraft', () => {
  it('normalises a good draft: trimmed text, pence, a Date, lower-case lot id', () => {
    expect(validateOpportunityDraft(input(), now)).toEqual({
      title: 'Case management',
      route: 'framework',
      lotId: LOT,
      problemStatement: 'Re-keying case notes',
      userNeeds: '',
      scope: '',
      budgetPence: 25_000_050n,
      closingAt: new Date('2030-01-22T11:00:00Z'),
      criteria: [
        { name: 'Quality', description: '', weight: 70 },
        { name: 'Price', description: 'Whole-life cost', weight: 30 },
      ],
    });
  });

  it('refuses a closing time in the past, too soon, too far, or without a zone', () => {
    expect(fieldsOf(() => validateOpportunityDraft(input({ closingAt: '2029-12-31T09:00:00Z' }), now))).toEqual({ closingAt: 'closingAt must be in the future' });
    expect(fieldsOf(() => validateOpportunityDraft(input({ closingAt: '2030-01-01T09:30:00Z' }), now)).closingAt).toMatch(/at least 1 hour/);
    expect(fieldsOf(() => validateOpportunityDraft(input({ closingAt: '2031-06-01T09:00:00Z' }), now)).closingAt).toMatch(/within 365 days/);
    expect(fieldsOf(() => validateOpportunityDraft(input({ closingAt: '2030-01-22T12:00:00' }), now)).closingAt).toMatch(/time zone/);
    expect(fieldsOf(() => validateOpportunityDraft(input({ closingAt: '2030-02-31T12:00:00Z' }), now)).closingAt).toBeDefined();
  });

  it('refuses weights that do not sum to 100, naming the total', () => {
    expect(fieldsOf(() => validateOpportunityDraft(input({ criteria: [{ name: 'Quality', weight: 60 }, { name: 'Price', weight: 30 }] }), now))).toEqual({
      criteria: 'criteria weights must sum to 100; they sum to 90',
    });
  });

  it('refuses bad criteria one field at a time', () => {
    const fields = fieldsOf(() =>
      validateOpportunityDraft(
        input({
          criteria: [
            { name: 'Quality', weight: 0 },
            { name: ' quality ', weight: 50 },
            { name: '', weight: 50.5 },
          ],
        }),
        now,
      ),
    );
    expect(Object.keys(fields)).toEqual(['criteria[0].weight', 'criteria[1].name', 'criteria[2].name', 'criteria[2].weight']);
    expect(fieldsOf(() => validateOpportunityDraft(input({ criteria: [] }), now))).toHaveProperty('criteria');
  });

  it('refuses a negative, malformed or zero budget, naming the field', () => {
    expect(fieldsOf(() => validateOpportunityDraft(input({ budget: '-100.00' }), now))).toEqual({ budget: 'budget cannot be negative' });
    expect(fieldsOf(() => validateOpportunityDraft(input({ budget: '10.001' }), now)).budget).toMatch(/two decimals/);
    expect(fieldsOf(() => validateOpportunityDraft(input({ budget: '0' }), now))).toEqual({ budget: 'budget must be more than zero' });
  });

  it('wants a lot on the framework route and none on the open route', () => {
    expect(fieldsOf(() => validateOpportunityDraft(input({ lotId: null }), now))).toHaveProperty('lotId');
    expect(fieldsOf(() => validateOpportunityDraft(input({ lotId: 'cloud-software' }), now))).toHaveProperty('lotId');
    expect(fieldsOf(() => validateOpportunityDraft(input({ route: 'open' }), now))).toHaveProperty('lotId');
    expect(validateOpportunityDraft(input({ route: 'open', lotId: null }), now).lotId).toBeNull();
    expect(fieldsOf(() => validateOpportunityDraft(input({ route: 'negotiated' as 'open' }), now))).toHaveProperty('route');
  });

  it('names every bad field at once', () => {
    expect(Object.keys(fieldsOf(() => validateOpportunityDraft(input({ title: ' ', budget: 'lots', scope: 'x'.repeat(10_001) }), now)))).toEqual([
      'title',
      'scope',
      'budget',
    ]);
  });
});
