import { penceToPounds } from '@app/shared';
import { addMonths, wholeMonthsBetween, withinMonths } from '../../contracts/domain/calendar';
import { annualisedPence } from '../../contracts/domain/contract-terms';
import { cpvGroupsOf, sharesCpvGroup } from '../../contracts/domain/cpv-groups';

/**
 * The renewal recommendation for one contract, from the contracts register and other councils'
 * needs. Pure: the service loads the evidence, this decides.
 *
 * Rules:
 * - "Similar CPV" is the same CPV group (first three digits) on any of the two contracts' codes.
 * - Peers are other councils' contracts with similar CPV, from every source in the register.
 * - Joint re-tender applies when another council has a similar contract ending, or an open need
 *   that is open to collaboration starting (or its current contract ending), within six months
 *   of this contract's end: they could go to market together.
 * - Renegotiate applies when the annual price is above the median annual price of peers whose
 *   contracts ran within the last two years (older prices say little); the median needs at least
 *   three peers, fewer is not evidence. A contract without an annual value is annualised from its
 *   total over its term.
 * - Renew applies when the contract can still be extended (extension until after its end) and
 *   its price is not shown to be above the peer median.
 * - Re-tender otherwise.
 *
 * Precedence, as a council buyer would decide: a joint re-tender first when partners exist (shared
 * cost of procurement and more buying power outweigh the rest, and a price above the median is
 * another reason to go back to market); else renegotiate when the price is above the median (an
 * extension is the leverage, not a reason to carry on paying too much); else renew when an
 * extension is left; else re-tender. Every rule's finding is in the reasons, whichever wins.
 */
export const RECOMMENDATIONS = ['joint-retender', 'renegotiate', 'renew', 'retender'] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];

export const PIPELINE_RULES = {
  partnerWindowMonths: 6,
  minPeersForMedian: 3,
  peerPriceLookbackMonths: 24,
} as const;

export type PipelineRules = { [K in keyof typeof PIPELINE_RULES]: number };

export interface PipelineContract {
  id: string;
  councilCode: string;
  title: string;
  cpvCodes: string[];
  valuePence: bigint;
  annualValuePence: bigint | null;
  startDate: string;
  endDate: string;
  extensionUntil: string | null;
}

export interface PeerContract extends PipelineContract {
  councilName: string;
}

/** Another council's open need, open to collaboration. */
export interface PeerNeed {
  id: string;
  councilCode: string;
  councilName: string;
  title: string;
  cpvCodes: string[];
  wantedStartDate: string | null;
  currentEndDate: string | null;
}

export interface PartnerEvidence {
  kind: 'contract' | 'need';
  id: string;
  title: string;
  /** contract-end: the peer contract ends then; wanted-start and current-contract-end come from a need. */
  dateKind: 'contract-end' | 'wanted-start' | 'current-contract-end';
  date: string;
  monthsApart: number;
}

export interface Partner {
  councilCode: string;
  councilName: string;
  evidence: PartnerEvidence[];
}

export type RecommendationReason =
  | { code: 'partners-found'; summary: string; windowMonths: number; partners: Partner[] }
  | { code: 'no-partners'; summary: string; windowMonths: number }
  | {
      code: 'price-above-median';
      summary: string;
      annualValue: string;
      peerMedian: string;
      peerCount: number;
      aboveBy: string;
      aboveByPercent: number | null;
    }
  | { code: 'price-not-above-median'; summary: string; annualValue: string; peerMedian: string; peerCount: number }
  | { code: 'too-few-peer-prices'; summary: string; peerCount: number; needed: number }
  | { code: 'extension-available'; summary: string; extensionUntil: string; monthsAvailable: number }
  | { code: 'no-extension'; summary: string };

export interface ContractRecommendation {
  contractId: string;
  recommendation: Recommendation;
  /** Every outcome whose rule holds, in order of precedence; the first is the recommendation. */
  applicable: Recommendation[];
  reasons: RecommendationReason[];
  /** Pounds a year, as compared with peers. */
  annualValue: string;
  /** True when the annual value was worked out from the total and the term. */
  annualValueDerived: boolean;
  cpvGroups: string[];
}

export function recommend(
  contract: PipelineContract,
  evidence: { contracts: readonly PeerContract[]; needs: readonly PeerNeed[] },
  asOf: string,
  rules: PipelineRules = PIPELINE_RULES,
): ContractRecommendation {
  const reasons: RecommendationReason[] = [];
  const similar = evidence.contracts.filter(
    (peer) => peer.id !== contract.id && peer.councilCode !== contract.councilCode && sharesCpvGroup(contract.cpvCodes, peer.cpvCodes),
  );

  const partners = findPartners(contract, similar, evidence.needs, rules.partnerWindowMonths);
  reasons.push(
    partners.length > 0
      ? {
          code: 'partners-found',
          summary: `${partners.map((partner) => partner.councilName).join(', ')} ${partners.length === 1 ? 'has' : 'have'} similar contracts or needs within ${rules.partnerWindowMonths} months of this contract's end`,
          windowMonths: rules.partnerWindowMonths,
          partners,
        }
      : {
          code: 'no-partners',
          summary: `No other council has a similar contract or collaborative need within ${rules.partnerWindowMonths} months of this contract's end`,
          windowMonths: rules.partnerWindowMonths,
        },
  );

  const annual = annualisedPence(contract);
  const priceFrom = addMonths(asOf, -rules.peerPriceLookbackMonths);
  const prices = similar.filter((peer) => peer.endDate >= priceFrom).map(annualisedPence);
  let aboveMedian = false;
  if (prices.length < rules.minPeersForMedian) {
    reasons.push({
      code: 'too-few-peer-prices',
      summary:
        prices.length === 0
          ? `No other council's contract in the same CPV group to compare prices with; at least ${rules.minPeersForMedian} are needed`
          : `Only ${prices.length} other council contract${prices.length === 1 ? '' : 's'} in the same CPV group to compare prices with; at least ${rules.minPeersForMedian} are needed`,
      peerCount: prices.length,
      needed: rules.minPeersForMedian,
    });
  } else {
    const peerMedian = median(prices);
    aboveMedian = annual > peerMedian;
    if (aboveMedian) {
      const aboveBy = annual - peerMedian;
      const percent = peerMedian > 0n ? Number((aboveBy * 1000n) / peerMedian) / 10 : null;
      reasons.push({
        code: 'price-above-median',
        summary: `£${penceToPounds(annual)} a year is £${penceToPounds(aboveBy)}${percent === null ? '' : ` (${percent}%)`} above the median of ${prices.length} similar contracts, £${penceToPounds(peerMedian)}`,
        annualValue: penceToPounds(annual),
        peerMedian: penceToPounds(peerMedian),
        peerCount: prices.length,
        aboveBy: penceToPounds(aboveBy),
        aboveByPercent: percent,
      });
    } else {
      reasons.push({
        code: 'price-not-above-median',
        summary: `£${penceToPounds(annual)} a year is not above the median of ${prices.length} similar contracts, £${penceToPounds(peerMedian)}`,
        annualValue: penceToPounds(annual),
        peerMedian: penceToPounds(peerMedian),
        peerCount: prices.length,
      });
    }
  }

  const extensionUntil = contract.extensionUntil;
  const extensionLeft = extensionUntil !== null && extensionUntil > contract.endDate;
  if (extensionLeft) {
    reasons.push({
      code: 'extension-available',
      summary: `The contract can be extended to ${longDate(extensionUntil)}`,
      extensionUntil,
      monthsAvailable: wholeMonthsBetween(contract.endDate, extensionUntil),
    });
  } else {
    reasons.push({ code: 'no-extension', summary: 'The contract has no extension option left' });
  }

  const applicable: Recommendation[] = [];
  if (partners.length > 0) applicable.push('joint-retender');
  if (aboveMedian) applicable.push('renegotiate');
  if (extensionLeft && !aboveMedian) applicable.push('renew');
  if (applicable.length === 0) applicable.push('retender');

  return {
    contractId: contract.id,
    recommendation: applicable[0],
    applicable,
    reasons,
    annualValue: penceToPounds(annual),
    annualValueDerived: contract.annualValuePence === null,
    cpvGroups: cpvGroupsOf(contract.cpvCodes),
  };
}

/** The median, rounded half up to the penny when it falls between two prices. */
export function median(values: readonly bigint[]): bigint {
  if (values.length === 0) throw new RangeError('median of nothing');
  const sorted = [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle] + 1n) / 2n;
}

/** Contracts ending within the horizon from `asOf`, soonest first: what the pipeline lists. */
export function endingWithin<T extends { endDate: string; id: string }>(contracts: readonly T[], asOf: string, horizonMonths: number): T[] {
  const until = addMonths(asOf, horizonMonths);
  return contracts
    .filter((contract) => contract.endDate >= asOf && contract.endDate <= until)
    .sort((a, b) => a.endDate.localeCompare(b.endDate) || a.id.localeCompare(b.id));
}

function findPartners(contract: PipelineContract, similar: readonly PeerContract[], needs: readonly PeerNeed[], windowMonths: number): Partner[] {
  const byCouncil = new Map<string, Partner>();
  const add = (councilCode: string, councilName: string, item: PartnerEvidence) => {
    const partner = byCouncil.get(councilCode) ?? { councilCode, councilName, evidence: [] };
    partner.evidence.push(item);
    byCouncil.set(councilCode, partner);
  };
  const apart = (date: string) => wholeMonthsBetween(contract.endDate, date);
  for (const peer of similar) {
    if (withinMonths(contract.endDate, peer.endDate, windowMonths)) {
      add(peer.councilCode, peer.councilName, { kind: 'contract', id: peer.id, title: peer.title, dateKind: 'contract-end', date: peer.endDate, monthsApart: apart(peer.endDate) });
    }
  }
  for (const need of needs) {
    if (need.councilCode === contract.councilCode || !sharesCpvGroup(contract.cpvCodes, need.cpvCodes)) continue;
    // One piece of evidence per need: its wanted start if that is near, else its current contract's end.
    if (need.wantedStartDate && withinMonths(contract.endDate, need.wantedStartDate, windowMonths)) {
      add(need.councilCode, need.councilName, { kind: 'need', id: need.id, title: need.title, dateKind: 'wanted-start', date: need.wantedStartDate, monthsApart: apart(need.wantedStartDate) });
    } else if (need.currentEndDate && withinMonths(contract.endDate, need.currentEndDate, windowMonths)) {
      add(need.councilCode, need.councilName, { kind: 'need', id: need.id, title: need.title, dateKind: 'current-contract-end', date: need.currentEndDate, monthsApart: apart(need.currentEndDate) });
    }
  }
  return [...byCouncil.values()]
    .map((partner) => ({ ...partner, evidence: partner.evidence.sort((a, b) => a.monthsApart - b.monthsApart || a.id.localeCompare(b.id)) }))
    .sort((a, b) => a.councilName.localeCompare(b.councilName) || a.councilCode.localeCompare(b.councilCode));
}

/** 2028-08-01 as "1 August 2028", the way the GOV.UK style guide writes dates. */
function longDate(isoDate: string): string {
  return new Date(`${isoDate}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
