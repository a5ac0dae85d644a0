import { formatDate, formatDateTime } from './dates';

describe('dates as GOV.UK writes them', () => {
  it('writes a calendar date as it is', () => {
    expect(formatDate('2027-03-27')).toBe('27 March 2027');
    expect(formatDate(null)).toBe('Not given');
  });

  it('reads a timestamp in UK time, so a moment just after midnight in summer is on the UK day', () => {
    // 23:30 UTC on 31 May is 00:30 BST on 1 June.
    expect(formatDate('2026-05-31T23:30:00.000Z')).toBe('1 June 2026');
    // In winter UK time is UTC.
    expect(formatDate('2026-12-31T23:30:00.000Z')).toBe('31 December 2026');
  });

  it('writes a moment with its UK time', () => {
    expect(formatDateTime('2026-05-31T23:30:00.000Z')).toBe('1 June 2026 at 12:30am');
  });
});
