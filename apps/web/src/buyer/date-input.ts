/** What a GOV.UK date input's three boxes (`<name>-day`, `-month`, `-year`) hold. */
export type DateInputAnswer = { kind: 'empty' } | { kind: 'invalid' } | { kind: 'date'; date: string };

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function part(fields: Record<string, unknown>, name: string): string {
  const value = fields[name];
  return typeof value === 'string' ? value.trim() : '';
}

/** YYYY-MM-DD from the three boxes; empty when all are blank; invalid when they do not make a real date. */
export function readDateInput(fields: Record<string, unknown>, name: string): DateInputAnswer {
  const day = part(fields, `${name}-day`);
  const month = part(fields, `${name}-month`);
  const year = part(fields, `${name}-year`);
  if (!day && !month && !year) return { kind: 'empty' };
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return { kind: 'invalid' };
  if (!isRealDate(Number(year), Number(month), Number(day))) return { kind: 'invalid' };
  return { kind: 'date', date: `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}` };
}

/** A YYYY-MM-DD date as the three boxes show it. */
export function dateInputValues(name: string, date: string | null | undefined): Record<string, string> {
  if (!date) return {};
  const [year, month, day] = date.split('-');
  return { [`${name}-day`]: String(Number(day)), [`${name}-month`]: String(Number(month)), [`${name}-year`]: year };
}
