const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "27 March 2027", as GOV.UK writes dates, from YYYY-MM-DD (or the date part of a timestamp). */
export function formatDate(date: string | null): string {
  if (!date) return 'Not given';
  const [year, month, day] = date.slice(0, 10).split('-').map(Number);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** A moment as GOV.UK writes it, in UK time: "27 November 2026 at 11:45pm". */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  const day = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'long', year: 'numeric' }).format(date);
  const time = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: 'numeric', minute: '2-digit', hourCycle: 'h12' })
    .format(date)
    .replace(/\s/g, '')
    .toLowerCase();
  return `${day} at ${time}`;
}
