import { formatPounds, formatPriceRange } from './money';

describe('money on the page', () => {
  it('writes pounds the GOV.UK way, pence only when there are some', () => {
    expect(formatPounds('1200.00')).toBe('£1,200');
    expect(formatPounds('1234567.5')).toBe('£1,234,567.50');
    expect(formatPounds('0.99')).toBe('£0.99');
  });

  it('gives a range, one amount when both ends agree, or says there is no price', () => {
    expect(formatPriceRange({ min: '120.00', max: '500.00', unit: 'per user per month' })).toBe('£120 to £500 per user per month');
    expect(formatPriceRange({ min: '75.00', max: '75.00', unit: 'per day' })).toBe('£75 per day');
    expect(formatPriceRange({ min: null, max: null, unit: null })).toBe('No price given');
    expect(formatPriceRange(null)).toBe('No price given');
  });
});
