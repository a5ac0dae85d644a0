import { everyPage, MAX_PAGE_SIZE, Page, PageRequest } from './pagination';

describe('everyPage', () => {
  it('reads a list longer than one page to its end, and asks no page past it', async () => {
    const all = Array.from({ length: 2 * MAX_PAGE_SIZE + 31 }, (_, index) => index);
    const asked: number[] = [];
    const read = async ({ page, pageSize }: PageRequest): Promise<Page<number>> => {
      asked.push(page);
      return { items: all.slice((page - 1) * pageSize, page * pageSize), total: all.length, page, pageSize };
    };
    expect(await everyPage(read)).toEqual(all);
    expect(asked).toEqual([1, 2, 3]);
  });
});
