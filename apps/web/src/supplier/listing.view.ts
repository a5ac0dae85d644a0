import { checkListingQuality, ListingAction, ListingContentView, ListingPrivateView, ListingStatus, OwnListingSummaryView, planListingTransition } from '@app/catalogue';
import { formatPriceRange } from '../catalogue/money';

export interface StatusTag {
  text: string;
  classes: string;
}

export interface SummaryRow {
  key: { text: string };
  value: { text: string };
}

/** The owner's view of one listing: where it is in moderation, what to do next, and what it says. */
export interface OwnListingView {
  id: string;
  name: string;
  placement: string;
  status: StatusTag;
  /** What the status means for the supplier, in a sentence. */
  statusExplanation: string;
  rejectionReason: string | null;
  pendingRevision: { version: number } | null;
  quality: { score: number; missing: string[] };
  rows: SummaryRow[];
  can: { edit: boolean; submit: boolean; withdraw: boolean };
}

export const STATUS_TAGS: { [status in ListingStatus]: StatusTag } = {
  draft: { text: 'Draft', classes: 'govuk-tag--grey' },
  submitted: { text: 'Submitted', classes: 'govuk-tag--blue' },
  published: { text: 'Published', classes: 'govuk-tag--green' },
  rejected: { text: 'Rejected', classes: 'govuk-tag--red' },
  suspended: { text: 'Suspended', classes: 'govuk-tag--orange' },
  withdrawn: { text: 'Withdrawn', classes: 'govuk-tag--grey' },
};

const STATUS_EXPLANATIONS: { [status in ListingStatus]: string } = {
  draft: 'Buyers cannot see this listing. Submit it when it is complete and a framework administrator will check it.',
  submitted: 'A framework administrator will check this listing. You will get a notification when they have decided.',
  published: 'Buyers can find this listing in the catalogue.',
  rejected: 'A framework administrator sent this listing back. Change it to answer their reason, then submit it again.',
  suspended: 'A framework administrator has hidden this listing from buyers. Contact the administrators to find out why.',
  withdrawn: 'You have withdrawn this listing. Buyers cannot see it and it cannot be changed.',
};

/** Checklist field names as the supplier knows them from the form. */
const FIELD_LABELS: Record<string, string> = {
  name: 'service name',
  summary: 'summary',
  description: 'description',
  features: 'features',
  benefits: 'benefits',
  categories: 'categories',
  cpvCodes: 'CPV codes',
  pricing: 'pricing',
  'standards.accessibilityStatementUrl': 'accessibility statement',
  'standards.dataExportFormats': 'data export formats',
  'standards.openStandards': 'open standards',
};

const CYBER_ESSENTIALS = { none: 'None', basic: 'Cyber Essentials', plus: 'Cyber Essentials Plus' } as const;

/** Whether the state machine (from @app/catalogue) allows the action now; the page only offers what it would. */
function allowed(listing: ListingPrivateView, action: ListingAction): boolean {
  try {
    planListingTransition({ status: listing.status, hasPendingRevision: listing.pendingRevision !== null }, action);
    return true;
  } catch {
    return false;
  }
}

function row(key: string, value: string): SummaryRow {
  return { key: { text: key }, value: { text: value } };
}

function listed(items: readonly string[]): string {
  return items.length > 0 ? items.join('; ') : 'None given';
}

function yesNo(value: boolean): string {
  return value ? 'Yes' : 'No';
}

/**
 * The completeness of what the form holds now. The listing's stored score is set only at submission,
 * so a draft would read 0%; the library's own checklist scores the current text instead.
 */
function completeness(content: ListingContentView): OwnListingView['quality'] {
  const { categories, name, summary, description, features, benefits, cpvCodes, pricing, standards } = content;
  const report = checkListingQuality({ name, summary, description, features, benefits, cpvCodes, pricing, standards, categoryIds: categories.map((category) => category.id) });
  return { score: report.score, missing: report.missing.map((field) => FIELD_LABELS[field] ?? field) };
}

export function toOwnListingView(listing: ListingPrivateView): OwnListingView {
  const content = listing.pendingRevision ?? listing;
  return {
    id: listing.id,
    name: listing.name,
    placement: `${listing.framework.name}: ${listing.lot.name}`,
    status: STATUS_TAGS[listing.status],
    statusExplanation: STATUS_EXPLANATIONS[listing.status],
    rejectionReason: listing.status === 'rejected' ? listing.rejectionReason : null,
    pendingRevision: listing.pendingRevision ? { version: listing.pendingRevision.version } : null,
    quality: completeness(content),
    rows: [
      row('Service name', content.name),
      row('Summary', content.summary || 'None given'),
      row('Description', content.description || 'None given'),
      row('Features', listed(content.features)),
      row('Benefits', listed(content.benefits)),
      row('Categories', listed(content.categories.map((category) => category.name))),
      row('CPV codes', listed(content.cpvCodes)),
      row('Price', content.pricing ? formatPriceRange(content.pricing) : 'None given'),
      row('Open source', yesNo(content.standards.openSource)),
      row('Open API', yesNo(content.standards.openApi)),
      row('ISO 27001', yesNo(content.standards.iso27001)),
      row('Hosted in the UK', yesNo(content.standards.ukHosting)),
      row('Cyber Essentials', CYBER_ESSENTIALS[content.standards.cyberEssentials]),
      row('Open standards', listed(content.standards.openStandards)),
      row('Data export formats', listed(content.standards.dataExportFormats)),
      row('Accessibility statement', content.standards.accessibilityStatementUrl ?? 'None given'),
    ],
    can: { edit: allowed(listing, 'edit'), submit: allowed(listing, 'submit'), withdraw: allowed(listing, 'withdraw') },
  };
}

export interface OwnListingRow {
  href: string;
  name: string;
  placement: string;
  status: StatusTag;
  note: string;
  updated: string;
}

/** A row of "Your listings": what each listing is, where it stands, and whether anything waits. */
export function toOwnListingRow(listing: OwnListingSummaryView): OwnListingRow {
  const note = listing.pendingRevision ? 'Changes waiting for checks' : listing.status === 'rejected' ? 'Sent back: see why' : '';
  return {
    href: `/supplier/listings/${listing.id}`,
    name: listing.name,
    placement: `${listing.framework.name}: ${listing.lot.name}`,
    status: STATUS_TAGS[listing.status],
    note,
    updated: new Date(listing.updatedAt).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' }),
  };
}
