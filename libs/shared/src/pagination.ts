export interface PageRequest {
  page: number;
  pageSize: number;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export const MAX_PAGE_SIZE = 100;

export function offsetOf(request: PageRequest): number {
  return (request.page - 1) * request.pageSize;
}

export function pageOf<T>(items: T[], total: number, request: PageRequest): Page<T> {
  return { items, total, page: request.page, pageSize: request.pageSize };
}

/** Every item of a paged list, page by page: for short reference lists (councils, frameworks) only. */
export async function everyPage<T>(read: (page: PageRequest) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; ; page += 1) {
    const answer = await read({ page, pageSize: MAX_PAGE_SIZE });
    items.push(...answer.items);
    if (answer.items.length < MAX_PAGE_SIZE || items.length >= answer.total) return items;
  }
}
