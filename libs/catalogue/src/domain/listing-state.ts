import { DomainError } from '@app/shared';

export const LISTING_STATUSES = ['draft', 'submitted', 'published', 'rejected', 'suspended', 'withdrawn'] as const;
export type ListingStatus = (typeof LISTING_STATUSES)[number];

/**
 * Where a listing is in moderation. A published (or suspended) listing may also carry a pending
 * revision: edits waiting for an administrator while the published text stays live.
 */
export interface ListingState {
  status: ListingStatus;
  hasPendingRevision: boolean;
}

/** What suppliers (edit, submit, withdraw) and administrators (the rest) ask of a listing. */
export const LISTING_ACTIONS = ['edit', 'submit', 'withdraw', 'approve', 'reject', 'suspend', 'reinstate', 'revert'] as const;
export type ListingAction = (typeof LISTING_ACTIONS)[number];

/**
 * What an allowed action does, so the service applies it without deciding again:
 * - edit-in-place: a draft or rejected listing's one unpublished version changes; it is a draft again.
 * - open-revision: a published listing gets a new version waiting for moderation; the published text stays live.
 * - replace-revision: a newer pending revision takes the place of the one already waiting.
 * - publish / reject: a first submission is decided.
 * - publish-revision / reject-revision: a pending revision is decided; the listing stays published.
 * - suspend / reinstate: an administrator hides a published listing and brings it back.
 * - withdraw: the supplier takes the listing down for good.
 * - revert: an administrator republishes the content of an earlier published version as a new version.
 */
export type ListingEffect =
  | 'edit-in-place'
  | 'open-revision'
  | 'replace-revision'
  | 'submit'
  | 'publish'
  | 'reject'
  | 'publish-revision'
  | 'reject-revision'
  | 'suspend'
  | 'reinstate'
  | 'withdraw'
  | 'revert';

export interface ListingTransition {
  effect: ListingEffect;
  next: ListingState;
}

const state = (status: ListingStatus, hasPendingRevision = false): ListingState => ({ status, hasPendingRevision });

/** How the current state is named in an error: "published with a revision awaiting moderation". */
export function describeListingState(current: ListingState): string {
  return current.hasPendingRevision ? `${current.status} with a revision awaiting moderation` : current.status;
}

/**
 * The whole state machine in one function:
 *   draft → submitted → published | rejected(reason); rejected → (edit) draft;
 *   published → suspended ⇄ published (administrators); any → withdrawn (supplier).
 * Every other request is a DomainError invalid_state (409) that names the current state.
 */
export function planListingTransition(current: ListingState, action: ListingAction): ListingTransition {
  const { status, hasPendingRevision: pending } = current;
  const to = (effect: ListingEffect, next: ListingState): ListingTransition => ({ effect, next });
  switch (action) {
    case 'edit':
      if (status === 'draft' || status === 'rejected') return to('edit-in-place', state('draft'));
      if (status === 'published') return to(pending ? 'replace-revision' : 'open-revision', state('published', true));
      return refuse(current, 'LISTING_NOT_EDITABLE', 'only a draft, rejected or published listing can be edited');
    case 'submit':
      if (status === 'draft') return to('submit', state('submitted'));
      if (status === 'rejected') return refuse(current, 'LISTING_NOT_SUBMITTABLE', 'edit it to answer the rejection, then submit it again');
      return refuse(current, 'LISTING_NOT_SUBMITTABLE', 'only a draft listing can be submitted');
    case 'withdraw':
      if (status === 'withdrawn') return refuse(current, 'LISTING_ALREADY_WITHDRAWN', 'it cannot be withdrawn again');
      return to('withdraw', state('withdrawn'));
    case 'approve':
    case 'reject':
      if (status === 'submitted') return to(action === 'approve' ? 'publish' : 'reject', state(action === 'approve' ? 'published' : 'rejected'));
      if (status === 'published' && pending) return to(action === 'approve' ? 'publish-revision' : 'reject-revision', state('published'));
      return refuse(current, 'LISTING_NOT_AWAITING_MODERATION', `only a submitted listing or a pending revision can be ${action === 'approve' ? 'approved' : 'rejected'}`);
    case 'suspend':
      if (status === 'published') return to('suspend', state('suspended', pending));
      return refuse(current, 'LISTING_NOT_PUBLISHED', 'only a published listing can be suspended');
    case 'reinstate':
      if (status === 'suspended') return to('reinstate', state('published', pending));
      return refuse(current, 'LISTING_NOT_SUSPENDED', 'only a suspended listing can be reinstated');
    case 'revert':
      if ((status === 'published' || status === 'suspended') && pending) {
        return refuse(current, 'LISTING_REVISION_PENDING', 'approve or reject the pending revision before reverting');
      }
      if (status === 'published' || status === 'suspended') return to('revert', current);
      return refuse(current, 'LISTING_NOT_PUBLISHED', 'only a published or suspended listing can be reverted');
  }
}

function refuse(current: ListingState, code: string, rule: string): never {
  throw new DomainError('invalid_state', code, `The listing is ${describeListingState(current)}: ${rule}`);
}
