import { LintSubject, lintOpportunity } from './quality-lint';

const DAY = 24 * 3_600_000;
const publishedAt = new Date('2030-01-01T09:00:00Z');

const good: LintSubject = {
  title: 'Case management for adult social care',
  problemStatement: 'Our social workers re-key case notes into three systems, which costs hours every week.',
  userNeeds: 'As a social worker I need to record a visit once, on my phone, so that I spend my time with residents.',
  scope: 'In scope: case notes, visit scheduling and data migration. Out of scope: payments and finance.',
  budgetPence: 250_000_00n,
  lot: { slug: 'cloud-software', name: 'Cloud software' },
  criteria: [
    { name: 'Quality', description: 'How well the service meets the user needs' },
    { name: 'Price', description: '' },
  ],
  publishedAt,
  closingAt: new Date(publishedAt.getTime() + 21 * DAY),
};

const codes = (subject: Partial<LintSubject>) => lintOpportunity({ ...good, ...subject }).map((w) => `${w.code}@${w.field}`);

describe('lintOpportunity', () => {
  it('has nothing to say about a clear, brand-free requirement in the range of its lot', () => {
    expect(lintOpportunity(good)).toEqual([]);
  });

  it('warns when the problem statement, user needs or scope are missing or too thin', () => {
    expect(codes({ problemStatement: '', userNeeds: '  ', scope: 'Everything.' })).toEqual([
      'REQUIREMENT_MISSING@problemStatement',
      'REQUIREMENT_MISSING@userNeeds',
      'REQUIREMENT_TOO_SHORT@scope',
    ]);
  });

  it("warns when the budget is above the lot's usual ceiling, and not on the open route", () => {
    const warnings = lintOpportunity({ ...good, budgetPence: 1_000_000_01n });
    expect(warnings).toEqual([
      { code: 'BUDGET_ABOVE_LOT_GUIDE', field: 'budget', message: expect.stringContaining('£1,000,000') },
    ]);
    expect(warnings[0].message).toContain('Cloud software');
    expect(codes({ budgetPence: 1_000_000_00n })).toEqual([]);
    expect(codes({ budgetPence: 600_000_00n, lot: { slug: 'cloud-support', name: 'Cloud support' } })).toEqual(['BUDGET_ABOVE_LOT_GUIDE@budget']);
    expect(codes({ budgetPence: 1_500_000_00n, lot: { slug: 'other-lot', name: 'Other' } })).toEqual(['BUDGET_ABOVE_LOT_GUIDE@budget']);
    expect(codes({ budgetPence: 50_000_000_00n, lot: null })).toEqual([]);
  });

  it('names a brand, but accepts it when followed by "or equivalent"', () => {
    expect(codes({ scope: 'Integration with Microsoft 365 and Salesforce for case referrals.' })).toEqual([
      'BRAND_NAMED@scope',
      'BRAND_NAMED@scope',
    ]);
    const messages = lintOpportunity({ ...good, scope: 'Integration with Microsoft 365 and Salesforce for case referrals.' }).map((w) => w.message);
    expect(messages).toEqual([expect.stringContaining('Microsoft 365'), expect.stringContaining('Salesforce')]);
    expect(codes({ scope: 'Single sign-on with Azure AD or equivalent, and case referrals from partners.' })).toEqual([]);
    // Lower-case words that merely spell a brand are not brands.
    expect(codes({ scope: 'Residents report fallen apple trees and sapling damage through the service.' })).toEqual([]);
  });

  it('warns about demands for a product or lock-in', () => {
    expect(codes({ scope: 'The service must use Microsoft Teams for every call with residents, always.' })).toEqual([
      'BRAND_NAMED@scope',
      'LOCK_IN_DEMANDED@scope',
    ]);
    expect(codes({ userNeeds: 'Staff need a tool that is compatible only with our existing Acme Records platform.' })).toEqual([
      'LOCK_IN_DEMANDED@userNeeds',
    ]);
    expect(codes({ title: 'Hosting that must run on Widgetware Server' })).toEqual(['LOCK_IN_DEMANDED@title']);
    expect(codes({ criteria: [{ name: 'Fit', description: 'Works exclusively with the current payroll' }] })).toEqual([
      'LOCK_IN_DEMANDED@criteria[0].description',
    ]);
    // A demand for an outcome or a standard is fine.
    expect(codes({ scope: 'The service must use open standards and must be GDPR compliant, with data export in CSV.' })).toEqual([]);
  });

  it('warns about registered-trademark and trademark signs', () => {
    expect(codes({ problemStatement: 'Our CaseBook® licences expire next year and the product is being retired.' })).toEqual([
      'TRADEMARK_SIGN@problemStatement',
    ]);
    expect(codes({ scope: 'Replace DocuThing(TM) with a service that meets the needs above, including migration.' })).toEqual([
      'TRADEMARK_SIGN@scope',
    ]);
  });

  it('warns when the tender window is under 10 days', () => {
    expect(codes({ closingAt: new Date(publishedAt.getTime() + 10 * DAY - 1) })).toEqual(['SHORT_TENDER_WINDOW@closingAt']);
    expect(codes({ closingAt: new Date(publishedAt.getTime() + 10 * DAY) })).toEqual([]);
  });
});
