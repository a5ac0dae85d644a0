import { MatchReason } from './match-reason';
import { NeedFacts, needPartnerScore, PartnerWeights } from './need-partner-score';
import { tieBreakKey } from './supplier-match';

export interface PartnerCandidate {
  needId: string;
  partnerNeedId: string;
  score: number;
  reasons: MatchReason[];
}

/**
 * The best partners for one need among other councils' needs: above the floor, best first, at
 * most `limit`; equal scores ordered by a hash of the pair, never by id spelling.
 */
export function rankPartners(
  need: NeedFacts,
  others: readonly NeedFacts[],
  settings: { weights: PartnerWeights; floor: number; limit: number },
): PartnerCandidate[] {
  return others
    .filter((other) => other.id !== need.id && other.councilCode !== need.councilCode)
    .map((other) => {
      const { score, reasons } = needPartnerScore(need, other, settings.weights);
      return { needId: need.id, partnerNeedId: other.id, score, reasons, key: tieBreakKey(other.id, need.id) };
    })
    .filter((candidate) => candidate.score >= settings.floor && candidate.score > 0)
    .sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, settings.limit)
    .map(({ key: _key, ...candidate }) => candidate);
}
