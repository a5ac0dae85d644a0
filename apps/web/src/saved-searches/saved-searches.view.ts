import { CATALOGUE_FILTER_FIELDS, OPPORTUNITY_FILTER_FIELDS, type OpportunityFilters, SAVED_SEARCH_FREQUENCIES, type SavedSearchFrequency, type SavedSearchKind, type SavedSearchView } from '@app/saved-searches';
import { DomainError } from '@app/shared';
import type { OpportunityFilterChoices } from '../opportunities/opportunity-filter-choices';
import { describeOpportunityFilters } from '../opportunities/opportunity-filters.view';

/** The "Save this search" form under a search: the filters in use travel as hidden fields. */
export interface SaveSearchForm {
  kind: SavedSearchKind;
  hidden: { name: string; value: string }[];
  name: string;
  frequency: SavedSearchFrequency;
}

export const FREQUENCY_TEXT: Record<SavedSearchFrequency, string> = {
  immediate: 'As soon as something new matches',
  daily: 'Once a day, in a digest',
};

const KIND_TEXT: Record<SavedSearchKind, string> = { catalogue: 'Catalogue services', opportunities: 'Opportunities' };

/** The form for the catalogue page, keeping the filters it was showing. */
export function catalogueSaveForm(filters: Record<string, string | boolean | undefined>, q: string): SaveSearchForm {
  const hidden = CATALOGUE_FILTER_FIELDS.flatMap((name) => {
    const value = filters[name];
    if (value === undefined || value === '' || value === false) return [];
    return [{ name, value: String(value) }];
  });
  return { kind: 'catalogue', hidden, name: q ? `Services matching ‘${q}’`.slice(0, 100) : 'Catalogue services', frequency: 'daily' };
}

/** The form for the opportunities list, keeping its filters (route, lotId, council) in use. */
export function opportunitiesSaveForm(filters: Partial<Record<(typeof OPPORTUNITY_FILTER_FIELDS)[number], string>> = {}): SaveSearchForm {
  const hidden = OPPORTUNITY_FILTER_FIELDS.flatMap((name) => (filters[name] ? [{ name, value: filters[name] }] : []));
  return { kind: 'opportunities', hidden, name: hidden.length ? 'Filtered opportunities' : 'New opportunities', frequency: 'immediate' };
}

/** The saved search the web form sent: the kind's filter fields only, as the API would take them. */
export function readSaveForm(body: unknown): { name: unknown; kind: unknown; frequency: unknown; filters: Record<string, string> } {
  const raw = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const fields: readonly string[] = raw.kind === 'opportunities' ? OPPORTUNITY_FILTER_FIELDS : CATALOGUE_FILTER_FIELDS;
  const filters: Record<string, string> = {};
  for (const field of fields) if (typeof raw[field] === 'string') filters[field] = raw[field] as string;
  return { name: raw.name, kind: raw.kind, frequency: raw.frequency, filters };
}

/** One row's frequency change; the error names that row's select so the summary links to it. */
export function readFrequencyForm(body: unknown, id: string): SavedSearchFrequency {
  const value = typeof body === 'object' && body !== null ? (body as Record<string, unknown>).frequency : undefined;
  if (!(SAVED_SEARCH_FREQUENCIES as readonly unknown[]).includes(value)) {
    throw DomainError.validation('INVALID_FREQUENCY', [{ field: `frequency-${id}`, message: 'Select how often you want to hear about new matches' }]);
  }
  return value as SavedSearchFrequency;
}

export interface SavedSearchRow {
  id: string;
  name: string;
  kind: string;
  filters: string;
  href: string;
  frequencyItems: { value: string; text: string; selected: boolean }[];
}

/** Opportunity searches name their lot and council when `opportunityChoices` is given; others read as stored. */
export function toSavedSearchRows(searches: readonly SavedSearchView[], opportunityChoices?: OpportunityFilterChoices): SavedSearchRow[] {
  const filtersText = (search: SavedSearchView) => {
    if (search.kind !== 'opportunities' || !opportunityChoices) return search.filtersText;
    const words = describeOpportunityFilters(search.filters as OpportunityFilters, opportunityChoices);
    return words.length ? words.join('; ') : search.filtersText;
  };
  return searches.map((search) => ({
    id: search.id,
    name: search.name,
    kind: KIND_TEXT[search.kind],
    filters: filtersText(search),
    href: search.href,
    frequencyItems: SAVED_SEARCH_FREQUENCIES.map((value) => ({ value, text: FREQUENCY_TEXT[value], selected: value === search.frequency })),
  }));
}

const CONFIRMATIONS: Record<string, string> = {
  saved: 'Search saved. We will tell you about new matches.',
  changed: 'How often you hear about this search has been changed.',
  deleted: 'Saved search deleted.',
};

export function confirmationFor(done: unknown): string | undefined {
  return typeof done === 'string' ? CONFIRMATIONS[done] : undefined;
}
