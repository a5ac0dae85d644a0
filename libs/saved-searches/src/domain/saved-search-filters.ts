import { cpvFilterPrefix, normaliseQueryText, type SearchCriteria } from '@app/catalogue';
import { ROUTES, type OpportunityFilter, type Route } from '@app/procurement';
import { DomainError, FieldError, poundsToPence } from '@app/shared';

export const SAVED_SEARCH_KINDS = ['catalogue', 'opportunities'] as const;
export type SavedSearchKind = (typeof SAVED_SEARCH_KINDS)[number];

export const SAVED_SEARCH_FREQUENCIES = ['immediate', 'daily'] as const;
export type SavedSearchFrequency = (typeof SAVED_SEARCH_FREQUENCIES)[number];

export const SAVED_SEARCH_LIMITS = { name: 100, perUser: 50 } as const;

export const CATALOGUE_FLAGS = ['sme', 'vcse', 'openSource', 'openApi', 'ukHosting'] as const;
type CatalogueFlag = (typeof CATALOGUE_FLAGS)[number];

/** The catalogue search's filters (GET /listings, /catalogue), as a saved search keeps them. */
export interface CatalogueFilters extends Partial<Record<CatalogueFlag, boolean>> {
  q?: string;
  framework?: string;
  lot?: string;
  category?: string;
  cpv?: string;
  localTo?: string;
  /** Pounds, as the search form and the API take them: "5000.00". */
  maxPrice?: string;
}

/** The opportunity list's filters (GET /opportunities); a saved search only ever looks at open ones. */
export interface OpportunityFilters {
  route?: Route;
  lotId?: string;
  council?: string;
}

export type SavedSearchFilters = CatalogueFilters | OpportunityFilters;

export const CATALOGUE_FILTER_FIELDS = ['q', 'framework', 'lot', 'category', 'cpv', 'localTo', 'maxPrice', ...CATALOGUE_FLAGS] as const;
export const OPPORTUNITY_FILTER_FIELDS = ['route', 'lotId', 'council'] as const;

// The formats GET /api/v1/listings and the /catalogue page accept, so a saved search means what the search meant.
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const SLUG_LENGTH = { framework: 100, lot: 100, category: 150 } as const;
const CPV = /^\d{2,8}(-\d)?$/;
const GSS_CODE = /^E\d{8}$/;
const POUNDS = /^(0|[1-9]\d{0,12})(\.\d{1,2})?$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_QUERY_INPUT = 10_000;

/** Tells whether a GSS code is a current English council (the council hierarchy answers). */
export type IsCouncil = (gssCode: string) => boolean;

/**
 * Checks and normalises a saved search's filters for its kind: every problem is a field error named
 * `filters.<field>`, all reported together. Empty values mean "any" (a web form sends every field),
 * text is trimmed and folded the way the search itself folds it, so equal searches are stored alike.
 */
export function normaliseFilters(kind: SavedSearchKind, raw: unknown, isCouncil: IsCouncil): SavedSearchFilters {
  const errors: FieldError[] = [];
  const fail = (field: string, message: string) => errors.push({ field: `filters.${field}`, message });
  const input = raw === undefined || raw === null ? {} : raw;
  if (typeof input !== 'object' || Array.isArray(input)) {
    throw invalid([{ field: 'filters', message: 'filters must be an object of search filters' }]);
  }
  const values = input as Record<string, unknown>;
  const known: readonly string[] = kind === 'catalogue' ? CATALOGUE_FILTER_FIELDS : OPPORTUNITY_FILTER_FIELDS;
  for (const field of Object.keys(values)) {
    if (!known.includes(field)) fail(field, `${field} is not a filter of ${kind} searches; use ${known.join(', ')}`);
  }
  const filters = kind === 'catalogue' ? catalogueFilters(values, fail, isCouncil) : opportunityFilters(values, fail, isCouncil);
  if (errors.length) throw invalid(errors);
  return filters;
}

function catalogueFilters(values: Record<string, unknown>, fail: Fail, isCouncil: IsCouncil): CatalogueFilters {
  const filters: CatalogueFilters = {};
  const q = text(values, 'q', fail);
  if (q !== undefined && q.length > MAX_QUERY_INPUT) fail('q', `q must be ${MAX_QUERY_INPUT} characters or fewer`);
  else if (normaliseQueryText(q)) filters.q = normaliseQueryText(q);

  for (const field of ['framework', 'lot', 'category'] as const) {
    const value = text(values, field, fail);
    if (value === undefined) continue;
    if (value.length > SLUG_LENGTH[field] || !SLUG.test(value)) fail(field, `${field} must be a ${field} slug such as ${EXAMPLES[field]}`);
    else filters[field] = value;
  }

  const cpv = text(values, 'cpv', fail);
  if (cpv !== undefined) {
    if (!CPV.test(cpv)) fail('cpv', 'cpv must be 2 to 8 digits of a CPV code, such as 72 or 72260000');
    else filters.cpv = cpvFilterPrefix(cpv);
  }

  const localTo = text(values, 'localTo', fail)?.toUpperCase();
  if (localTo !== undefined) {
    if (!GSS_CODE.test(localTo) || !isCouncil(localTo)) fail('localTo', 'localTo must be the GSS code of a current English council, such as E08000035');
    else filters.localTo = localTo;
  }

  // People type prices as they write them: "£5,000" means 5000.
  const maxPrice = text(values, 'maxPrice', fail)?.replace(/[\s,£]/g, '');
  if (maxPrice !== undefined && maxPrice !== '') {
    if (!POUNDS.test(maxPrice)) fail('maxPrice', 'maxPrice must be an amount of pounds such as 5000 or 5000.00');
    else filters.maxPrice = maxPrice;
  }

  for (const field of CATALOGUE_FLAGS) {
    const value = flag(values, field, fail);
    if (value !== undefined) filters[field] = value;
  }
  return filters;
}

function opportunityFilters(values: Record<string, unknown>, fail: Fail, isCouncil: IsCouncil): OpportunityFilters {
  const filters: OpportunityFilters = {};
  const route = text(values, 'route', fail);
  if (route !== undefined) {
    if (!(ROUTES as readonly string[]).includes(route)) fail('route', `route must be one of ${ROUTES.join(', ')}`);
    else filters.route = route as Route;
  }
  const lotId = text(values, 'lotId', fail);
  if (lotId !== undefined) {
    if (!UUID.test(lotId)) fail('lotId', 'lotId must be a UUID');
    else filters.lotId = lotId.toLowerCase();
  }
  const council = text(values, 'council', fail)?.toUpperCase();
  if (council !== undefined) {
    if (!GSS_CODE.test(council) || !isCouncil(council)) fail('council', 'council must be the GSS code of a current English council, such as E07000110');
    else filters.council = council;
  }
  return filters;
}

const EXAMPLES = { framework: 'g-cloud-13', lot: 'cloud-software', category: 'payroll' } as const;

type Fail = (field: string, message: string) => void;

/** A text filter, trimmed; absent or empty is undefined. */
function text(values: Record<string, unknown>, field: string, fail: Fail): string | undefined {
  const value = values[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') {
    fail(field, `${field} must be text`);
    return undefined;
  }
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** A yes/no filter: true or false (or their text, as forms and query strings send them); empty is "any". */
function flag(values: Record<string, unknown>, field: string, fail: Fail): boolean | undefined {
  const value = values[field];
  if (value === undefined || value === null || value === '') return undefined;
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  fail(field, `${field} must be true or false`);
  return undefined;
}

function invalid(errors: FieldError[]): DomainError {
  return new DomainError('bad_request', 'INVALID_SAVED_SEARCH', errors.map((error) => `${error.field}: ${error.message}`).join('; '), errors);
}

/** The name, trimmed; 1 to 100 characters. */
export function normaliseName(raw: unknown): string {
  const name = typeof raw === 'string' ? raw.replace(/\s+/g, ' ').trim() : '';
  if (name === '') throw invalid([{ field: 'name', message: 'Enter a name for the saved search' }]);
  if (name.length > SAVED_SEARCH_LIMITS.name) throw invalid([{ field: 'name', message: `name must be ${SAVED_SEARCH_LIMITS.name} characters or fewer` }]);
  return name;
}

export function requireFrequency(raw: unknown): SavedSearchFrequency {
  if (!(SAVED_SEARCH_FREQUENCIES as readonly unknown[]).includes(raw)) {
    throw invalid([{ field: 'frequency', message: `frequency must be one of ${SAVED_SEARCH_FREQUENCIES.join(', ')}` }]);
  }
  return raw as SavedSearchFrequency;
}

export function requireKind(raw: unknown): SavedSearchKind {
  if (!(SAVED_SEARCH_KINDS as readonly unknown[]).includes(raw)) {
    throw invalid([{ field: 'kind', message: `kind must be one of ${SAVED_SEARCH_KINDS.join(', ')}` }]);
  }
  return raw as SavedSearchKind;
}

/** The catalogue search's own criteria for these filters: matching reuses the search, never a copy of it. */
export function catalogueCriteriaOf(filters: CatalogueFilters, narrowing: Pick<SearchCriteria, 'onlyIds' | 'publishedBetween'>, pageSize: number): SearchCriteria {
  return {
    q: filters.q,
    framework: filters.framework,
    lot: filters.lot,
    category: filters.category,
    cpv: filters.cpv,
    localTo: filters.localTo,
    sme: filters.sme,
    vcse: filters.vcse,
    openSource: filters.openSource,
    openApi: filters.openApi,
    ukHosting: filters.ukHosting,
    maxPricePence: filters.maxPrice === undefined ? undefined : poundsToPence(filters.maxPrice),
    ...narrowing,
    page: 1,
    pageSize,
  };
}

/** The opportunity list's own filter for these filters: open opportunities only, as owners may see them. */
export function opportunityFilterOf(filters: OpportunityFilters, narrowing: Pick<OpportunityFilter, 'onlyIds' | 'publishedBetween'>): OpportunityFilter {
  return { status: 'open', route: filters.route, lotId: filters.lotId, council: filters.council, ...narrowing };
}

/** Where the owner reads the search again: the page with the same filters. */
export function searchHref(kind: SavedSearchKind, filters: SavedSearchFilters): string {
  const page = kind === 'opportunities' ? '/opportunities' : '/catalogue';
  const fields: readonly string[] = kind === 'opportunities' ? OPPORTUNITY_FILTER_FIELDS : CATALOGUE_FILTER_FIELDS;
  const params = new URLSearchParams();
  for (const field of fields) {
    const value = (filters as Record<string, unknown>)[field];
    if (value !== undefined) params.set(field, String(value));
  }
  const query = params.toString();
  return query ? `${page}?${query}` : page;
}

const LABELS: Record<string, string> = {
  q: 'Words',
  framework: 'Framework',
  lot: 'Lot',
  category: 'Category',
  cpv: 'CPV code',
  localTo: 'Local to',
  maxPrice: 'Maximum price (£)',
  sme: 'SME suppliers',
  vcse: 'VCSE suppliers',
  openSource: 'Open source',
  openApi: 'Open API',
  ukHosting: 'Hosted in the UK',
  route: 'Route',
  lotId: 'Lot',
  council: 'Council',
};

/** The filters in words, for lists and notifications: "Words: case management; SME suppliers: yes". */
export function describeFilters(filters: SavedSearchFilters): string {
  const parts = Object.entries(filters)
    .filter(([, value]) => value !== undefined)
    .map(([field, value]) => `${LABELS[field] ?? field}: ${typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value)}`);
  return parts.length ? parts.join('; ') : 'Everything';
}
