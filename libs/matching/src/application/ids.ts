import { DomainError } from '@app/shared';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function requireUuid(field: string, value: string): void {
  if (!UUID.test(value)) throw DomainError.field(field, `${field} must be a UUID`);
}
