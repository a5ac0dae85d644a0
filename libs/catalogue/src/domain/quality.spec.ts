import { DEFAULT_STANDARDS, ListingContent } from './listing-content';
import { bannedPhrasesIn, checkListingQuality, QUALITY_CHECKLIST } from './quality';

const complete = (overrides: Partial<ListingContent> = {}): ListingContent => ({
  name: 'Council tax portal',
  summary: 'Residents pay and manage council tax online.',
  description: 'A hosted portal for council tax accounts, payments and discounts.',
  features: ['Online payments'],
  benefits: ['Fewer phone calls'],
  categoryIds: ['c1'],
  cpvCodes: ['72260000'],
  pricing: { min: '100.00', max: '500.00', unit: 'per month' },
  standards: { ...DEFAULT_STANDARDS, accessibilityStatementUrl: 'https://example.com/a11y', dataExportFormats: ['CSV'], openStandards: ['OpenID Connect'] },
  ...overrides,
});

const fields = (content: ListingContent) => checkListingQuality(content).failures.map((failure) => failure.field);

describe('listing quality checks', () => {
  it('scores a complete listing 100 with nothing missing and nothing blocking', () => {
    expect(checkListingQuality(complete())).toEqual({ failures: [], score: 100, missing: [] });
    expect(QUALITY_CHECKLIST.reduce((sum, item) => sum + item.weight, 0)).toBe(100);
  });

  it('blocks on every missing required field at once, naming each', () => {
    const empty = complete({ summary: '', description: '', features: [], categoryIds: [], cpvCodes: [], pricing: null });
    expect(fields(empty)).toEqual(['summary', 'description', 'features', 'categories', 'cpvCodes', 'pricing']);
    expect(checkListingQuality(empty).score).toBe(100 - 10 - 15 - 10 - 10 - 10 - 10);
  });

  it('only lowers the score for optional fields, and lists them as missing', () => {
    const report = checkListingQuality(complete({ benefits: [], standards: DEFAULT_STANDARDS }));
    expect(report.failures).toEqual([]);
    expect(report.score).toBe(75);
    expect(report.missing).toEqual(['benefits', 'standards.accessibilityStatementUrl', 'standards.dataExportFormats', 'standards.openStandards']);
  });

  it('finds banned claims as whole words, in any case, with spaces or hyphens, in every text field', () => {
    expect(bannedPhrasesIn('Our MARKET-LEADING, best in class service')).toEqual(['best in class', 'market leading']);
    expect(bannedPhrasesIn('Uptime guaranteed.')).toEqual(['guaranteed']);
    expect(bannedPhrasesIn('World   class support')).toEqual(['world class']);
    // Inside other words, or only part of a phrase, is not a claim.
    expect(bannedPhrasesIn('unguaranteed guaranteedly; a world classroom; the market leads')).toEqual([]);
    const content = complete({ name: 'Guaranteed savings', features: ['Fast', 'No other supplier does this'], benefits: ['Unbeatable value'] });
    const report = checkListingQuality(content);
    expect(report.failures.map((failure) => failure.field)).toEqual(['name', 'features[1]', 'benefits[0]']);
    expect(report.failures[1].message).toContain('"no other supplier"');
  });

  it('checks prices are positive and the minimum is not above the maximum', () => {
    expect(fields(complete({ pricing: { min: '0.00', max: '0.00', unit: 'each' } }))).toEqual(['pricing.min', 'pricing.max']);
    expect(fields(complete({ pricing: { min: '500.01', max: '500.00', unit: 'each' } }))).toEqual(['pricing.max']);
    expect(fields(complete({ pricing: { min: '500.00', max: '500.00', unit: 'each' } }))).toEqual([]);
  });
});
