import { Inject, Injectable } from '@nestjs/common';
import { ListingSearchService } from '@app/catalogue';
import { OpportunityService } from '@app/procurement';
import { catalogueCriteriaOf, CatalogueFilters, opportunityFilterOf, OpportunityFilters, SavedSearchFilters, SavedSearchKind } from '../domain/saved-search-filters';

/** Which new items a saved search would show now: "only this one" or "published in this window". */
export type Narrowing = { onlyIds: string[] } | { publishedBetween: { after: Date; upTo: Date } };

export interface MatchedItem {
  id: string;
  title: string;
  href: string;
}

export interface Matches {
  total: number;
  /** The first few, in the search's own order. */
  items: MatchedItem[];
}

/**
 * Runs a saved search through the search it was saved from (the catalogue search or the opportunity
 * list), narrowed to new items. There is no second matcher: what a search would show is what matches.
 * Both answer only what anyone may see: published listings on live frameworks, open opportunities.
 */
@Injectable()
export class SavedSearchMatcher {
  constructor(
    @Inject(ListingSearchService) private readonly listings: ListingSearchService,
    @Inject(OpportunityService) private readonly opportunities: OpportunityService,
  ) {}

  async matches(kind: SavedSearchKind, filters: SavedSearchFilters, narrowing: Narrowing, limit: number): Promise<Matches> {
    if (kind === 'catalogue') {
      const result = await this.listings.searchWithoutFallback(catalogueCriteriaOf(filters as CatalogueFilters, narrowing, limit));
      return { total: result.total, items: result.items.map((item) => ({ id: item.id, title: item.name, href: `/catalogue/${item.id}` })) };
    }
    const result = await this.opportunities.list(opportunityFilterOf(filters as OpportunityFilters, narrowing), { page: 1, pageSize: limit });
    return { total: result.total, items: result.items.map((item) => ({ id: item.id, title: item.title, href: `/opportunities/${item.id}` })) };
  }
}
