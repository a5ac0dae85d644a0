import type { ContractFilter } from '@app/procurement';
import type { FieldError } from '@app/shared';
import { readDateInput } from '../buyer/date-input';

export const CONTRACTS_PER_PAGE = 20;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE_FILTERS = { endAfter: 'Ends on or after', endBefore: 'Ends on or before' } as const;

/** The register's filters as the query string carries them: what is put back into the form and the links. */
export type ContractsQueryValues = Record<string, string>;

export interface ContractsQuery {
  filter: ContractFilter;
  page: number;
  values: ContractsQueryValues;
  errors: FieldError[];
}

function text(query: Record<string, unknown>, name: string): string {
  const value = query[name];
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * The register's query string as a service filter, the values to show again, and what is wrong with
 * it in GOV.UK's words. A filter that is not understood is left out of the search, never guessed at.
 */
export function readContractsQuery(raw: unknown, isCouncil: (gssCode: string) => boolean): ContractsQuery {
  const query = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const filter: ContractFilter = {};
  const errors: FieldError[] = [];
  const values: ContractsQueryValues = {};

  const council = text(query, 'council');
  if (council) {
    values.council = council;
    if (isCouncil(council)) filter.council = council;
    else errors.push({ field: 'council', message: 'Select a council from the list' });
  }
  const supplier = text(query, 'supplier');
  if (supplier && UUID.test(supplier)) {
    values.supplier = supplier.toLowerCase();
    filter.supplier = values.supplier;
  }
  for (const [name, label] of Object.entries(DATE_FILTERS) as [keyof typeof DATE_FILTERS, string][]) {
    for (const box of ['day', 'month', 'year']) {
      const typed = text(query, `${name}-${box}`);
      if (typed) values[`${name}-${box}`] = typed;
    }
    const answer = readDateInput(query, name);
    if (answer.kind === 'invalid') errors.push({ field: name, message: `${label} must be a real date, like 27 3 2027` });
    if (answer.kind === 'date') filter[name] = answer.date;
  }
  if (filter.endAfter && filter.endBefore && filter.endBefore < filter.endAfter) {
    errors.push({ field: 'endBefore', message: 'Ends on or before must be the same as or after ends on or after' });
  }
  const page = Number.parseInt(text(query, 'page'), 10);
  return { filter, page: Number.isInteger(page) && page > 0 ? page : 1, values, errors };
}

/** The register's address with these filters, on this page. */
export function contractsHref(values: ContractsQueryValues, page = 1): string {
  const params = new URLSearchParams(Object.entries(values).filter(([, value]) => value !== ''));
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `/contracts?${query}` : '/contracts';
}
