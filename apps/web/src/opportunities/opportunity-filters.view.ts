import { ROUTES } from '@app/procurement';
import type { FieldError } from '@app/shared';
import { fieldId, FormErrors } from '../http/form-errors';
import type { OpportunityFilterChoices } from './opportunity-filter-choices';
import { OpportunityFilterValues, ROUTE_TEXT } from './opportunity-filters.query';

interface Item {
  value: string;
  text: string;
  selected?: boolean;
  checked?: boolean;
}

/** The filter form's controls and the filters in use, in words, for views/opportunities/list.njk. */
export interface OpportunityFiltersView {
  routeItems: Item[];
  lotItems: Item[];
  councilItems: Item[];
  /** "Route: Open competition", one per filter in use; empty when the list is unfiltered. */
  applied: string[];
  errors?: FormErrors;
}

/**
 * The form shows what was asked for; a refused value is left out of its select (it is not one of
 * the choices) and named in the error summary, which links to its control.
 */
export function toOpportunityFiltersView(values: OpportunityFilterValues, choices: OpportunityFilterChoices, fieldErrors?: readonly FieldError[]): OpportunityFiltersView {
  const errors = fieldErrors && fieldErrors.length > 0 ? filterErrors(fieldErrors) : undefined;
  const chosen = (field: 'route' | 'lotId' | 'council') => (errors?.byField[field] ? '' : values[field]);
  const routeItems: Item[] = [{ value: '', text: 'Any route', checked: chosen('route') === '' }];
  for (const route of ROUTES) routeItems.push({ value: route, text: ROUTE_TEXT[route], checked: chosen('route') === route });
  const lotItems: Item[] = [{ value: '', text: 'Any framework lot' }, ...choices.lots.map((lot) => ({ value: lot.id, text: lot.name, selected: lot.id === chosen('lotId') }))];
  const councilItems: Item[] = [
    { value: '', text: 'Any council' },
    ...choices.councils.map((council) => ({ value: council.gssCode, text: council.name, selected: council.gssCode === chosen('council') })),
  ];

  const applied = errors ? [] : describeOpportunityFilters(values, choices);
  return { routeItems, lotItems, councilItems, applied, errors };
}

/**
 * The filters in words, with lots and councils by name: "Route: Open competition". A lot no longer
 * on a live framework keeps its id, so the filter is still shown rather than silently dropped.
 */
export function describeOpportunityFilters(filters: { route?: string; lotId?: string; council?: string }, choices: OpportunityFilterChoices): string[] {
  const words: string[] = [];
  if (filters.route) words.push(`Route: ${ROUTE_TEXT[filters.route as keyof typeof ROUTE_TEXT] ?? filters.route}`);
  if (filters.lotId) words.push(`Framework lot: ${choices.lots.find((lot) => lot.id === filters.lotId)?.name ?? filters.lotId}`);
  if (filters.council) words.push(`Council: ${choices.councils.find((council) => council.gssCode === filters.council)?.name ?? filters.council}`);
  return words;
}

/** A refused page number has no control of its own: listed, not linked. */
function filterErrors(fieldErrors: readonly FieldError[]): FormErrors {
  const summary: FormErrors['summary'] = [];
  const byField: FormErrors['byField'] = {};
  for (const { field, message } of fieldErrors) {
    if (byField[field]) continue;
    byField[field] = { text: message };
    summary.push(field === 'page' ? { text: message } : { text: message, href: `#${fieldId(field)}` });
  }
  return { summary, byField };
}
