import { DomainError } from '@app/shared';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** A malformed id in a path is the caller's mistake (400), told apart from an id that names nothing (404). */
export function requireUuid(value: unknown, field: string): string {
  if (!isUuid(value)) throw new DomainError('bad_request', 'INVALID_REQUEST', `${field} must be a UUID`, [{ field, message: `${field} must be a UUID` }]);
  return value.toLowerCase();
}
