import type { SavedSearchFilters, SavedSearchFrequency, SavedSearchKind } from '../domain/saved-search-filters';

export interface SavedSearchView {
  id: string;
  kind: SavedSearchKind;
  name: string;
  /** Normalised: what the search runs with, which may differ in spacing or case from what was sent. */
  filters: SavedSearchFilters;
  /** The filters in words: "Words: case management; SME suppliers: yes". */
  filtersText: string;
  frequency: SavedSearchFrequency;
  /** The web page that runs this search. */
  href: string;
  createdAt: string;
  updatedAt: string;
}

export interface NewSavedSearch {
  name: unknown;
  kind: unknown;
  frequency: unknown;
  filters?: unknown;
}

export interface SavedSearchPatch {
  name?: unknown;
  frequency?: unknown;
}

export interface DigestRun {
  searches: number;
  notified: number;
}
