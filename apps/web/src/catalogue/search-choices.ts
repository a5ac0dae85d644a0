import { Inject, Injectable } from '@nestjs/common';
import { FrameworkService } from '@app/catalogue';
import { CouncilService } from '@app/organisations';
import { MAX_PAGE_SIZE, Page, PageRequest } from '@app/shared';
import type { CouncilChoice, FrameworkChoice } from './catalogue-search.view';

/** Every item of a paged list: reference lists here are a few hundred rows at most. */
async function everyPage<T>(read: (page: PageRequest) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; ; page += 1) {
    const answer = await read({ page, pageSize: MAX_PAGE_SIZE });
    items.push(...answer.items);
    if (answer.items.length < MAX_PAGE_SIZE || items.length >= answer.total) return items;
  }
}

/**
 * The lists the search filters choose from, read through the same services the API uses: councils
 * (for the council picker and the names of local councils) and live frameworks (the only ones search
 * shows, for naming framework and lot choices).
 */
@Injectable()
export class SearchChoices {
  constructor(
    @Inject(CouncilService) private readonly councilService: CouncilService,
    @Inject(FrameworkService) private readonly frameworkService: FrameworkService,
  ) {}

  /** All councils by name; CouncilService answers from its in-memory hierarchy. */
  async councils(): Promise<CouncilChoice[]> {
    const councils = await everyPage((page) => this.councilService.list({}, page));
    return councils.map((council) => ({ gssCode: council.gssCode, name: council.name }));
  }

  async liveFrameworks(): Promise<FrameworkChoice[]> {
    const frameworks = await everyPage((page) => this.frameworkService.list({ status: 'live' }, page));
    return frameworks.map((framework) => ({
      slug: framework.slug,
      name: framework.name,
      lots: framework.lots.map((lot) => ({ slug: lot.slug, name: lot.name })),
    }));
  }
}
