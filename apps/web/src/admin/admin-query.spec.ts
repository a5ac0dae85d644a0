import { DomainError } from '@app/shared';
import { auditHref, readAuditQuery, readPage, readReasonForm, readUserStatus, startOfUkDay } from './admin-query';

function refusal(run: () => unknown): { field: string; message: string }[] {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error.fieldErrors;
    throw error;
  }
  throw new Error('expected the form to be refused');
}

describe('admin query strings', () => {
  it('shows the first page for a page number that is not one', () => {
    expect(readPage({ page: '3' })).toBe(3);
    for (const page of ['0', '-1', 'two', '1e3', '9999999', ['2', '3'], undefined]) expect(readPage({ page })).toBe(1);
  });

  it('opens the user list on the accounts waiting for approval', () => {
    expect(readUserStatus({})).toBe('pending');
    expect(readUserStatus({ status: 'suspended' })).toBe('suspended');
    expect(readUserStatus({ status: 'deleted' })).toBe('pending');
  });
});

describe('readAuditQuery', () => {
  it('turns whole UK days into an instant range that includes the last day', () => {
    const query = readAuditQuery({ action: ' user.approved ', objectType: 'user', 'from-day': '1', 'from-month': '7', 'from-year': '2026', 'to-day': '2', 'to-month': '7', 'to-year': '2026' });
    expect(query.ok && query.filter).toEqual({
      action: 'user.approved',
      objectType: 'user',
      // British Summer Time: midnight in London is 23:00 UTC the day before.
      from: new Date('2026-06-30T23:00:00.000Z'),
      to: new Date('2026-07-02T23:00:00.000Z'),
    });
  });

  it('reads an empty form as no filter at all', () => {
    const query = readAuditQuery({ action: '', objectType: '', 'from-day': '', 'from-month': '', 'from-year': '' });
    expect(query).toMatchObject({ ok: true, filter: { action: undefined, objectType: undefined, from: undefined, to: undefined } });
  });

  it('names each problem in GOV.UK words, linked to the box to correct', () => {
    const query = readAuditQuery({
      action: 'DROP TABLE',
      objectType: 'password',
      'from-day': '31',
      'from-month': '2',
      'from-year': '2026',
      'to-day': '',
      'to-month': '3',
      'to-year': '',
    });
    expect(query.ok).toBe(false);
    expect(!query.ok && query.errors).toEqual([
      { field: 'action', message: 'Action must be written like listing.approved, in lower case' },
      { field: 'objectType', message: 'Select a type of record from the list' },
      { field: 'from-day', message: 'Date from must be a real date, like 27 11 2026' },
      { field: 'to-day', message: 'Date to must include a day and year' },
    ]);
  });

  it('refuses a range that ends before it starts', () => {
    const query = readAuditQuery({ 'from-day': '2', 'from-month': '1', 'from-year': '2026', 'to-day': '1', 'to-month': '1', 'to-year': '2026' });
    expect(!query.ok && query.errors).toEqual([{ field: 'to-day', message: 'Date to must be the same as or after date from' }]);
  });

  it('links to another page of the same search, leaving out empty fields', () => {
    const query = readAuditQuery({ action: 'listing.approved', 'to-day': '5', 'to-month': '1', 'to-year': '2026' });
    expect(auditHref(query.values, 2)).toBe('/admin/audit?action=listing.approved&to-day=5&to-month=1&to-year=2026&page=2');
    expect(auditHref(readAuditQuery({}).values, 1)).toBe('/admin/audit');
  });

  it('knows midnight in London in winter is midnight UTC', () => {
    expect(startOfUkDay({ year: 2026, month: 1, day: 15 })).toEqual(new Date('2026-01-15T00:00:00.000Z'));
  });
});

describe('readReasonForm', () => {
  it('asks for a reason, naming the decision', () => {
    expect(refusal(() => readReasonForm({ reason: '   ' }, 'reject'))).toEqual([{ field: 'reason', message: 'Enter a reason for rejecting the listing' }]);
    expect(refusal(() => readReasonForm({}, 'suspend'))).toEqual([{ field: 'reason', message: 'Enter a reason for suspending the listing' }]);
  });

  it('refuses a reason longer than the service keeps, and trims the rest', () => {
    expect(refusal(() => readReasonForm({ reason: 'x'.repeat(1001) }, 'reject'))).toEqual([
      { field: 'reason', message: 'Reason must be 1000 characters or fewer' },
    ]);
    expect(readReasonForm({ reason: ' Add pricing \n' }, 'reject')).toBe('Add pricing');
  });
});
