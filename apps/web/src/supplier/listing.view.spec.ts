import type { ListingPrivateView } from '@app/catalogue';
import { toOwnListingView } from './listing.view';

const content = {
  name: 'Casework Hub',
  summary: 'Case management',
  description: 'Tracks cases',
  features: ['Timeline'],
  benefits: [],
  categories: [{ id: 'c1', slug: 'case-management', name: 'Case management', parentName: null }],
  cpvCodes: ['72260000'],
  pricing: { min: '1200.00', max: '5000.00', unit: 'per year' },
  standards: {
    openSource: true,
    openApi: false,
    openStandards: [],
    dataExportFormats: [],
    iso27001: false,
    cyberEssentials: 'plus' as const,
    ukHosting: true,
    accessibilityStatementUrl: null,
  },
};

const listing: ListingPrivateView = {
  ...content,
  id: '0b7c1f5e-8d0e-4c11-9a43-0d3c1f3b2a10',
  status: 'draft',
  framework: { slug: 'cloud', name: 'Cloud', status: 'open' },
  lot: { slug: 'software', name: 'Software' },
  supplier: { id: 's1', name: 'Weald Digital Ltd', isSme: true, isVcse: false },
  version: 1,
  publishedAt: null,
  updatedAt: '2026-01-01T00:00:00.000Z',
  createdAt: '2026-01-01T00:00:00.000Z',
  submittedAt: null,
  rejectionReason: null,
  quality: { score: 80, missing: ['benefits', 'standards.openStandards'] },
  pendingRevision: null,
};

describe('toOwnListingView', () => {
  it('offers only what the listing state machine allows', () => {
    expect(toOwnListingView(listing).can).toEqual({ edit: true, submit: true, withdraw: true });
    expect(toOwnListingView({ ...listing, status: 'submitted' }).can).toEqual({ edit: false, submit: false, withdraw: true });
    expect(toOwnListingView({ ...listing, status: 'withdrawn' }).can).toEqual({ edit: false, submit: false, withdraw: false });
  });

  it('shows the moderation result: the reason for a rejection, and a revision waiting for checks', () => {
    const rejected = toOwnListingView({ ...listing, status: 'rejected', rejectionReason: 'Add your prices' });
    expect(rejected.status.text).toBe('Rejected');
    expect(rejected.rejectionReason).toBe('Add your prices');
    expect(rejected.can.submit).toBe(false);

    const revised = toOwnListingView({
      ...listing,
      status: 'published',
      pendingRevision: { ...content, name: 'Casework Hub 2', version: 2, createdAt: '2026-02-01T00:00:00.000Z', qualityScore: 90 },
    });
    expect(revised.pendingRevision).toEqual({ version: 2 });
    expect(revised.rows[0].value.text).toBe('Casework Hub 2');
  });

  it('scores the current text with the checklist, naming missing items as the form does', () => {
    const { quality } = toOwnListingView(listing);
    expect(quality.missing).toEqual(['benefits', 'accessibility statement', 'data export formats', 'open standards']);
    expect(quality.score).toBeGreaterThan(0);
    expect(quality.score).toBeLessThan(100);
  });
});
