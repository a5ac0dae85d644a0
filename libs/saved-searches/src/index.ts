import { SavedSearchOrmEntity } from './infrastructure/saved-search.orm-entity';

export const SAVED_SEARCH_ENTITIES = [SavedSearchOrmEntity];

export { SavedSearchesModule } from './saved-searches.module';
export { SavedSearchService } from './application/saved-search.service';
export { DIGEST_COMMIT_LAG_MS, SavedSearchAlertsService } from './application/saved-search-alerts.service';
export type { PublishedItemKind } from './application/saved-search-alerts.service';
export type { DigestRun, NewSavedSearch, SavedSearchPatch, SavedSearchView } from './application/saved-search.views';
export {
  CATALOGUE_FILTER_FIELDS,
  describeFilters,
  normaliseFilters,
  OPPORTUNITY_FILTER_FIELDS,
  SAVED_SEARCH_FREQUENCIES,
  SAVED_SEARCH_KINDS,
  SAVED_SEARCH_LIMITS,
  searchHref,
} from './domain/saved-search-filters';
export type { CatalogueFilters, OpportunityFilters, SavedSearchFilters, SavedSearchFrequency, SavedSearchKind } from './domain/saved-search-filters';
export { ALERT_KIND, alertDedupeKey, DIGEST_KIND, digestDedupeKey, ukDay } from './domain/saved-search-notices';
