import { DomainError } from '@app/shared';
import { chooseResponseListing, EligibilityContext } from './eligibility';

const lot = { name: 'Cloud software', frameworkName: 'G-Cloud 13' };
const framework = (listings: EligibilityContext['listings'], supplierActive = true): EligibilityContext => ({ route: 'framework', lot, listings, supplierActive });

function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('expected a refusal');
}

describe('chooseResponseListing', () => {
  it('refuses a supplier with no listing on the lot, saying so', () => {
    const error = refusal(() => chooseResponseListing(framework([]), null));
    expect(error.kind).toBe('forbidden');
    expect(error.code).toBe('SUPPLIER_NOT_ELIGIBLE');
    expect(error.message).toBe('Only suppliers with a published listing on the lot "Cloud software" of G-Cloud 13 may respond, and your supplier has no listing on it');
  });

  it('refuses a supplier whose listings on the lot are not published, naming their states', () => {
    const error = refusal(() =>
      chooseResponseListing(
        framework([
          { id: 'a', name: 'Case Manager', status: 'submitted' },
          { id: 'b', name: 'Old Case Manager', status: 'suspended' },
        ]),
        null,
      ),
    );
    expect(error.message).toContain('"Case Manager" is waiting for moderation');
    expect(error.message).toContain('"Old Case Manager" is suspended by an administrator');
  });

  it('uses the first published listing, or the one asked for if it is published on the lot', () => {
    const listings = [
      { id: 'draft', name: 'Draft', status: 'draft' },
      { id: 'one', name: 'One', status: 'published' },
      { id: 'two', name: 'Two', status: 'published' },
    ];
    expect(chooseResponseListing(framework(listings), null)).toBe('one');
    expect(chooseResponseListing(framework(listings), 'two')).toBe('two');
    const wrong = refusal(() => chooseResponseListing(framework(listings), 'draft'));
    expect(wrong.kind).toBe('validation');
    expect(wrong.fieldErrors.map((e) => e.field)).toEqual(['listingId']);
  });

  it('refuses a suspended supplier on any route', () => {
    expect(refusal(() => chooseResponseListing(framework([{ id: 'one', name: 'One', status: 'published' }], false), null)).code).toBe('SUPPLIER_NOT_ELIGIBLE');
    expect(refusal(() => chooseResponseListing({ route: 'open', lot: null, listings: [], supplierActive: false }, null)).code).toBe('SUPPLIER_NOT_ELIGIBLE');
  });

  it('lets any active supplier respond on the open route, with an optional published listing', () => {
    const open: EligibilityContext = { route: 'open', lot: null, listings: [{ id: 'one', name: 'One', status: 'published' }], supplierActive: true };
    expect(chooseResponseListing(open, null)).toBeNull();
    expect(chooseResponseListing(open, 'one')).toBe('one');
    expect(refusal(() => chooseResponseListing(open, 'other')).fieldErrors[0].field).toBe('listingId');
  });
});
