import type { FieldError } from '@app/shared';
import { ListingContent, ListingInput, mergeListingInput, validateListingContent } from './listing-content';

const LOT = { slug: 'cloud-software', maxCategoriesPerService: 2 };
const CATEGORIES = [
  { id: '11111111-1111-4111-8111-111111111111', slug: 'payroll' },
  { id: '22222222-2222-4222-8222-222222222222', slug: 'budgeting' },
  { id: '33333333-3333-4333-8333-333333333333', slug: 'billing-and-invoicing' },
];
const KNOWN_CPV = new Set(['72260000', '48000000']);

function valid(input: ListingInput): ListingContent {
  const result = validateListingContent(input, LOT, CATEGORIES, (code) => KNOWN_CPV.has(code));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.content;
}

function errors(input: unknown): FieldError[] {
  const result = validateListingContent(input as ListingInput, LOT, CATEGORIES, (code) => KNOWN_CPV.has(code));
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

describe('validateListingContent', () => {
  it('needs only a name for a draft, and fills the rest with empty values', () => {
    expect(valid({ name: '  Payroll service ' })).toEqual({
      name: 'Payroll service',
      summary: '',
      description: '',
      features: [],
      benefits: [],
      categoryIds: [],
      cpvCodes: [],
      pricing: null,
      standards: {
        openSource: false,
        openApi: false,
        openStandards: [],
        dataExportFormats: [],
        iso27001: false,
        cyberEssentials: 'none',
        ukHosting: false,
        accessibilityStatementUrl: null,
      },
    });
  });

  it('normalises: categories by slug or id to ids, CPV check digits dropped, duplicates removed, money to two decimals', () => {
    const content = valid({
      name: 'Payroll',
      features: ['Fast', 'Fast ', 'Secure'],
      categories: ['payroll', CATEGORIES[0].id, 'budgeting'],
      cpvCodes: ['72260000-5', '72260000', '48000000'],
      pricing: { min: '10', max: '12.5', unit: ' per user ' },
      standards: { openSource: true, cyberEssentials: 'plus', accessibilityStatementUrl: 'https://example.gov.uk/a11y' },
    });
    expect(content).toMatchObject({
      features: ['Fast', 'Secure'],
      categoryIds: [CATEGORIES[0].id, CATEGORIES[1].id],
      cpvCodes: ['72260000', '48000000'],
      pricing: { min: '10.00', max: '12.50', unit: 'per user' },
      standards: { openSource: true, cyberEssentials: 'plus', accessibilityStatementUrl: 'https://example.gov.uk/a11y', ukHosting: false },
    });
  });

  it('names every broken rule at once', () => {
    expect(
      errors({
        name: '',
        summary: 'x'.repeat(501),
        features: ['ok', '  ', 7],
        categories: ['payroll', 'nonsense', 'budgeting', 'billing-and-invoicing'],
        cpvCodes: ['7226', '99999999'],
        pricing: { min: '-1', max: '1.234', unit: '' },
        standards: { openApi: 'yes', cyberEssentials: 'gold', accessibilityStatementUrl: 'http://example.com', openStandards: 'CSV' },
      }).map((error) => error.field),
    ).toEqual([
      'name',
      'summary',
      'features[1]',
      'features[2]',
      'categories[1]',
      'categories',
      'cpvCodes[0]',
      'cpvCodes[1]',
      'pricing.min',
      'pricing.max',
      'pricing.unit',
      'standards.cyberEssentials',
      'standards.openApi',
      'standards.openStandards',
      'standards.accessibilityStatementUrl',
    ]);
  });

  it('explains what is wrong in words', () => {
    const [tooMany] = errors({ name: 'x', categories: ['payroll', 'budgeting', 'billing-and-invoicing'] });
    expect(tooMany).toEqual({ field: 'categories', message: 'categories: a service on lot cloud-software may choose at most 2 categories' });
    const [unknownCode] = errors({ name: 'x', cpvCodes: ['99999999'] });
    expect(unknownCode.message).toBe('cpvCodes[0] 99999999 is not a CPV 2008 code');
  });

  it('accepts only https addresses on a named host', () => {
    for (const url of ['ftp://example.com', 'https://localhost', 'javascript:alert(1)', 'https://user:pw@example.com/']) {
      expect(errors({ name: 'x', standards: { accessibilityStatementUrl: url } }).map((error) => error.field)).toEqual(['standards.accessibilityStatementUrl']);
    }
  });

  it('refuses input of the wrong shape without throwing', () => {
    expect(errors({ name: 'x', pricing: 'cheap', standards: [] }).map((error) => error.field)).toEqual(['pricing', 'standards']);
    expect(errors(null)).toEqual([{ field: 'listing', message: 'listing must be an object' }]);
  });
});

describe('mergeListingInput', () => {
  it('keeps fields left out, changes standards field by field, and clears pricing with null', () => {
    const current = valid({ name: 'Payroll', categories: ['payroll'], pricing: { min: '1', max: '2', unit: 'each' }, standards: { openSource: true, ukHosting: true } });
    const merged = valid(mergeListingInput(current, { summary: 'New summary', pricing: null, standards: { ukHosting: false } }));
    expect(merged).toMatchObject({ name: 'Payroll', summary: 'New summary', categoryIds: [CATEGORIES[0].id], pricing: null });
    expect(merged.standards).toMatchObject({ openSource: true, ukHosting: false });
  });
});
