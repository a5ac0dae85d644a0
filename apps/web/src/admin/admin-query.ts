import type { AuditFilter } from '@app/audit';
import type { UserStatus } from '@app/identity';
import { DomainError, FieldError } from '@app/shared';

/** Rows per page on the administration lists: long enough to work through, short enough to read. */
export const ADMIN_PAGE_SIZE = 25;
const MAX_PAGE = 100_000;
const MAX_REASON = 1000;
const ACTION_SHAPE = /^[a-z0-9][a-z0-9._-]{0,99}$/;

export const USER_STATUS_CHOICES: readonly UserStatus[] = ['pending', 'active', 'suspended'];
export const FLAG_STATUS_CHOICES = ['open', 'dismissed', 'resolved'] as const;
export type FlagStatus = (typeof FLAG_STATUS_CHOICES)[number];
/** What the audit log records changes to; the filter offers these rather than free text. */
export const AUDIT_OBJECT_TYPES = [
  'catalogue-import',
  'contract',
  'council',
  'framework',
  'joint-procurement',
  'listing',
  'need',
  'opportunity',
  'opportunity-response',
  'queue',
  'queue-job',
  'supplier',
  'user',
] as const;

type Raw = Record<string, unknown>;

function rawOf(query: unknown): Raw {
  return typeof query === 'object' && query !== null ? (query as Raw) : {};
}

/** A repeated parameter (`a=1&a=2`) counts as absent: these are links and small GET forms, not an API. */
function text(raw: Raw, name: string): string {
  const value = raw[name];
  return typeof value === 'string' ? value.trim() : '';
}

/** A bad page number in an address is a mistyped link, not something to explain: show the first page. */
export function readPage(query: unknown): number {
  const value = text(rawOf(query), 'page');
  if (!/^\d{1,6}$/.test(value)) return 1;
  const page = Number(value);
  return page >= 1 && page <= MAX_PAGE ? page : 1;
}

/** The user list opens on the buyers waiting for approval, the reason an administrator comes here. */
export function readUserStatus(query: unknown): UserStatus {
  const value = text(rawOf(query), 'status');
  return (USER_STATUS_CHOICES as readonly string[]).includes(value) ? (value as UserStatus) : 'pending';
}

export function readFlagStatus(query: unknown): FlagStatus {
  const value = text(rawOf(query), 'status');
  return (FLAG_STATUS_CHOICES as readonly string[]).includes(value) ? (value as FlagStatus) : 'open';
}

/** A date as the three boxes of a GOV.UK date input hold it. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export interface AuditQueryValues {
  action: string;
  objectType: string;
  from: DateParts;
  to: DateParts;
  page: number;
}

export type AuditQuery = { ok: true; values: AuditQueryValues; filter: AuditFilter } | { ok: false; values: AuditQueryValues; errors: FieldError[] };

/**
 * The audit log's filter form (a GET form). Dates are whole days in UK time as people think of
 * them: "to 27 November" includes the whole of the 27th.
 */
export function readAuditQuery(query: unknown): AuditQuery {
  const raw = rawOf(query);
  const errors: FieldError[] = [];
  const action = text(raw, 'action');
  if (action !== '' && !ACTION_SHAPE.test(action)) {
    errors.push({ field: 'action', message: 'Action must be written like listing.approved, in lower case' });
  }
  const objectType = text(raw, 'objectType');
  if (objectType !== '' && !(AUDIT_OBJECT_TYPES as readonly string[]).includes(objectType)) {
    errors.push({ field: 'objectType', message: 'Select a type of record from the list' });
  }
  const from = dateParts(raw, 'from');
  const to = dateParts(raw, 'to');
  const fromDate = readDate(from, 'from', 'Date from', errors);
  const toDate = readDate(to, 'to', 'Date to', errors);
  if (fromDate && toDate && dayNumber(toDate) < dayNumber(fromDate)) errors.push({ field: 'to-day', message: 'Date to must be the same as or after date from' });
  const values = { action, objectType, from, to, page: readPage(raw) };
  if (errors.length > 0) return { ok: false, values, errors };
  return {
    ok: true,
    values,
    filter: {
      action: action || undefined,
      objectType: objectType || undefined,
      from: fromDate ? startOfUkDay(fromDate) : undefined,
      to: toDate ? startOfUkDay(addDays(toDate, 1)) : undefined,
    },
  };
}

function dateParts(raw: Raw, prefix: string): DateParts {
  return { day: text(raw, `${prefix}-day`), month: text(raw, `${prefix}-month`), year: text(raw, `${prefix}-year`) };
}

interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** Nothing typed is no filter; anything typed must be a whole, real date (GOV.UK date input messages). */
function readDate(parts: DateParts, prefix: string, label: string, errors: FieldError[]): CalendarDate | undefined {
  if (!parts.day && !parts.month && !parts.year) return undefined;
  const missing = (['day', 'month', 'year'] as const).filter((part) => parts[part] === '');
  if (missing.length > 0) {
    errors.push({ field: `${prefix}-${missing[0]}`, message: `${label} must include a ${missing.join(' and ')}` });
    return undefined;
  }
  const [day, month, year] = [parts.day, parts.month, parts.year].map((part) => (/^\d{1,4}$/.test(part) ? Number(part) : NaN));
  const probe = new Date(Date.UTC(year, month - 1, day));
  const real =
    Number.isInteger(year) && year >= 2000 && year <= 2999 && probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
  if (!real) {
    errors.push({ field: `${prefix}-day`, message: `${label} must be a real date, like 27 11 2026` });
    return undefined;
  }
  return { year, month, day };
}

function dayNumber(date: CalendarDate): number {
  return Date.UTC(date.year, date.month - 1, date.day);
}

function addDays(date: CalendarDate, days: number): CalendarDate {
  const next = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
}

/** Midnight in London on that day, as an instant (British Summer Time is an hour ahead of UTC). */
export function startOfUkDay(date: CalendarDate): Date {
  const utcMidnight = Date.UTC(date.year, date.month - 1, date.day);
  const londonHour = Number(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', hourCycle: 'h23' }).format(new Date(utcMidnight)),
  );
  return new Date(utcMidnight - londonHour * 3_600_000);
}

/** The query string for another page of the same audit search: only the fields in use. */
export function auditHref(values: AuditQueryValues, page: number): string {
  const params = new URLSearchParams();
  if (values.action) params.set('action', values.action);
  if (values.objectType) params.set('objectType', values.objectType);
  for (const prefix of ['from', 'to'] as const) {
    const parts = values[prefix];
    if (parts.day || parts.month || parts.year) {
      params.set(`${prefix}-day`, parts.day);
      params.set(`${prefix}-month`, parts.month);
      params.set(`${prefix}-year`, parts.year);
    }
  }
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `/admin/audit?${query}` : '/admin/audit';
}

/**
 * The reason typed into a moderation form. The service checks it too; here the message is in
 * GOV.UK words and names the decision, and it is asked for on suspensions as well, so the supplier
 * is always told why.
 */
export function readReasonForm(body: unknown, decision: 'reject' | 'suspend' | 'reinstate'): string {
  const reason = text(rawOf(body), 'reason');
  const verbs = { reject: 'rejecting', suspend: 'suspending', reinstate: 'reinstating' } as const;
  if (reason === '') throw DomainError.validation('REASON_REQUIRED', [{ field: 'reason', message: `Enter a reason for ${verbs[decision]} the listing` }]);
  if (reason.length > MAX_REASON) {
    throw DomainError.validation('REASON_TOO_LONG', [{ field: 'reason', message: `Reason must be ${MAX_REASON} characters or fewer` }]);
  }
  return reason;
}
