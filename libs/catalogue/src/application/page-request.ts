import { DomainError, MAX_PAGE_SIZE, PageRequest } from '@app/shared';

/** Services are called by the web as well as the API, so they check the page themselves. */
export function requirePageRequest(page: PageRequest): PageRequest {
  if (!Number.isInteger(page.page) || page.page < 1) throw DomainError.field('page', 'page must be a whole number from 1');
  if (!Number.isInteger(page.pageSize) || page.pageSize < 1 || page.pageSize > MAX_PAGE_SIZE) {
    throw DomainError.field('pageSize', `pageSize must be a whole number from 1 to ${MAX_PAGE_SIZE}`);
  }
  return page;
}
