import type { FieldChange } from '../domain/listing-diff';
import type { ListingInput, ListingPricing, ListingStandards } from '../domain/listing-content';
import type { ListingStatus } from '../domain/listing-state';
import type { FrameworkStatus } from '../domain/framework-status';
import type { CategoryView } from './framework.views';

/** A new listing: its content and where it sits (framework and lot slugs). */
export interface NewListing extends ListingInput {
  framework: string;
  lot: string;
}

/** A change to a listing: fields left out keep their value; `standards` changes field by field; `pricing: null` clears it. */
export type ListingPatch = Partial<ListingInput>;

/** A listing's content as people read it: categories named. */
export interface ListingContentView {
  name: string;
  summary: string;
  description: string;
  features: string[];
  benefits: string[];
  categories: CategoryView[];
  cpvCodes: string[];
  pricing: ListingPricing | null;
  standards: ListingStandards;
}

export interface ListingSupplierView {
  id: string;
  name: string;
  isSme: boolean;
  isVcse: boolean;
}

export interface ListingPlacementView {
  framework: { slug: string; name: string; status: FrameworkStatus };
  lot: { slug: string; name: string };
}

/** What anyone allowed to see a listing sees: the version on show. */
export interface ListingPublicView extends ListingContentView, ListingPlacementView {
  id: string;
  status: ListingStatus;
  supplier: ListingSupplierView;
  version: number;
  publishedAt: string | null;
  updatedAt: string;
}

export interface ListingRevisionView extends ListingContentView {
  version: number;
  createdAt: string;
  qualityScore: number;
}

/** What the supplier's own users and administrators also see. */
export interface ListingPrivateView extends ListingPublicView {
  createdAt: string;
  submittedAt: string | null;
  rejectionReason: string | null;
  quality: { score: number; missing: string[] };
  /** Edits to a published listing waiting for an administrator; the fields above stay live meanwhile. */
  pendingRevision: ListingRevisionView | null;
}

export type ListingView = ListingPublicView | ListingPrivateView;

export function isPrivateListingView(view: ListingView): view is ListingPrivateView {
  return 'quality' in view;
}

export interface ListingVersionView {
  version: number;
  state: 'draft' | 'submitted' | 'published' | 'rejected' | 'superseded' | 'withdrawn';
  /** The version the listing shows now. */
  current: boolean;
  /** A revision waiting for moderation. */
  pending: boolean;
  qualityScore: number;
  createdAt: string;
  createdBy: string | null;
  decidedAt: string | null;
  decidedBy: string | null;
  /** Why it was rejected, or how it came about (a revert, a replaced revision). */
  reason: string | null;
  content: ListingContentView;
}

/** One entry of the moderation queue: a first submission, or a revision of a published listing. */
export interface ModerationItemView extends ListingPlacementView {
  listingId: string;
  kind: 'submission' | 'revision';
  version: number;
  name: string;
  supplier: { id: string; name: string };
  qualityScore: number;
  qualityMissing: string[];
  submittedAt: string;
  /** For a revision, what it changes against the published version; empty for a submission. */
  changes: FieldChange[];
}

/** One line of a supplier's own list of listings, whatever their status. */
export interface OwnListingSummaryView extends ListingPlacementView {
  id: string;
  name: string;
  status: ListingStatus;
  /** An edit of the published text is waiting for an administrator. */
  pendingRevision: boolean;
  rejectionReason: string | null;
  updatedAt: string;
}
