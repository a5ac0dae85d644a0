import { CategoryOrmEntity } from './infrastructure/category.orm-entity';
import { FrameworkOrmEntity } from './infrastructure/framework.orm-entity';
import { ListingVersionOrmEntity } from './infrastructure/listing-version.orm-entity';
import { ListingOrmEntity } from './infrastructure/listing.orm-entity';
import { LotOrmEntity } from './infrastructure/lot.orm-entity';

export const CATALOGUE_ENTITIES = [FrameworkOrmEntity, LotOrmEntity, CategoryOrmEntity, ListingOrmEntity, ListingVersionOrmEntity];

export { ListingSearchService } from './application/search/listing-search.service';
export type { FacetCount, ListingSearchItem, ListingSearchResult } from './application/search/search.views';
export { MAX_QUERY_LENGTH } from './domain/search-criteria';
export type { SearchCriteria } from './domain/search-criteria';
