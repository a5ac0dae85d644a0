import { DomainError } from '@app/shared';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Ids in page addresses are UUIDs. The services answer a malformed one with a 400 meant for API
 * callers; on the web it is a mistyped or truncated address, which GOV.UK answers "Page not found".
 */
export function requirePageId(id: string, what: string): string {
  if (!UUID.test(id)) throw DomainError.notFound(what);
  return id;
}
