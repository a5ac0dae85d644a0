import type { ContractView } from '@app/procurement';
import type { Page } from '@app/shared';
import { formatDate } from '../buyer/need.view';
import { formatPounds } from '../catalogue/money';
import { contractsHref, ContractsQueryValues } from './contracts.query';

export interface ContractRowView {
  title: string;
  councilName: string;
  supplierName: string;
  supplierHref: string | null;
  value: string;
  startDate: string;
  endDate: string;
  flags: string;
}

export interface PaginationView {
  previous?: { href: string };
  next?: { href: string };
  items: ({ number: number; href: string; current: boolean } | { ellipsis: true })[];
}

export interface ContractsPageView {
  rows: ContractRowView[];
  total: string;
  pagination: PaginationView | null;
  /** The supplier the register is filtered to, with a link that removes that filter. */
  supplierFilter: { name: string; removeHref: string } | null;
}

function row(contract: ContractView): ContractRowView {
  const flags = [contract.supplierIsSme ? 'SME' : null, contract.supplierIsVcse ? 'VCSE' : null].filter((flag) => flag !== null);
  return {
    title: contract.title,
    councilName: contract.council.name,
    supplierName: contract.supplierName,
    supplierHref: contract.supplierId ? contractsHref({ supplier: contract.supplierId }) : null,
    value: formatPounds(contract.value),
    startDate: formatDate(contract.startDate),
    endDate: formatDate(contract.endDate),
    flags: flags.length > 0 ? flags.join(', ') : 'No',
  };
}

export function paginationView(values: ContractsQueryValues, current: number, pages: number): PaginationView | null {
  if (pages <= 1) return null;
  const shown = [...new Set([1, current - 1, current, current + 1, pages])].filter((page) => page >= 1 && page <= pages).sort((a, b) => a - b);
  const items: PaginationView['items'] = [];
  shown.forEach((page, index) => {
    if (index > 0 && page - shown[index - 1] > 1) items.push({ ellipsis: true });
    items.push({ number: page, href: contractsHref(values, page), current: page === current });
  });
  return {
    previous: current > 1 ? { href: contractsHref(values, current - 1) } : undefined,
    next: current < pages ? { href: contractsHref(values, current + 1) } : undefined,
    items,
  };
}

export function toContractsPageView(result: Page<ContractView>, values: ContractsQueryValues): ContractsPageView {
  const pages = Math.ceil(result.total / result.pageSize);
  const { supplier, ...withoutSupplier } = values;
  return {
    rows: result.items.map(row),
    total: result.total === 1 ? '1 contract' : `${result.total.toLocaleString('en-GB')} contracts`,
    pagination: paginationView(values, Math.min(result.page, Math.max(pages, 1)), pages),
    supplierFilter: supplier ? { name: result.items[0]?.supplierName ?? 'the selected supplier', removeHref: contractsHref(withoutSupplier) } : null,
  };
}
