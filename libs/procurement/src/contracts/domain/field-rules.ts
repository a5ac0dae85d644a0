import { isPounds, poundsToPence } from '@app/shared';
import { isCalendarDate } from './calendar';

/**
 * Field checks shared by needs and contracts. Each reports into `fail` and returns the clean value
 * (or a placeholder), so one validation error can name every bad field at once. Types are checked
 * too: the web and other contexts reach the services without the API's DTO validation.
 */
export type Fail = (field: string, message: string) => void;

// Eight digits, optionally with the check digit people copy from notices (72000000-5).
const CPV_CODE = /^(\d{8})(?:-\d)?$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

export function requiredText(value: unknown, field: string, maxLength: number, fail: Fail): string {
  if (typeof value !== 'string' || value.trim() === '') {
    fail(field, `${field} is required`);
    return '';
  }
  const text = value.trim();
  if (text.length > maxLength) fail(field, `${field} must be at most ${maxLength} characters`);
  return text;
}

export function optionalText(value: unknown, field: string, maxLength: number, fail: Fail): string | null {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return null;
  if (typeof value !== 'string') {
    fail(field, `${field} must be text`);
    return null;
  }
  const text = value.trim();
  if (text.length > maxLength) fail(field, `${field} must be at most ${maxLength} characters`);
  return text;
}

export function requiredPence(value: unknown, field: string, fail: Fail): bigint {
  return optionalPence(value, field, fail, true) ?? 0n;
}

export function optionalPence(value: unknown, field: string, fail: Fail, required = false): bigint | null {
  if (!required && (value === undefined || value === null)) return null;
  if (typeof value !== 'string' || !isPounds(value.trim())) {
    const sign = typeof value === 'string' && value.trim().startsWith('-') ? ' and not negative' : '';
    fail(field, `${field} must be an amount in pounds such as "250000.00" (at most 2 decimals${sign})`);
    return null;
  }
  return poundsToPence(value.trim());
}

export function requiredDate(value: unknown, field: string, fail: Fail): string {
  return optionalDate(value, field, fail, true) ?? '';
}

export function optionalDate(value: unknown, field: string, fail: Fail, required = false): string | null {
  if (!required && (value === undefined || value === null)) return null;
  if (typeof value !== 'string' || !isCalendarDate(value.trim())) {
    fail(field, `${field} must be a date such as 2026-04-01`);
    return null;
  }
  return value.trim();
}

export function optionalUuid(value: unknown, field: string, fail: Fail): string | null {
  if (value === undefined || value === null) return null;
  if (!isUuid(value)) {
    fail(field, `${field} must be a UUID`);
    return null;
  }
  return value.toLowerCase();
}

export function booleanOr(value: unknown, fallback: boolean, field: string, fail: Fail): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') {
    fail(field, `${field} must be true or false`);
    return fallback;
  }
  return value;
}

/** Eight-digit codes (a check digit such as -5 is accepted and dropped), de-duplicated, in the order given. */
export function cpvCodeList(value: unknown, field: string, maxItems: number, fail: Fail): string[] {
  if (!Array.isArray(value) || value.length === 0 || value.length > maxItems) {
    fail(field, `${field} must list from 1 to ${maxItems} CPV codes`);
    return [];
  }
  const codes: string[] = [];
  value.forEach((raw: unknown, index) => {
    const code = typeof raw === 'string' ? (CPV_CODE.exec(raw.trim())?.[1] ?? null) : null;
    if (!code) fail(`${field}[${index}]`, `${field}[${index}] must be a CPV code of 8 digits such as 72260000`);
    else if (!codes.includes(code)) codes.push(code);
  });
  return codes;
}
