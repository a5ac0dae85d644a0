import { Inject, Injectable } from '@nestjs/common';
import { FrameworkService } from '@app/catalogue';
import { CouncilService } from '@app/organisations';
import { everyPage } from '@app/shared';
import type { CouncilChoice, FrameworkChoice } from './catalogue-search.view';

/**
 * The lists the web's filters and forms choose from, read through the same services the API uses:
 * councils (for council pickers and the names of local councils) and live frameworks with their lots
 * (the only ones search shows and buyers buy from).
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
      lots: framework.lots.map((lot) => ({ id: lot.id, slug: lot.slug, name: lot.name, description: lot.description ?? null })),
    }));
  }
}
