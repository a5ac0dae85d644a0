import { ROUTES, type OpportunityFilter, type Route } from '@app/procurement';
import type { FieldError } from '@app/shared';

/** Open opportunities per page on the web. */
export const OPPORTUNITIES_PER_PAGE = 20;

/** How each procurement route reads on the page. */
export const ROUTE_TEXT: Record<Route, string> = {
  framework: 'Call-off from a framework',
  open: 'Open competition',
};

/** The filter form as the visitor sent it, trimmed: what the page puts back into its fields. */
export interface OpportunityFilterValues {
  route: string;
  lotId: string;
  council: string;
  page: number;
}

/** What a council filter may be chosen from: the current councils. (A lot need only be well formed.) */
export interface FilterChoiceSets {
  isCouncil: (gssCode: string) => boolean;
}

export type OpportunityFilterForm =
  | { ok: true; values: OpportunityFilterValues; filter: OpportunityFilter }
  | { ok: false; values: OpportunityFilterValues; errors: FieldError[] };

const GSS_CODE = /^E\d{8}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const WHOLE_NUMBER = /^\d{1,5}$/;
const MAX_PAGE = 10_000;

/**
 * The opportunities page's query string: the same filters GET /api/v1/opportunities takes (route,
 * lotId, council), checked against what the page offers so a bad value is a field error in GOV.UK
 * words rather than a 500. Empty fields mean "any", since a GET form sends every field.
 */
export function readOpportunityQuery(query: unknown, choices: FilterChoiceSets): OpportunityFilterForm {
  const raw = typeof query === 'object' && query !== null ? (query as Record<string, unknown>) : {};
  const errors: FieldError[] = [];
  const fail = (field: string, message: string) => errors.push({ field, message });

  const route = single(raw, 'route', 'Route', fail).trim();
  if (route !== '' && !(ROUTES as readonly string[]).includes(route)) fail('route', 'Select a route from the list');

  const lotId = single(raw, 'lotId', 'Framework lot', fail).trim().toLowerCase();
  // Any well-formed lot id is a filter, not only today's live lots: a saved search's link must still
  // open (listing nothing) after its framework expires.
  if (lotId !== '' && !UUID.test(lotId)) fail('lotId', 'Select a framework lot from the list');

  const council = single(raw, 'council', 'Council', fail).trim().toUpperCase();
  if (council !== '' && (!GSS_CODE.test(council) || !choices.isCouncil(council))) fail('council', 'Select a council from the list');

  const pageText = single(raw, 'page', 'Page', fail).trim();
  const page = pageText === '' ? 1 : Number(pageText);
  const badPage = pageText !== '' && (!WHOLE_NUMBER.test(pageText) || page < 1 || page > MAX_PAGE);
  if (badPage) fail('page', `Page must be a whole number from 1 to ${MAX_PAGE.toLocaleString('en-GB')}`);

  const values: OpportunityFilterValues = { route, lotId, council, page: badPage ? 1 : page };
  if (errors.length > 0) return { ok: false, values, errors };
  return {
    ok: true,
    values,
    filter: { status: 'open', route: (route || undefined) as Route | undefined, lotId: lotId || undefined, council: council || undefined },
  };
}

/** The filters in use, as a saved search and the API name them. */
export function filtersInUse(values: OpportunityFilterValues): { route?: string; lotId?: string; council?: string } {
  const used: { route?: string; lotId?: string; council?: string } = {};
  if (values.route) used.route = values.route;
  if (values.lotId) used.lotId = values.lotId;
  if (values.council) used.council = values.council;
  return used;
}

/** The address of this filtered list at a page: only the fields in use, in a fixed order. */
export function opportunitiesHref(values: OpportunityFilterValues, page = 1): string {
  const params = new URLSearchParams(filtersInUse(values));
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `/opportunities?${query}` : '/opportunities';
}

/** One text value: a field given twice (`route=a&route=b`) is refused rather than silently picking one. */
function single(raw: Record<string, unknown>, field: string, label: string, fail: (field: string, message: string) => void): string {
  const value = raw[field];
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  fail(field, `${label} must be given once`);
  return '';
}
