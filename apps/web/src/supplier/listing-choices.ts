import { Inject, Injectable } from '@nestjs/common';
import { FrameworkService, LotView } from '@app/catalogue';
import { DomainError, MAX_PAGE_SIZE } from '@app/shared';

export interface LotChoice {
  /** `framework/lot`: the radio value of the lot picker and the address of the listing form. */
  value: string;
  text: string;
  hint: { text: string };
}

export interface ListingPlacement {
  framework: { slug: string; name: string };
  lot: { slug: string; name: string; maxCategories: number };
  categories: { value: string; text: string }[];
}

/** Frameworks and lots a listing can be placed on, read through FrameworkService. */
@Injectable()
export class ListingChoices {
  constructor(@Inject(FrameworkService) private readonly frameworks: FrameworkService) {}

  /** Lots of every open framework: services are listed only while a framework is open. */
  async openLots(): Promise<LotChoice[]> {
    const choices: LotChoice[] = [];
    for (let page = 1; ; page += 1) {
      const found = await this.frameworks.list({ status: 'open' }, { page, pageSize: MAX_PAGE_SIZE });
      for (const framework of found.items) {
        for (const lot of framework.lots) {
          choices.push({ value: `${framework.slug}/${lot.slug}`, text: `${framework.name}: ${lot.name}`, hint: { text: lot.description } });
        }
      }
      if (found.items.length < MAX_PAGE_SIZE || page * MAX_PAGE_SIZE >= found.total) return choices;
    }
  }

  /** A framework's lot with its categories; an unknown one, or (when asked) one not open, is page not found. */
  async placement(frameworkSlug: string, lotSlug: string, mustBeOpen: boolean): Promise<ListingPlacement> {
    const framework = await this.frameworks.get(frameworkSlug).catch((error: unknown) => {
      throw error instanceof DomainError && error.kind !== 'not_found' ? DomainError.notFound('Framework') : error;
    });
    const lot: LotView | undefined = framework.lots.find((candidate) => candidate.slug === lotSlug);
    if (!lot || (mustBeOpen && framework.status !== 'open')) throw DomainError.notFound('Lot');
    return {
      framework: { slug: framework.slug, name: framework.name },
      lot: { slug: lot.slug, name: lot.name, maxCategories: lot.maxCategoriesPerService },
      categories: lot.categories.map((category) => ({
        value: category.slug,
        text: category.parentName ? `${category.parentName}: ${category.name}` : category.name,
      })),
    };
  }
}
