import type { FieldError } from '@app/shared';
import { CSRF_FIELD } from './csrf';

export interface ErrorSummaryItem {
  text: string;
  href?: string;
}

/** What the error summary in views/layouts/base.njk and each field's `errorMessage` read. */
export interface FormErrors {
  summary: ErrorSummaryItem[];
  byField: Record<string, { text: string }>;
}

/** A field path such as `offices.0` becomes the id of its input (`offices-0`). */
export function fieldId(field: string): string {
  return field.replace(/[^A-Za-z0-9_-]+/g, '-');
}

/** GOV.UK error summary and field messages from domain field errors: one message per field, in order. */
export function formErrors(fieldErrors: readonly FieldError[], message?: string): FormErrors {
  const summary: ErrorSummaryItem[] = [];
  const byField: Record<string, { text: string }> = {};
  for (const { field, message: text } of fieldErrors) {
    if (byField[field]) continue;
    byField[field] = { text };
    summary.push({ text, href: `#${fieldId(field)}` });
  }
  if (summary.length === 0 && message) summary.push({ text: message });
  return { summary, byField };
}

/**
 * The values to put back into a re-rendered form: text the user typed, never a password or the
 * CSRF token (a fresh one is rendered).
 */
export function formValues(body: unknown): Record<string, string> {
  const values: Record<string, string> = {};
  if (typeof body !== 'object' || body === null) return values;
  for (const [name, value] of Object.entries(body)) {
    if (name === CSRF_FIELD || /password/i.test(name)) continue;
    if (typeof value === 'string') values[name] = value;
  }
  return values;
}

/** "Too many attempts, try again in 15 minutes": whole minutes, rounded up, never zero. */
export function retryMessage(retryAfterSeconds: number | undefined): string {
  const minutes = Math.max(1, Math.ceil((retryAfterSeconds ?? 60) / 60));
  return `Too many attempts, try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
}
