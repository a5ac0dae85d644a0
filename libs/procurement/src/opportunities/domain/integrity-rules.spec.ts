import { isAwardAboveEstimate, isShortTenderWindow, isSingleResponse } from './integrity-rules';

const DAY = 24 * 3_600_000;

describe('integrity rules', () => {
  it('calls a tender window short under 10 days, to the millisecond', () => {
    const published = new Date('2030-01-01T00:00:00Z');
    expect(isShortTenderWindow(published, new Date(published.getTime() + 10 * DAY - 1))).toBe(true);
    expect(isShortTenderWindow(published, new Date(published.getTime() + 10 * DAY))).toBe(false);
    expect(isShortTenderWindow(published, new Date(published.getTime() + 2 * DAY))).toBe(true);
  });

  it('calls an award high when it is more than 20% above the estimate, exactly', () => {
    expect(isAwardAboveEstimate(120_000_00n, 100_000_00n)).toBe(false);
    expect(isAwardAboveEstimate(120_000_01n, 100_000_00n)).toBe(true);
    expect(isAwardAboveEstimate(1n, null)).toBe(false);
    expect(isAwardAboveEstimate(1n, 0n)).toBe(false);
  });

  it('calls one submitted response a single response, and none or several not', () => {
    expect(isSingleResponse(1)).toBe(true);
    expect(isSingleResponse(0)).toBe(false);
    expect(isSingleResponse(2)).toBe(false);
  });
});
