import { isSme, SupplierPrivateView } from '@app/organisations';
import { poundsToPence } from '@app/shared';
import { formatPounds } from '../catalogue/money';
import type { CouncilOption } from '../register/council-items';

export interface SummaryRow {
  key: { text: string };
  value: { text: string };
}

/** The supplier's own profile, with the flags the service derives from it explained in plain words. */
export interface SupplierProfileView {
  name: string;
  details: SummaryRow[];
  sme: { isSme: boolean; explanation: string };
  local: { explanation: string; councils: string[] };
}

// Bigger than any threshold, to ask the rule about one figure at a time.
const BEYOND_ANY_LIMIT = 10n ** 18n;

/**
 * Why the service's SME rule (isSme, from @app/organisations) gives this answer: the rule is asked
 * about each figure alone, so the words can never disagree with the flag.
 */
export function explainSme(figures: { staffCount: number; turnover: string; balanceSheetTotal: string }): SupplierProfileView['sme'] {
  const turnoverPence = poundsToPence(figures.turnover);
  const balanceSheetPence = poundsToPence(figures.balanceSheetTotal);
  const sme = isSme({ staffCount: figures.staffCount, turnoverPence, balanceSheetPence });
  const fewStaff = isSme({ staffCount: figures.staffCount, turnoverPence: 0n, balanceSheetPence: 0n });
  const smallTurnover = isSme({ staffCount: 0, turnoverPence, balanceSheetPence: BEYOND_ANY_LIMIT });
  if (sme) {
    return {
      isSme: true,
      explanation: smallTurnover
        ? 'You are an SME because you have fewer than 250 staff and a turnover of £44m or less.'
        : 'You are an SME because you have fewer than 250 staff and a balance sheet total of £38m or less.',
    };
  }
  return {
    isSme: false,
    explanation: fewStaff
      ? 'You are not an SME because your turnover is over £44m and your balance sheet total is over £38m.'
      : 'You are not an SME because you have 250 staff or more.',
  };
}

function row(key: string, value: string): SummaryRow {
  return { key: { text: key }, value: { text: value } };
}

function namesOf(codes: readonly string[], councils: readonly CouncilOption[]): string[] {
  const names = new Map(councils.map((council) => [council.gssCode, council.name]));
  return codes.map((code) => names.get(code) ?? code);
}

function listInWords(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function toSupplierProfileView(supplier: SupplierPrivateView, councils: readonly CouncilOption[]): SupplierProfileView {
  const officeAreas = [...new Set(supplier.offices.map((office) => office.councilName))];
  const localCouncils = namesOf(supplier.localTo, councils).sort((a, b) => a.localeCompare(b, 'en-GB'));
  return {
    name: supplier.name,
    details: [
      row('Company name', supplier.name),
      row('Companies House number', supplier.companyNumber),
      row('VAT registration number', supplier.vatNumber ?? 'Not given'),
      row('Telephone', supplier.phone ?? 'Not given'),
      row('Number of staff', supplier.staffCount.toLocaleString('en-GB')),
      row('Annual turnover', formatPounds(supplier.turnover)),
      row('Balance sheet total', formatPounds(supplier.balanceSheetTotal)),
      row('Voluntary, community or social enterprise (VCSE)', supplier.isVcse ? 'Yes' : 'No'),
      row(
        supplier.offices.length === 1 ? 'Office' : 'Offices',
        supplier.offices.map((office) => (office.postcode ? `${office.councilName} (${office.postcode})` : office.councilName)).join('; '),
      ),
    ],
    sme: explainSme(supplier),
    local: {
      explanation:
        localCouncils.length === 0
          ? 'You do not count as local to any council yet, because you have no offices listed.'
          : `You count as local to ${localCouncils.length === 1 ? '1 council' : `${localCouncils.length} councils`} because you have an office in the area of ${listInWords(officeAreas)}. ` +
            'An office makes you local to its own council, to the county council or combined authority it is in, and to the other councils in that county or combined authority.',
      councils: localCouncils,
    },
  };
}
