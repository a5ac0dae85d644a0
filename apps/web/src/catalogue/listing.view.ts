import { isPrivateListingView, ListingStatus, ListingView } from '@app/catalogue';
import { formatPriceRange } from './money';

/** A govuk-frontend summary list row, text only: the template escapes every value. */
export interface SummaryRow {
  key: { text: string };
  value: { text: string };
}

/** What the listing page shows: the published text in plain words, never the row or private figures. */
export interface ListingPageView {
  pageTitle: string;
  name: string;
  summary: string;
  descriptionParagraphs: string[];
  features: string[];
  benefits: string[];
  supplier: { name: string; href: string; tags: { text: string; classes: string }[] };
  details: SummaryRow[];
  standards: SummaryRow[];
  /** Only an https address is linked; anything else is not shown. */
  accessibilityStatementUrl?: string;
  /** Said to the supplier's own users and administrators when buyers cannot see this listing. */
  notice?: string;
  searchSupplierHref: string;
}

const CYBER_ESSENTIALS = { none: 'No', basic: 'Cyber Essentials', plus: 'Cyber Essentials Plus' } as const;

const HIDDEN_BECAUSE: { [status in Exclude<ListingStatus, 'published'>]: string } = {
  draft: 'it is a draft that has not been sent for checking',
  submitted: 'it is waiting for an administrator to check it',
  rejected: 'an administrator rejected it',
  suspended: 'an administrator has suspended it',
  withdrawn: 'it has been withdrawn',
};

function yesNo(value: boolean): string {
  return value ? 'Yes' : 'No';
}

function row(key: string, value: string): SummaryRow {
  return { key: { text: key }, value: { text: value } };
}

function listOrNone(items: readonly string[]): string {
  return items.length > 0 ? items.join(', ') : 'None given';
}

export function toListingPageView(listing: ListingView): ListingPageView {
  const { standards } = listing;
  const tags = [
    ...(listing.supplier.isSme ? [{ text: 'SME', classes: '' }] : []),
    ...(listing.supplier.isVcse ? [{ text: 'VCSE', classes: 'govuk-tag--teal' }] : []),
  ];
  return {
    pageTitle: listing.name,
    name: listing.name,
    summary: listing.summary,
    descriptionParagraphs: listing.description
      .split(/\n\s*\n/)
      .map((paragraph) => paragraph.trim())
      .filter((paragraph) => paragraph !== ''),
    features: listing.features,
    benefits: listing.benefits,
    supplier: { name: listing.supplier.name, href: `/suppliers/${encodeURIComponent(listing.supplier.id)}`, tags },
    details: [
      row('Framework', listing.framework.name),
      row('Lot', listing.lot.name),
      row('Categories', listOrNone(listing.categories.map((category) => category.name))),
      row('Price', formatPriceRange(listing.pricing)),
      row('CPV codes', listOrNone(listing.cpvCodes)),
    ],
    standards: [
      row('Open source', yesNo(standards.openSource)),
      row('Open API', yesNo(standards.openApi)),
      row('Open standards used', listOrNone(standards.openStandards)),
      row('Data export formats', listOrNone(standards.dataExportFormats)),
      row('ISO 27001 certified', yesNo(standards.iso27001)),
      row('Cyber Essentials', CYBER_ESSENTIALS[standards.cyberEssentials]),
      row('Data hosted in the UK', yesNo(standards.ukHosting)),
    ],
    accessibilityStatementUrl: standards.accessibilityStatementUrl?.startsWith('https://') ? standards.accessibilityStatementUrl : undefined,
    notice: noticeFor(listing),
    searchSupplierHref: `/catalogue?${new URLSearchParams({ q: listing.supplier.name }).toString()}`,
  };
}

/** Only the owner and administrators get a listing buyers cannot see; they are told why it is hidden. */
function noticeFor(listing: ListingView): string | undefined {
  if (!isPrivateListingView(listing)) return undefined;
  const reason =
    listing.status !== 'published'
      ? HIDDEN_BECAUSE[listing.status]
      : listing.framework.status !== 'live'
        ? `its framework is ${listing.framework.status}, not live`
        : undefined;
  if (reason) return `Buyers cannot see this service because ${reason}.`;
  return listing.pendingRevision ? 'Changes to this service are waiting for an administrator to check them. Buyers see the text below until then.' : undefined;
}
