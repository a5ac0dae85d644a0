/**
 * Calendar dates as the register holds them: `YYYY-MM-DD` strings, compared as text (which orders
 * them correctly) and moved by whole calendar months. No time zone: a contract ends on a day.
 */
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCalendarDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * The same day `months` later (or earlier when negative), clamped to the month's last day:
 * 2025-08-31 plus 6 months is 2026-02-28.
 */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = parts(date);
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = (index % 12) + 1;
  return format(newYear, newMonth, Math.min(day, daysInMonth(newYear, newMonth)));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / 86_400_000);
}

/** Whole calendar months from `from` to `to`, rounded down, never negative: 2025-01-31 to 2025-03-30 is 1. */
export function wholeMonthsBetween(from: string, to: string): number {
  const [a, b] = from <= to ? [from, to] : [to, from];
  const [fy, fm] = parts(a);
  const [ty, tm] = parts(b);
  let months = (ty - fy) * 12 + (tm - fm);
  if (addMonths(a, months) > b) months -= 1;
  return Math.max(0, months);
}

/** True when `other` is no more than `months` calendar months before or after `date`. */
export function withinMonths(date: string, other: string, months: number): boolean {
  return other >= addMonths(date, -months) && other <= addMonths(date, months);
}

/** Today's date in the UK, where councils work: a contract recorded at 00:30 BST is dated that day. */
export function ukToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

function parts(date: string): [number, number, number] {
  const match = DATE.exec(date);
  if (!match) throw new RangeError(`not a calendar date: ${date}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function toUtc(date: string): number {
  const [year, month, day] = parts(date);
  return Date.UTC(year, month - 1, day);
}

function format(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
