import type { SupplierView } from '@app/organisations';

export interface SummaryRow {
  key: { text: string };
  value: { text: string };
}

/** The public profile in plain words: only what anyone may see, even when the owner is looking. */
export interface SupplierPageView {
  pageTitle: string;
  name: string;
  companiesHouseHref: string;
  facts: SummaryRow[];
  offices: string[];
  localCouncils: string[];
  searchHref: string;
}

export interface CouncilName {
  gssCode: string;
  name: string;
}

const SME = {
  yes: 'Yes. It has fewer than 250 staff, and either a turnover of £44 million or less or a balance sheet of £38 million or less.',
  no: 'No. It has 250 staff or more, or both a turnover over £44 million and a balance sheet over £38 million.',
};

const VCSE = {
  yes: 'Yes. It is a voluntary or community organisation, a charity or a social enterprise.',
  no: 'No. It is not a voluntary, community or social enterprise.',
};

function row(key: string, value: string): SummaryRow {
  return { key: { text: key }, value: { text: value } };
}

function councilsWord(count: number): string {
  return count === 1 ? '1 council' : `${count.toLocaleString('en-GB')} councils`;
}

/**
 * The supplier page. "Local" is explained by the rule that decides it, and when a buyer is looking,
 * answered for their own council.
 */
export function toSupplierPageView(supplier: SupplierView, councils: readonly CouncilName[], buyerCouncil?: CouncilName): SupplierPageView {
  const names = new Map(councils.map((council) => [council.gssCode, council.name]));
  const local = supplier.localTo.length === 0 ? 'Not local to any council yet: it has no offices listed.' : `Local to ${councilsWord(supplier.localTo.length)}.`;
  const yours = buyerCouncil
    ? ` ${supplier.localTo.includes(buyerCouncil.gssCode) ? 'It is' : 'It is not'} local to your council, ${buyerCouncil.name}.`
    : '';
  return {
    pageTitle: supplier.name,
    name: supplier.name,
    companiesHouseHref: `https://find-and-update.company-information.service.gov.uk/company/${encodeURIComponent(supplier.companyNumber)}`,
    facts: [
      row('Companies House number', supplier.companyNumber),
      row('Small or medium-sized enterprise (SME)', supplier.isSme ? SME.yes : SME.no),
      row('Voluntary, community or social enterprise (VCSE)', supplier.isVcse ? VCSE.yes : VCSE.no),
      row('Local supplier', `${local}${yours}`),
    ],
    offices: [...new Set(supplier.offices.map((office) => office.councilName))],
    localCouncils: supplier.localTo.map((code) => names.get(code) ?? code).sort((a, b) => a.localeCompare(b, 'en-GB')),
    searchHref: `/catalogue?${new URLSearchParams({ q: supplier.name }).toString()}`,
  };
}
