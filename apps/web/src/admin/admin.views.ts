import type { AuditEventView, IntegrityFlagView } from '@app/audit';
import type { DiffValue, DisplayContent, FieldChange, FrameworkStatus, FrameworkSummaryView, ListingContentView, ListingPrivateView, ModerationItemView } from '@app/catalogue';
import { diffListingContent, nextFrameworkStatus } from '@app/catalogue';
import type { UserAccountView } from '@app/identity';
import type { Page, Role } from '@app/shared';
import { formatPriceRange } from '../catalogue/money';
import { formatDateTime } from '../http/dates';

/** A GOV.UK tag: words first, colour only as a second cue. */
export interface TagView {
  text: string;
  classes: string;
}

export interface PaginationView {
  previous?: { href: string };
  next?: { href: string };
  items: ({ number: number; href: string; current: boolean } | { ellipsis: true })[];
}

/** GOV.UK pagination for any admin list; undefined when everything fits on one page. */
export function paginationOf(page: Pick<Page<unknown>, 'page' | 'pageSize' | 'total'>, href: (page: number) => string): PaginationView | undefined {
  const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
  if (pages <= 1) return undefined;
  const current = Math.min(page.page, pages);
  const shown = [...new Set([1, current - 1, current, current + 1, pages])].filter((n) => n >= 1 && n <= pages).sort((a, b) => a - b);
  const items: PaginationView['items'] = [];
  shown.forEach((n, index) => {
    if (index > 0 && n - shown[index - 1] > 1) items.push({ ellipsis: true });
    items.push({ number: n, href: href(n), current: n === page.page });
  });
  return {
    previous: page.page > 1 ? { href: href(page.page - 1) } : undefined,
    next: page.page < pages ? { href: href(page.page + 1) } : undefined,
    items,
  };
}

// ---- Users

export interface UserRowView {
  id: string;
  fullName: string;
  email: string;
  role: string;
  council: string;
  status: TagView;
  registered: string;
  /** The one action that fits the account's status, if any; an administrator cannot suspend themselves. */
  action?: { path: string; label: string; secondary: boolean };
}

const ROLE_LABELS: { [role in Role]: string } = { buyer: 'Council buyer', supplier: 'Supplier user', admin: 'Administrator' };
const USER_STATUS_TAGS: { [status in UserAccountView['status']]: TagView } = {
  pending: { text: 'Waiting for approval', classes: 'govuk-tag--yellow' },
  active: { text: 'Active', classes: 'govuk-tag--green' },
  suspended: { text: 'Suspended', classes: 'govuk-tag--red' },
};

export function toUserRow(user: UserAccountView, councilName: (code: string) => string | undefined, selfId: string): UserRowView {
  const base = `/admin/users/${encodeURIComponent(user.id)}`;
  const action =
    user.status === 'pending'
      ? { path: `${base}/approve`, label: 'Approve', secondary: false }
      : user.status === 'suspended'
        ? { path: `${base}/reinstate`, label: 'Reinstate', secondary: true }
        : user.id !== selfId
          ? { path: `${base}/suspend`, label: 'Suspend', secondary: true }
          : undefined;
  return {
    id: user.id,
    fullName: user.fullName,
    email: user.email,
    role: ROLE_LABELS[user.role],
    council: user.councilCode ? (councilName(user.councilCode) ?? user.councilCode) : '',
    status: USER_STATUS_TAGS[user.status],
    registered: formatDateTime(user.createdAt),
    action,
  };
}

// ---- Listings and moderation

const FIELD_LABELS: Record<string, string> = {
  name: 'Name',
  summary: 'Summary',
  description: 'Description',
  features: 'Features',
  benefits: 'Benefits',
  categories: 'Categories',
  cpvCodes: 'CPV codes',
  pricing: 'Pricing',
  'standards.openSource': 'Open source',
  'standards.openApi': 'Open API',
  'standards.openStandards': 'Open standards',
  'standards.dataExportFormats': 'Data export formats',
  'standards.iso27001': 'ISO 27001',
  'standards.cyberEssentials': 'Cyber Essentials',
  'standards.ukHosting': 'Hosted in the UK',
  'standards.accessibilityStatementUrl': 'Accessibility statement',
};

export function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? field;
}

const CYBER_ESSENTIALS_LABELS: Record<string, string> = { none: 'None', basic: 'Cyber Essentials', plus: 'Cyber Essentials Plus' };

/** A value as lines of text: lists one item a line, flags as Yes or No, nothing as "None". */
export function displayLines(value: DiffValue, field = ''): string[] {
  if (field === 'standards.cyberEssentials' && typeof value === 'string') return [CYBER_ESSENTIALS_LABELS[value] ?? value];
  if (value === null || value === '') return ['None'];
  if (typeof value === 'boolean') return [value ? 'Yes' : 'No'];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.length > 0 ? value : ['None'];
  return [formatPriceRange(value)];
}

export interface FieldRowView {
  label: string;
  lines: string[];
}

export interface ChangeRowView {
  label: string;
  before: string[];
  after: string[];
}

function displayContentOf(content: ListingContentView): DisplayContent {
  return {
    name: content.name,
    summary: content.summary,
    description: content.description,
    features: content.features,
    benefits: content.benefits,
    categories: content.categories.map((category) => (category.parentName ? `${category.parentName}: ${category.name}` : category.name)),
    cpvCodes: content.cpvCodes,
    pricing: content.pricing,
    standards: content.standards,
  };
}

/** Every field of the content, in the diff's order, for reading a new submission in full. */
function contentRows(content: ListingContentView): FieldRowView[] {
  const display = displayContentOf(content);
  const values: [string, DiffValue][] = [
    ['name', display.name],
    ['summary', display.summary],
    ['description', display.description],
    ['features', display.features],
    ['benefits', display.benefits],
    ['categories', display.categories],
    ['cpvCodes', display.cpvCodes],
    ['pricing', display.pricing],
    ...Object.keys(FIELD_LABELS)
      .filter((field) => field.startsWith('standards.'))
      .map((field): [string, DiffValue] => [field, display.standards[field.slice('standards.'.length) as keyof DisplayContent['standards']]]),
  ];
  return values.map(([field, value]) => ({ label: fieldLabel(field), lines: displayLines(value, field) }));
}

function changeRows(changes: readonly FieldChange[]): ChangeRowView[] {
  return changes.map((change) => ({
    label: fieldLabel(change.field),
    before: displayLines(change.before, change.field),
    after: displayLines(change.after, change.field),
  }));
}

export interface QueueRowView {
  href: string;
  name: string;
  kind: string;
  supplier: string;
  placement: string;
  quality: string;
  submitted: string;
  changes: string;
}

const KIND_LABELS: { [kind in ModerationItemView['kind']]: string } = { submission: 'New listing', revision: 'Change to a published listing' };

export function toQueueRow(item: ModerationItemView): QueueRowView {
  const count = item.changes.length;
  return {
    href: `/admin/moderation/${encodeURIComponent(item.listingId)}`,
    name: item.name,
    kind: KIND_LABELS[item.kind],
    supplier: item.supplier.name,
    placement: `${item.lot.name}, ${item.framework.name}`,
    quality: `${item.qualityScore} out of 100`,
    submitted: formatDateTime(item.submittedAt),
    changes: item.kind === 'revision' ? `${count} ${count === 1 ? 'field' : 'fields'} changed` : '',
  };
}

export type ReviewDecision = 'decide' | 'suspend' | 'reinstate' | 'none';

/** The review page: what is being decided, the evidence for it, and the forms that fit the listing's state. */
export interface ReviewView {
  id: string;
  name: string;
  pageTitle: string;
  supplier: string;
  placement: string;
  status: TagView;
  kind?: string;
  submitted?: string;
  quality?: { score: string; missing: string[] };
  /** A new submission, or a published listing read in full. */
  content?: FieldRowView[];
  /** A pending revision: only the fields it changes. */
  changes?: ChangeRowView[];
  rejectionReason?: string;
  decision: ReviewDecision;
  actionBase: string;
}

const LISTING_STATUS_TAGS: Record<ListingPrivateView['status'], TagView> = {
  draft: { text: 'Draft', classes: 'govuk-tag--grey' },
  submitted: { text: 'Waiting for review', classes: 'govuk-tag--yellow' },
  published: { text: 'Published', classes: 'govuk-tag--green' },
  rejected: { text: 'Rejected', classes: 'govuk-tag--red' },
  suspended: { text: 'Suspended', classes: 'govuk-tag--red' },
  withdrawn: { text: 'Withdrawn', classes: 'govuk-tag--grey' },
};

export function toReviewView(listing: ListingPrivateView): ReviewView {
  const base = {
    id: listing.id,
    supplier: listing.supplier.name,
    placement: `${listing.lot.name}, ${listing.framework.name}`,
    status: LISTING_STATUS_TAGS[listing.status],
    actionBase: `/admin/moderation/${encodeURIComponent(listing.id)}`,
  };
  const revision = listing.status === 'published' ? listing.pendingRevision : null;
  if (revision) {
    const changes = diffListingContent(displayContentOf(listing), displayContentOf(revision));
    return {
      ...base,
      name: revision.name,
      pageTitle: `Review changes to ${listing.name}`,
      kind: KIND_LABELS.revision,
      submitted: formatDateTime(revision.createdAt),
      quality: { score: `${revision.qualityScore} out of 100`, missing: [] },
      changes: changeRows(changes),
      decision: 'decide',
    };
  }
  const quality = { score: `${listing.quality.score} out of 100`, missing: listing.quality.missing.map(fieldLabel) };
  if (listing.status === 'submitted') {
    return {
      ...base,
      name: listing.name,
      pageTitle: `Review ${listing.name}`,
      kind: KIND_LABELS.submission,
      submitted: listing.submittedAt ? formatDateTime(listing.submittedAt) : undefined,
      quality,
      content: contentRows(listing),
      decision: 'decide',
    };
  }
  const decision: ReviewDecision = listing.status === 'published' ? 'suspend' : listing.status === 'suspended' ? 'reinstate' : 'none';
  return {
    ...base,
    name: listing.name,
    pageTitle: listing.name,
    quality,
    content: contentRows(listing),
    rejectionReason: listing.rejectionReason ?? undefined,
    decision,
  };
}

// ---- Frameworks

export interface FrameworkRowView {
  slug: string;
  name: string;
  status: TagView;
  lots: string;
  next?: { status: FrameworkStatus; label: string; href: string };
}

const FRAMEWORK_STATUS_TAGS: { [status in FrameworkStatus]: TagView } = {
  coming: { text: 'Coming', classes: 'govuk-tag--grey' },
  open: { text: 'Open for listings', classes: 'govuk-tag--blue' },
  live: { text: 'Live', classes: 'govuk-tag--green' },
  expired: { text: 'Expired', classes: 'govuk-tag--red' },
};

export function frameworkStatusLabel(status: FrameworkStatus): string {
  return FRAMEWORK_STATUS_TAGS[status].text;
}

export function toFrameworkRow(framework: FrameworkSummaryView): FrameworkRowView {
  const next = nextFrameworkStatus(framework.status);
  return {
    slug: framework.slug,
    name: framework.name,
    status: FRAMEWORK_STATUS_TAGS[framework.status],
    lots: framework.lots.map((lot) => lot.name).join(', '),
    next: next
      ? { status: next, label: `Move to ${frameworkStatusLabel(next).toLowerCase()}`, href: `/admin/frameworks/${encodeURIComponent(framework.slug)}/status` }
      : undefined,
  };
}

// ---- Audit log and integrity flags

export interface AuditRowView {
  occurred: string;
  action: string;
  object: string;
  actor: string;
  change: string;
}

/** Before and after as short "key: value" text; the log is for reading, not for copying JSON out of. */
function stateText(state: Record<string, unknown> | null): string {
  if (!state) return 'None';
  const parts = Object.entries(state)
    .filter(([, value]) => value !== null && typeof value !== 'object')
    .map(([key, value]) => `${key}: ${String(value)}`);
  return parts.length > 0 ? parts.join(', ') : 'Details not shown';
}

export function toAuditRow(event: AuditEventView, actorName: (userId: string) => string | undefined): AuditRowView {
  return {
    occurred: formatDateTime(event.occurredAt),
    action: event.action,
    object: `${event.objectType} ${event.objectId}`,
    actor: event.actorUserId ? (actorName(event.actorUserId) ?? event.actorUserId) : 'The service',
    change: `Before: ${stateText(event.before)}. After: ${stateText(event.after)}.`,
  };
}

export interface FlagRowView {
  raised: string;
  kind: string;
  subject: string;
  summary: string;
  status: TagView;
}

const FLAG_STATUS_TAGS: Record<string, TagView> = {
  open: { text: 'Open', classes: 'govuk-tag--yellow' },
  dismissed: { text: 'Dismissed', classes: 'govuk-tag--grey' },
  resolved: { text: 'Resolved', classes: 'govuk-tag--green' },
};

export function toFlagRow(flag: IntegrityFlagView): FlagRowView {
  return {
    raised: formatDateTime(flag.raisedAt),
    kind: flag.kind,
    subject: `${flag.subjectType} ${flag.subjectId}`,
    summary: flag.summary,
    status: FLAG_STATUS_TAGS[flag.status] ?? { text: flag.status, classes: 'govuk-tag--grey' },
  };
}

export { formatDateTime };
