const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const UK_DAY = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'long', year: 'numeric' });

/**
 * "27 March 2027", as GOV.UK writes dates, from a calendar date (YYYY-MM-DD) or a timestamp. A
 * timestamp is read in UK time: 00:30 BST on 1 June is 31 May in UTC but 1 June to the reader.
 */
export function formatDate(date: string | null): string {
  if (!date) return 'Not given';
  if (date.length > 10) return UK_DAY.format(new Date(date));
  const [year, month, day] = date.split('-').map(Number);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** A moment as GOV.UK writes it, in UK time: "27 November 2026 at 11:45pm". */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  const day = UK_DAY.format(date);
  const time = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: 'numeric', minute: '2-digit', hourCycle: 'h12' })
    .format(date)
    .replace(/\s/g, '')
    .toLowerCase();
  return `${day} at ${time}`;
}
