import type { ListingPrivateView, ModerationItemView } from '@app/catalogue';
import type { UserAccountView } from '@app/identity';
import { displayLines, formatDateTime, paginationOf, toQueueRow, toReviewView, toUserRow } from './admin.views';

const ADMIN_ID = '00000000-0000-4000-8000-000000000001';

const content = {
  name: 'Casework Hub',
  summary: 'Case management for housing teams',
  description: 'Tracks cases.',
  features: ['Works in any browser'],
  benefits: [],
  categories: [{ id: 'c1', slug: 'case-management', name: 'Case management', parentName: null }],
  cpvCodes: ['72260000'],
  pricing: { min: '100.00', max: '200.00', unit: 'per month' },
  standards: {
    openSource: false,
    openApi: true,
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
  id: '6f1c1f5e-8d0e-4c11-9a43-0d3c1f3b2a10',
  status: 'submitted',
  supplier: { id: 's1', name: 'Weald Digital Ltd', isSme: true, isVcse: false },
  framework: { slug: 'cloud', name: 'Cloud', status: 'open' },
  lot: { slug: 'software', name: 'Software' },
  version: 1,
  publishedAt: null,
  updatedAt: '2026-11-27T10:00:00.000Z',
  createdAt: '2026-11-27T09:00:00.000Z',
  submittedAt: '2026-11-27T10:00:00.000Z',
  rejectionReason: null,
  quality: { score: 75, missing: ['benefits', 'standards.openStandards'] },
  pendingRevision: null,
};

describe('admin view models', () => {
  it('writes dates as GOV.UK does, in UK time', () => {
    expect(formatDateTime('2026-07-01T12:05:00.000Z')).toBe('1 July 2026 at 1:05pm');
    expect(formatDateTime('2026-01-15T00:30:00.000Z')).toBe('15 January 2026 at 12:30am');
  });

  it('offers the one action that fits an account, never suspending oneself', () => {
    const user: UserAccountView = {
      id: '00000000-0000-4000-8000-000000000002',
      email: 'bea@example.org',
      fullName: 'Bea Buyer',
      role: 'buyer',
      status: 'pending',
      councilCode: 'E10000016',
      createdAt: '2026-11-27T10:00:00.000Z',
      approvedAt: null,
    };
    const names = (code: string) => (code === 'E10000016' ? 'Kent County Council' : undefined);
    expect(toUserRow(user, names, ADMIN_ID)).toMatchObject({
      council: 'Kent County Council',
      status: { text: 'Waiting for approval' },
      action: { path: `/admin/users/${user.id}/approve`, label: 'Approve' },
    });
    expect(toUserRow({ ...user, status: 'suspended' }, names, ADMIN_ID).action?.label).toBe('Reinstate');
    expect(toUserRow({ ...user, status: 'active' }, names, ADMIN_ID).action?.label).toBe('Suspend');
    expect(toUserRow({ ...user, id: ADMIN_ID, role: 'admin', status: 'active', councilCode: null }, names, ADMIN_ID)).toMatchObject({ action: undefined, council: '' });
  });

  it('reads values as lines of text', () => {
    expect(displayLines(null)).toEqual(['None']);
    expect(displayLines([])).toEqual(['None']);
    expect(displayLines(['a', 'b'])).toEqual(['a', 'b']);
    expect(displayLines(true)).toEqual(['Yes']);
    expect(displayLines({ min: '100.00', max: '200.00', unit: 'per month' })).toEqual(['£100 to £200 per month']);
    expect(displayLines('plus', 'standards.cyberEssentials')).toEqual(['Cyber Essentials Plus']);
  });

  it('shows a new submission in full with its quality report and the decide forms', () => {
    const view = toReviewView(listing);
    expect(view).toMatchObject({
      pageTitle: 'Review Casework Hub',
      kind: 'New listing',
      quality: { score: '75 out of 100', missing: ['Benefits', 'Open standards'] },
      decision: 'decide',
      actionBase: `/admin/moderation/${listing.id}`,
    });
    expect(view.changes).toBeUndefined();
    expect(view.content).toContainEqual({ label: 'Summary', lines: ['Case management for housing teams'] });
  });

  it('shows a pending revision as the fields it changes, before and after', () => {
    const revision = { ...content, summary: 'For housing and benefits', features: ['Works in any browser', 'Exports to CSV'], version: 2, createdAt: '2026-11-27T11:00:00.000Z', qualityScore: 80 };
    const view = toReviewView({ ...listing, status: 'published', pendingRevision: revision });
    expect(view.content).toBeUndefined();
    expect(view.changes).toEqual([
      { label: 'Summary', before: ['Case management for housing teams'], after: ['For housing and benefits'] },
      { label: 'Features', before: ['Works in any browser'], after: ['Works in any browser', 'Exports to CSV'] },
    ]);
  });

  it('offers suspension for a published listing and reinstatement for a suspended one', () => {
    expect(toReviewView({ ...listing, status: 'published' }).decision).toBe('suspend');
    expect(toReviewView({ ...listing, status: 'suspended' }).decision).toBe('reinstate');
    expect(toReviewView({ ...listing, status: 'draft' }).decision).toBe('none');
  });

  it('labels the queue entries and counts the fields a revision changes', () => {
    const item: ModerationItemView = {
      listingId: listing.id,
      kind: 'revision',
      version: 2,
      name: 'Casework Hub',
      supplier: { id: 's1', name: 'Weald Digital Ltd' },
      framework: listing.framework,
      lot: listing.lot,
      qualityScore: 80,
      qualityMissing: [],
      submittedAt: '2026-11-27T11:00:00.000Z',
      changes: [{ field: 'summary', before: 'a', after: 'b' }],
    };
    expect(toQueueRow(item)).toMatchObject({ kind: 'Change to a published listing', changes: '1 field changed', placement: 'Software, Cloud', quality: '80 out of 100' });
  });

  it('paginates only when there is more than one page', () => {
    const href = (n: number) => `/x?page=${n}`;
    expect(paginationOf({ page: 1, pageSize: 25, total: 25 }, href)).toBeUndefined();
    expect(paginationOf({ page: 2, pageSize: 25, total: 200 }, href)).toEqual({
      previous: { href: '/x?page=1' },
      next: { href: '/x?page=3' },
      items: [
        { number: 1, href: '/x?page=1', current: false },
        { number: 2, href: '/x?page=2', current: true },
        { number: 3, href: '/x?page=3', current: false },
        { ellipsis: true },
        { number: 8, href: '/x?page=8', current: false },
      ],
    });
  });
});
