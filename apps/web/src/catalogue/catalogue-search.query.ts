import type { SearchCriteria } from '@app/catalogue';
import { FieldError, poundsToPence } from '@app/shared';

/** Results per page on the web; the API lets callers choose, the page keeps one comfortable length. */
export const RESULTS_PER_PAGE = 20;

/** Filters that are a tick box: present as `true` when ticked, absent otherwise. */
export const FLAG_FIELDS = ['sme', 'vcse', 'openSource', 'openApi', 'ukHosting'] as const;
export type FlagField = (typeof FLAG_FIELDS)[number];

/** The search form as the visitor sent it, cleaned of stray spaces: what the page puts back into its fields. */
export interface CatalogueSearchValues {
  q: string;
  framework: string;
  lot: string;
  category: string;
  localTo: string;
  maxPrice: string;
  flags: Record<FlagField, boolean>;
  page: number;
}

export type CatalogueSearchForm =
  | { ok: true; values: CatalogueSearchValues; criteria: SearchCriteria }
  | { ok: false; values: CatalogueSearchValues; errors: FieldError[] };

// The same formats the API's SearchListingsQueryDto accepts, so a page URL and an API URL agree.
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const GSS_CODE = /^E\d{8}$/;
const POUNDS = /^(0|[1-9]\d{0,12})(\.\d{1,2})?$/;
const WHOLE_NUMBER = /^\d{1,6}$/;
const MAX_QUERY = 10_000;
const MAX_PAGE = 100_000;
const SLUG_LENGTH = { framework: 100, lot: 100, category: 150 } as const;

const FLAG_LABELS: Record<FlagField, string> = {
  sme: 'SME suppliers only',
  vcse: 'VCSE suppliers only',
  openSource: 'Open source',
  openApi: 'Open API',
  ukHosting: 'Hosted in the UK',
};

const CHOICE_MESSAGES = {
  framework: 'Select a framework from the list',
  lot: 'Select a lot from the list',
  category: 'Select a category from the list',
} as const;

/**
 * The catalogue search page's query string, checked as the API checks its own: each bad value
 * becomes a field error in GOV.UK words (so the page answers with an error summary, never a 500),
 * and good values become the criteria ListingSearchService takes. Empty fields mean "any", since
 * a GET form sends every field, filled in or not.
 */
export function readCatalogueQuery(query: unknown, isCouncil: (gssCode: string) => boolean): CatalogueSearchForm {
  const raw = typeof query === 'object' && query !== null ? (query as Record<string, unknown>) : {};
  const errors: FieldError[] = [];
  const fail = (field: string, message: string) => errors.push({ field, message });

  const q = single(raw, 'q', 'Search terms', fail).replace(/\s+/g, ' ').trim();
  if (q.length > MAX_QUERY) fail('q', `Search terms must be ${MAX_QUERY.toLocaleString('en-GB')} characters or fewer`);

  const choices = { framework: '', lot: '', category: '' };
  for (const field of ['framework', 'lot', 'category'] as const) {
    const value = single(raw, field, field, fail).trim();
    if (value !== '' && (value.length > SLUG_LENGTH[field] || !SLUG.test(value))) fail(field, CHOICE_MESSAGES[field]);
    choices[field] = value;
  }

  const localTo = single(raw, 'localTo', 'Council', fail).trim().toUpperCase();
  if (localTo !== '' && (!GSS_CODE.test(localTo) || !isCouncil(localTo))) fail('localTo', 'Select a council from the list');

  // People type prices as they write them: "£5,000" means 5000.
  const maxPrice = single(raw, 'maxPrice', 'Maximum price', fail).replace(/[\s,£]/g, '');
  if (maxPrice !== '' && !POUNDS.test(maxPrice)) fail('maxPrice', 'Maximum price must be an amount in pounds, like 5000 or 5000.50');

  const flags = {} as Record<FlagField, boolean>;
  for (const field of FLAG_FIELDS) {
    const value = single(raw, field, FLAG_LABELS[field], fail);
    if (value !== '' && value !== 'true') fail(field, `${FLAG_LABELS[field]} must be ticked or left unticked`);
    flags[field] = value === 'true';
  }

  const pageText = single(raw, 'page', 'Page', fail).trim();
  const page = pageText === '' ? 1 : Number(pageText);
  if (pageText !== '' && (!WHOLE_NUMBER.test(pageText) || page < 1 || page > MAX_PAGE)) {
    fail('page', `Page must be a whole number from 1 to ${MAX_PAGE.toLocaleString('en-GB')}`);
  }

  const values: CatalogueSearchValues = { q, ...choices, localTo, maxPrice, flags, page: errors.some((error) => error.field === 'page') ? 1 : page };
  if (errors.length > 0) return { ok: false, values, errors };
  return { ok: true, values, criteria: criteriaOf(values) };
}

/** The criteria for ListingSearchService: the same shape the API builds, so both answer alike. */
function criteriaOf(values: CatalogueSearchValues): SearchCriteria {
  const flag = (field: FlagField) => (values.flags[field] ? true : undefined);
  return {
    q: values.q || undefined,
    framework: values.framework || undefined,
    lot: values.lot || undefined,
    category: values.category || undefined,
    localTo: values.localTo || undefined,
    sme: flag('sme'),
    vcse: flag('vcse'),
    openSource: flag('openSource'),
    openApi: flag('openApi'),
    ukHosting: flag('ukHosting'),
    maxPricePence: values.maxPrice ? poundsToPence(values.maxPrice) : undefined,
    page: values.page,
    pageSize: RESULTS_PER_PAGE,
  };
}

/** One text value: a field given twice (`lot=a&lot=b`) is refused rather than silently picking one. */
function single(raw: Record<string, unknown>, field: string, label: string, fail: (field: string, message: string) => void): string {
  const value = raw[field];
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  fail(field, `${capitalise(label)} must be given once`);
  return Array.isArray(value) && typeof value[0] === 'string' ? value[0] : '';
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The query string that asks for this search again, on another page: only the fields in use, in a
 * fixed order, so links are short and equal searches have equal addresses.
 */
export function searchHref(values: CatalogueSearchValues, page = 1): string {
  const params = new URLSearchParams();
  if (values.q) params.set('q', values.q);
  for (const field of ['framework', 'lot', 'category', 'localTo', 'maxPrice'] as const) {
    if (values[field]) params.set(field, values[field]);
  }
  for (const field of FLAG_FIELDS) if (values.flags[field]) params.set(field, 'true');
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `/catalogue?${query}` : '/catalogue';
}
