import { Inject, Injectable } from '@nestjs/common';
import { FrameworkService } from '@app/catalogue';
import { CouncilService } from '@app/organisations';
import { MAX_PAGE_SIZE, Page, PageRequest } from '@app/shared';

export interface LotChoice {
  id: string;
  /** "G-Cloud 13: Cloud software": lots of different frameworks can share a name. */
  name: string;
}

export interface CouncilChoice {
  gssCode: string;
  name: string;
}

export interface OpportunityFilterChoices {
  lots: LotChoice[];
  councils: CouncilChoice[];
}

/** Every item of a paged list: these reference lists are a few hundred rows at most. */
async function everyPage<T>(read: (page: PageRequest) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; ; page += 1) {
    const answer = await read({ page, pageSize: MAX_PAGE_SIZE });
    items.push(...answer.items);
    if (answer.items.length < MAX_PAGE_SIZE || items.length >= answer.total) return items;
  }
}

/** What the opportunity filters choose from, read through the services the API uses. */
@Injectable()
export class OpportunityFilterChoiceReader {
  constructor(
    @Inject(CouncilService) private readonly councilService: CouncilService,
    @Inject(FrameworkService) private readonly frameworkService: FrameworkService,
  ) {}

  async read(): Promise<OpportunityFilterChoices> {
    const [councils, frameworks] = await Promise.all([
      everyPage((page) => this.councilService.list({}, page)),
      everyPage((page) => this.frameworkService.list({ status: 'live' }, page)),
    ]);
    return {
      lots: frameworks.flatMap((framework) => framework.lots.map((lot) => ({ id: lot.id, name: `${framework.name}: ${lot.name}` }))),
      councils: councils.map((council) => ({ gssCode: council.gssCode, name: council.name })),
    };
  }
}
