import type { ListingPrivateView, ListingPublicView } from '@app/catalogue';
import { toListingPageView } from './listing.view';

const published: ListingPublicView = {
  id: '0b6f3e0c-8a43-4c11-9a43-0d3c1f3b2a10',
  status: 'published',
  supplier: { id: '7d1c1f5e-8d0e-4c11-9a43-0d3c1f3b2a10', name: 'Weald Digital Ltd', isSme: true, isVcse: false },
  framework: { slug: 'g-cloud-13', name: 'G-Cloud 13', status: 'live' },
  lot: { slug: 'cloud-software', name: 'Cloud software' },
  name: 'Casework',
  summary: 'Case management for councils',
  description: 'First paragraph.\n\n  Second paragraph,\nstill second.\n\n\n',
  features: ['Audit trail'],
  benefits: ['Fewer lost cases'],
  categories: [{ id: 'c1', slug: 'case-management', name: 'Case management', parentName: null }],
  cpvCodes: ['72260000'],
  pricing: { min: '1200.00', max: '5000.00', unit: 'per year' },
  standards: {
    openSource: true,
    openApi: false,
    openStandards: ['OpenAPI 3'],
    dataExportFormats: [],
    iso27001: false,
    cyberEssentials: 'plus',
    ukHosting: true,
    accessibilityStatementUrl: 'https://weald.example/accessibility',
  },
  version: 1,
  publishedAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
};

function privateView(overrides: Partial<ListingPrivateView>): ListingPrivateView {
  return {
    ...published,
    createdAt: published.updatedAt,
    submittedAt: null,
    rejectionReason: null,
    quality: { score: 100, missing: [] },
    pendingRevision: null,
    ...overrides,
  };
}

describe('toListingPageView', () => {
  it('puts the listing in plain words: paragraphs, price, standards as yes or no', () => {
    const view = toListingPageView(published);
    expect(view.descriptionParagraphs).toEqual(['First paragraph.', 'Second paragraph,\nstill second.']);
    expect(view.details.map((row) => [row.key.text, row.value.text])).toEqual([
      ['Framework', 'G-Cloud 13'],
      ['Lot', 'Cloud software'],
      ['Categories', 'Case management'],
      ['Price', '£1,200 to £5,000 per year'],
      ['CPV codes', '72260000'],
    ]);
    expect(view.standards.map((row) => [row.key.text, row.value.text])).toEqual([
      ['Open source', 'Yes'],
      ['Open API', 'No'],
      ['Open standards used', 'OpenAPI 3'],
      ['Data export formats', 'None given'],
      ['ISO 27001 certified', 'No'],
      ['Cyber Essentials', 'Cyber Essentials Plus'],
      ['Data hosted in the UK', 'Yes'],
    ]);
    expect(view.supplier).toEqual({ name: 'Weald Digital Ltd', href: '/suppliers/7d1c1f5e-8d0e-4c11-9a43-0d3c1f3b2a10', tags: [{ text: 'SME', classes: '' }] });
    expect(view.searchSupplierHref).toBe('/catalogue?q=Weald+Digital+Ltd');
    expect(view.notice).toBeUndefined();
  });

  it('links only an https accessibility statement', () => {
    const unsafe = { ...published, standards: { ...published.standards, accessibilityStatementUrl: 'javascript:alert(1)' } };
    expect(toListingPageView(published).accessibilityStatementUrl).toBe('https://weald.example/accessibility');
    expect(toListingPageView(unsafe).accessibilityStatementUrl).toBeUndefined();
  });

  it('tells the owner why buyers cannot see a listing', () => {
    expect(toListingPageView(privateView({ status: 'submitted' })).notice).toBe('Buyers cannot see this service because it is waiting for an administrator to check it.');
    expect(toListingPageView(privateView({ framework: { ...published.framework, status: 'open' } })).notice).toBe(
      'Buyers cannot see this service because its framework is open, not live.',
    );
    expect(toListingPageView(privateView({})).notice).toBeUndefined();
  });
});
