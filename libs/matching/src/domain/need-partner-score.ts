import { cpvSetSimilarity } from './cpv-similarity';
import { MatchReason, Scored, unit } from './match-reason';
import { textSimilarity } from './text-similarity';
import { NeedTiming, timingSimilarity } from './timing';

/** What partner matching knows about a need. */
export interface NeedFacts extends NeedTiming {
  id: string;
  councilCode: string;
  /** The council's region name, e.g. "Yorkshire and The Humber"; null when unknown. */
  region: string | null;
  title: string;
  description: string;
  cpvCodes: readonly string[];
  lotId: string | null;
}

/** Relative weights of the parts of a need ↔ need score; they need not sum to 1. */
export interface PartnerWeights {
  cpv: number;
  text: number;
  timing: number;
  lot: number;
  region: number;
}

export interface PartnerScore extends Scored {
  parts: Record<keyof PartnerWeights, number>;
}

/**
 * How good a partner one need is for another: the weighted mean of CPV, text, timing, same lot and
 * same region. Every part is symmetric, so the score is too, and reasons come in a fixed order.
 */
export function needPartnerScore(a: NeedFacts, b: NeedFacts, weights: PartnerWeights): PartnerScore {
  const cpv = cpvSetSimilarity(a.cpvCodes, b.cpvCodes);
  const text = textSimilarity(`${a.title} ${a.description}`, `${b.title} ${b.description}`);
  const timing = timingSimilarity(a, b);
  const sameLot = a.lotId !== null && a.lotId === b.lotId;
  const sameRegion = a.region !== null && a.region === b.region;
  const parts = { cpv: cpv.score, text: text.score, timing: timing.score, lot: sameLot ? 1 : 0, region: sameRegion ? 1 : 0 };

  const total = weights.cpv + weights.text + weights.timing + weights.lot + weights.region;
  const weighted =
    weights.cpv * parts.cpv + weights.text * parts.text + weights.timing * parts.timing + weights.lot * parts.lot + weights.region * parts.region;
  const reasons: MatchReason[] = [...cpv.reasons, ...timing.reasons];
  if (sameLot) reasons.push({ code: 'same-lot', text: 'both want to buy from the same framework lot' });
  if (sameRegion) reasons.push({ code: 'same-region', text: `both in ${a.region}` });
  reasons.push(...text.reasons);
  return { score: total > 0 ? unit(weighted / total) : 0, reasons, parts };
}
