import type { FacetCount, ListingSearchItem, ListingSearchResult } from '@app/catalogue';
import type { FieldError } from '@app/shared';
import { ErrorSummaryItem, fieldId, FormErrors } from '../http/form-errors';
import { CatalogueSearchValues, FlagField, searchHref } from './catalogue-search.query';
import { formatPriceRange } from './money';

/** How many categories the filter offers: the most common ones, plus the one chosen. */
export const TOP_CATEGORIES = 10;

export interface CouncilChoice {
  gssCode: string;
  name: string;
}

/** A live framework and its lots, to name the choices the search's facets give by slug. */
export interface FrameworkChoice {
  slug: string;
  name: string;
  lots: { id: string; slug: string; name: string; description: string | null }[];
}

// Shapes govuk-frontend's radios, checkboxes and select macros take as `items`.
export interface RadioItem {
  value: string;
  text: string;
  checked: boolean;
}

export interface CheckboxItem {
  id: string;
  name: string;
  value: string;
  text: string;
  hint?: { text: string };
  checked: boolean;
}

export interface SelectItem {
  value: string;
  text: string;
  selected: boolean;
}

export interface SearchResultView {
  href: string;
  name: string;
  supplier: { name: string; href: string };
  placement: string;
  /** Escaped by the catalogue library, with only <mark> added around matched words. */
  snippetHtml: string;
  price: string;
  tags: { text: string; classes: string }[];
}

export interface PaginationView {
  previous?: { href: string };
  next?: { href: string };
  items: ({ number: number; href: string; current: boolean } | { ellipsis: true })[];
}

export interface CatalogueSearchView {
  pageTitle: string;
  values: { q: string; maxPrice: string };
  errors?: FormErrors;
  filters: {
    framework: RadioItem[];
    lot: RadioItem[];
    category: RadioItem[];
    categoryHint?: string;
    supplier: CheckboxItem[];
    standards: CheckboxItem[];
    /** The council picker, when the visitor is not a buyer searching near their own council. */
    council?: SelectItem[];
  };
  errorFor: { supplier?: { text: string }; standards?: { text: string } };
  clearFiltersHref: string;
  results?: {
    heading: string;
    similarNamesFor?: string;
    items: SearchResultView[];
    pagination?: PaginationView;
    /** Past the last page: where the results start. */
    firstPageHref?: string;
  };
}

export interface CatalogueSearchInput {
  values: CatalogueSearchValues;
  errors?: FieldError[];
  result?: ListingSearchResult;
  councils: readonly CouncilChoice[];
  frameworks: readonly FrameworkChoice[];
  /** A signed-in buyer's council: "local to my council" becomes one tick box. */
  buyerCouncil?: CouncilChoice;
}

const FLAG_TEXT: Record<FlagField, { text: string; hint?: string }> = {
  sme: { text: 'SME suppliers only', hint: 'Small and medium-sized enterprises: fewer than 250 staff' },
  vcse: { text: 'VCSE suppliers only', hint: 'Voluntary, community and social enterprises, such as charities' },
  openSource: { text: 'Open source' },
  openApi: { text: 'Open API' },
  ukHosting: { text: 'Hosted in the UK' },
};

/** Fields with no control of their own on the page: their errors are listed but not linked. */
const UNLINKED_FIELDS = new Set(['page']);

/** Everything the search page shows, in the words and shapes its template needs, and nothing else. */
export function toCatalogueSearchView(input: CatalogueSearchInput): CatalogueSearchView {
  const { values, result } = input;
  const facets = result?.facets;
  // A buyer gets a tick box for their own council, unless the address asks about another one.
  const own = input.buyerCouncil;
  const ownCouncil = own && (values.localTo === '' || values.localTo === own.gssCode) ? own : undefined;
  const errors = input.errors && input.errors.length > 0 ? searchErrors(input.errors) : undefined;
  const errorOf = (...fields: string[]) => fields.map((field) => errors?.byField[field]).find((message) => message !== undefined);

  const supplier = (['sme', 'vcse'] as const).map((field) => flagItem(field, values, facets?.[field]));
  if (ownCouncil) {
    supplier.push({
      id: 'localTo',
      name: 'localTo',
      value: ownCouncil.gssCode,
      text: `Local to ${ownCouncil.name}`,
      hint: { text: 'With an office in your council’s area, its county or combined authority' },
      checked: values.localTo === ownCouncil.gssCode,
    });
  }

  const categories = topCategories(facets?.category ?? [], values.category);
  // A refused choice is not offered back (sending the form again would only repeat the error).
  const chosen = (field: 'framework' | 'lot' | 'category') => (errors?.byField[field] ? '' : values[field]);
  const counted = result !== undefined;
  const frameworkName = (slug: string) => input.frameworks.find((framework) => framework.slug === slug)?.name ?? readableSlug(slug);
  const lotName = (slug: string) =>
    input.frameworks.flatMap((framework) => framework.lots).find((lot) => lot.slug === slug)?.name ?? readableSlug(slug);
  return {
    pageTitle: pageTitle(values, result),
    values: { q: values.q, maxPrice: values.maxPrice },
    errors,
    filters: {
      framework: radioItems('Any framework', chosen('framework'), frameworkOptions(facets?.lot ?? [], input.frameworks), frameworkName, counted),
      lot: radioItems('Any lot', chosen('lot'), mergeBySlug(facets?.lot ?? []), lotName, counted),
      category: radioItems('Any category', chosen('category'), categories.options, readableSlug, counted),
      categoryHint: categories.truncated ? `The ${TOP_CATEGORIES} categories with the most services` : undefined,
      supplier,
      standards: (['openSource', 'openApi', 'ukHosting'] as const).map((field) => flagItem(field, values, facets?.[field])),
      council: ownCouncil ? undefined : councilItems(input.councils, values.localTo),
    },
    errorFor: {
      supplier: errorOf('sme', 'vcse', ...(ownCouncil ? ['localTo'] : [])),
      standards: errorOf('openSource', 'openApi', 'ukHosting'),
    },
    clearFiltersHref: values.q ? `/catalogue?${new URLSearchParams({ q: values.q }).toString()}` : '/catalogue',
    results: result && !errors ? resultsView(values, result) : undefined,
  };
}

function searchErrors(fieldErrors: readonly FieldError[]): FormErrors {
  const summary: ErrorSummaryItem[] = [];
  const byField: Record<string, { text: string }> = {};
  for (const { field, message } of fieldErrors) {
    if (byField[field]) continue;
    byField[field] = { text: message };
    summary.push(UNLINKED_FIELDS.has(field) ? { text: message } : { text: message, href: `#${fieldId(field)}` });
  }
  return { summary, byField };
}

function pageTitle(values: CatalogueSearchValues, result: ListingSearchResult | undefined): string {
  const base = values.q ? `Search results for ‘${values.q}’` : 'Search the catalogue';
  const pages = result ? pageCount(result) : 0;
  return pages > 1 ? `${base} (page ${values.page} of ${pages})` : base;
}

function withCount(name: string, count: number): string {
  return `${name} (${count.toLocaleString('en-GB')})`;
}

/** "Any …" first, so the group always has an option to link an error to and a way back to everything. */
function radioItems(anyText: string, selected: string, options: readonly FacetCount[], nameOf: (slug: string) => string, counted: boolean): RadioItem[] {
  const items: RadioItem[] = [{ value: '', text: anyText, checked: selected === '' }];
  for (const option of options) items.push({ value: option.slug, text: withCount(option.name, option.count), checked: option.slug === selected });
  // A choice that matches nothing (other filters narrowed it away), or that no search ran for, stays visible and chosen.
  if (selected !== '' && !options.some((option) => option.slug === selected)) {
    items.push({ value: selected, text: counted ? withCount(nameOf(selected), 0) : nameOf(selected), checked: true });
  }
  return items;
}

/** Frameworks, counted from their lots' counts (a listing sits on exactly one lot), named from the live frameworks. */
function frameworkOptions(lots: ListingSearchResult['facets']['lot'], frameworks: readonly FrameworkChoice[]): FacetCount[] {
  const counts = new Map<string, number>();
  for (const lot of lots) counts.set(lot.framework, (counts.get(lot.framework) ?? 0) + lot.count);
  return [...counts]
    .map(([slug, count]) => ({ slug, name: frameworks.find((framework) => framework.slug === slug)?.name ?? readableSlug(slug), count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'en-GB'));
}

/** A name for a slug nothing else names (a choice that matches nothing): "cloud-software" reads as "Cloud software". */
function readableSlug(slug: string): string {
  const words = slug.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Lots or categories of the same slug on different frameworks or lots are one choice for the filter, which is by slug. */
function mergeBySlug(facets: readonly FacetCount[]): FacetCount[] {
  const merged = new Map<string, FacetCount>();
  for (const facet of facets) {
    const seen = merged.get(facet.slug);
    merged.set(facet.slug, seen ? { ...seen, count: seen.count + facet.count } : { slug: facet.slug, name: facet.name, count: facet.count });
  }
  return [...merged.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'en-GB'));
}

function topCategories(facets: readonly FacetCount[], selected: string): { options: FacetCount[]; truncated: boolean } {
  const all = mergeBySlug(facets);
  const options = all.slice(0, TOP_CATEGORIES);
  const chosen = all.find((facet) => facet.slug === selected);
  if (chosen && !options.includes(chosen)) options.push(chosen);
  return { options, truncated: all.length > TOP_CATEGORIES };
}

function flagItem(field: FlagField, values: CatalogueSearchValues, count: number | undefined): CheckboxItem {
  const { text, hint } = FLAG_TEXT[field];
  return {
    id: field,
    name: field,
    value: 'true',
    text: count === undefined ? text : withCount(text, count),
    hint: hint ? { text: hint } : undefined,
    checked: values.flags[field],
  };
}

function councilItems(councils: readonly CouncilChoice[], selected: string): SelectItem[] {
  return [
    { value: '', text: 'Any council', selected: selected === '' },
    ...councils.map((council) => ({ value: council.gssCode, text: council.name, selected: council.gssCode === selected })),
  ];
}

function pageCount(result: ListingSearchResult): number {
  return Math.ceil(result.total / result.pageSize);
}

function resultsView(values: CatalogueSearchValues, result: ListingSearchResult): NonNullable<CatalogueSearchView['results']> {
  const pages = pageCount(result);
  const noun = result.total === 1 ? 'service' : 'services';
  return {
    heading: `${result.total.toLocaleString('en-GB')} ${noun}`,
    similarNamesFor: result.matchedBy === 'similar-names' ? values.q : undefined,
    items: result.items.map(resultView),
    pagination: pages > 1 && result.items.length > 0 ? paginationView(values, result.page, pages) : undefined,
    firstPageHref: result.total > 0 && result.items.length === 0 ? searchHref(values, 1) : undefined,
  };
}

function resultView(item: ListingSearchItem): SearchResultView {
  const tags = [
    ...(item.supplier.isSme ? [{ text: 'SME', classes: '' }] : []),
    ...(item.supplier.isVcse ? [{ text: 'VCSE', classes: 'govuk-tag--teal' }] : []),
    ...(item.standards.openSource ? [{ text: 'Open source', classes: 'govuk-tag--green' }] : []),
  ];
  return {
    href: `/catalogue/${encodeURIComponent(item.id)}`,
    name: item.name,
    supplier: { name: item.supplier.name, href: `/suppliers/${encodeURIComponent(item.supplier.id)}` },
    placement: `${item.lot.name}, ${item.framework.name}`,
    snippetHtml: item.snippetHtml,
    price: formatPriceRange(item.price),
    tags,
  };
}

/** GOV.UK pagination: first, last, and the pages either side of this one, with ellipses between. */
export function paginationView(values: CatalogueSearchValues, current: number, pages: number): PaginationView {
  const shown = [...new Set([1, current - 1, current, current + 1, pages])].filter((page) => page >= 1 && page <= pages).sort((a, b) => a - b);
  const items: PaginationView['items'] = [];
  shown.forEach((page, index) => {
    if (index > 0 && page - shown[index - 1] > 1) items.push({ ellipsis: true });
    items.push({ number: page, href: searchHref(values, page), current: page === current });
  });
  return {
    previous: current > 1 ? { href: searchHref(values, current - 1) } : undefined,
    next: current < pages ? { href: searchHref(values, current + 1) } : undefined,
    items,
  };
}

