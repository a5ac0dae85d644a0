import { DisplayContent, diffListingContent } from './listing-diff';
import { DEFAULT_STANDARDS } from './listing-content';

const content = (overrides: Partial<DisplayContent> = {}): DisplayContent => ({
  name: 'Portal',
  summary: 'Old summary',
  description: 'Text',
  features: ['A'],
  benefits: [],
  categories: ['Payroll'],
  cpvCodes: ['72260000'],
  pricing: { min: '1.00', max: '2.00', unit: 'each' },
  standards: DEFAULT_STANDARDS,
  ...overrides,
});

describe('diffListingContent', () => {
  it('lists only the fields that changed, in a fixed order, standards one by one', () => {
    const after = content({
      summary: 'New summary',
      categories: ['Payroll', 'Budgeting'],
      pricing: { min: '1.00', max: '3.00', unit: 'each' },
      standards: { ...DEFAULT_STANDARDS, ukHosting: true },
    });
    expect(diffListingContent(content(), after)).toEqual([
      { field: 'summary', before: 'Old summary', after: 'New summary' },
      { field: 'categories', before: ['Payroll'], after: ['Payroll', 'Budgeting'] },
      { field: 'pricing', before: { min: '1.00', max: '2.00', unit: 'each' }, after: { min: '1.00', max: '3.00', unit: 'each' } },
      { field: 'standards.ukHosting', before: false, after: true },
    ]);
  });

  it('is empty for the same content, whatever the key order of stored pricing', () => {
    const reordered = content({ pricing: JSON.parse('{"unit":"each","max":"2.00","min":"1.00"}') });
    expect(diffListingContent(content(), reordered)).toEqual([]);
  });
});
