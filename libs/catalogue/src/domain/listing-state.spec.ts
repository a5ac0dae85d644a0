import { DomainError } from '@app/shared';
import { describeListingState, LISTING_ACTIONS, ListingAction, ListingEffect, ListingState, ListingStatus, planListingTransition } from './listing-state';

const at = (status: ListingStatus, hasPendingRevision = false): ListingState => ({ status, hasPendingRevision });

/** Every state a listing can be in: a pending revision exists only beside published text. */
const STATES: ListingState[] = [
  at('draft'),
  at('submitted'),
  at('published'),
  at('published', true),
  at('rejected'),
  at('suspended'),
  at('suspended', true),
  at('withdrawn'),
];

type Expected = [ListingEffect, ListingState];

/** The allowed transitions, written out by hand; every pair not here must be refused. */
const ALLOWED: Record<string, Partial<Record<ListingAction, Expected>>> = {
  draft: {
    edit: ['edit-in-place', at('draft')],
    submit: ['submit', at('submitted')],
    withdraw: ['withdraw', at('withdrawn')],
  },
  submitted: {
    approve: ['publish', at('published')],
    reject: ['reject', at('rejected')],
    withdraw: ['withdraw', at('withdrawn')],
  },
  published: {
    edit: ['open-revision', at('published', true)],
    suspend: ['suspend', at('suspended')],
    revert: ['revert', at('published')],
    withdraw: ['withdraw', at('withdrawn')],
  },
  'published with a revision awaiting moderation': {
    edit: ['replace-revision', at('published', true)],
    approve: ['publish-revision', at('published')],
    reject: ['reject-revision', at('published')],
    suspend: ['suspend', at('suspended', true)],
    withdraw: ['withdraw', at('withdrawn')],
  },
  rejected: {
    edit: ['edit-in-place', at('draft')],
    withdraw: ['withdraw', at('withdrawn')],
  },
  suspended: {
    reinstate: ['reinstate', at('published')],
    revert: ['revert', at('suspended')],
    withdraw: ['withdraw', at('withdrawn')],
  },
  'suspended with a revision awaiting moderation': {
    reinstate: ['reinstate', at('published', true)],
    withdraw: ['withdraw', at('withdrawn')],
  },
  withdrawn: {},
};

function refusal(state: ListingState, action: ListingAction): DomainError {
  try {
    planListingTransition(state, action);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error(`expected ${action} to be refused from ${describeListingState(state)}`);
}

describe('listing state machine', () => {
  const matrix = STATES.flatMap((state) => LISTING_ACTIONS.map((action) => [describeListingState(state), action, state] as const));

  it.each(matrix)('%s + %s', (name, action, state) => {
    const expected = ALLOWED[name][action];
    if (expected) {
      expect(planListingTransition(state, action)).toEqual({ effect: expected[0], next: expected[1] });
    } else {
      const error = refusal(state, action);
      expect(error.kind).toBe('invalid_state');
      // The message names the current state, so the caller can see why.
      expect(error.message).toContain(`The listing is ${name}:`);
    }
  });

  it('covers every state and action', () => {
    expect(Object.keys(ALLOWED).sort()).toEqual(STATES.map(describeListingState).sort());
    expect(matrix).toHaveLength(STATES.length * LISTING_ACTIONS.length);
  });

  it('names the rule broken with a specific code', () => {
    expect(refusal(at('submitted'), 'edit').code).toBe('LISTING_NOT_EDITABLE');
    expect(refusal(at('rejected'), 'submit').message).toMatch(/edit it to answer the rejection/);
    expect(refusal(at('withdrawn'), 'withdraw').code).toBe('LISTING_ALREADY_WITHDRAWN');
    expect(refusal(at('draft'), 'approve').code).toBe('LISTING_NOT_AWAITING_MODERATION');
    expect(refusal(at('published', true), 'revert').code).toBe('LISTING_REVISION_PENDING');
    expect(refusal(at('published'), 'reinstate').code).toBe('LISTING_NOT_SUSPENDED');
  });
});
