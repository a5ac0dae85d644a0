import { Actor, DomainError, MAX_PAGE_SIZE, PageRequest } from '@app/shared';

/** A buyer always belongs to a council; an account without one cannot act for a council. */
export function requireCouncil(buyer: Actor): string {
  if (!buyer.councilCode) throw new DomainError('forbidden', 'COUNCIL_REQUIRED', 'Your account is not attached to a council');
  return buyer.councilCode;
}

/** Services are called by the web as well as the API, so they check the page themselves. */
export function requirePage(page: PageRequest): void {
  if (!Number.isInteger(page.page) || page.page < 1) throw DomainError.field('page', 'page must be a whole number from 1');
  if (!Number.isInteger(page.pageSize) || page.pageSize < 1 || page.pageSize > MAX_PAGE_SIZE) {
    throw DomainError.field('pageSize', `pageSize must be a whole number from 1 to ${MAX_PAGE_SIZE}`);
  }
}
