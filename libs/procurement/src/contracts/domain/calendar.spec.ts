import { addMonths, daysBetween, isCalendarDate, ukToday, wholeMonthsBetween, withinMonths } from './calendar';

describe('calendar dates', () => {
  it('accepts real calendar days only', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    for (const bad of ['2023-02-29', '2026-13-01', '2026-04-31', '2026-4-1', '2026-04-01T00:00:00Z', '']) expect(isCalendarDate(bad)).toBe(false);
  });

  it('moves by calendar months, clamping to the end of a shorter month', () => {
    expect(addMonths('2025-08-31', 6)).toBe('2026-02-28');
    expect(addMonths('2026-01-15', -2)).toBe('2025-11-15');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
  });

  it('counts days and whole months either way round', () => {
    expect(daysBetween('2026-01-01', '2026-12-31')).toBe(364);
    expect(wholeMonthsBetween('2025-01-31', '2025-03-30')).toBe(1);
    expect(wholeMonthsBetween('2026-09-30', '2026-03-31')).toBe(6);
    expect(wholeMonthsBetween('2026-03-31', '2026-09-30')).toBe(6);
    expect(wholeMonthsBetween('2026-03-30', '2026-09-29')).toBe(5);
  });

  it('tells whether two dates are within some months of each other, inclusive', () => {
    expect(withinMonths('2026-06-30', '2026-12-30', 6)).toBe(true);
    expect(withinMonths('2026-06-30', '2026-12-31', 6)).toBe(false);
    expect(withinMonths('2026-06-30', '2025-12-30', 6)).toBe(true);
    expect(withinMonths('2026-06-30', '2025-12-29', 6)).toBe(false);
  });

  it('dates today in the UK, where 00:30 BST is already the next day', () => {
    expect(ukToday(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(ukToday(new Date('2026-01-31T23:30:00Z'))).toBe('2026-01-31');
  });
});
