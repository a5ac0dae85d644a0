import { createHash } from 'node:crypto';
import { cpvSetSimilarity } from './cpv-similarity';
import { MatchReason, Scored, unit } from './match-reason';
import { textSimilarity } from './text-similarity';

/** What the buyers asked of suppliers: any participating need's preference counts. */
export interface BuyerPreferences {
  sme: boolean;
  local: boolean;
  openSource: boolean;
  openStandards: boolean;
  ukHosting: boolean;
}

export interface OpportunityFacts {
  id: string;
  /** The framework lot bought from; null for an open procurement, which any published listing may answer. */
  lotId: string | null;
  cpvCodes: readonly string[];
  /** Service categories the buyers named; often none. */
  categoryIds: readonly string[];
  text: string;
  /** GSS codes of every participating council, the lead's included. */
  councilCodes: readonly string[];
  preferences: BuyerPreferences;
}

export interface ListingFacts {
  id: string;
  supplierId: string;
  name: string;
  status: string;
  lotId: string;
  supplierActive: boolean;
  cpvCodes: readonly string[];
  categoryIds: readonly string[];
  text: string;
  supplierIsSme: boolean;
  supplierIsVcse: boolean;
  /** GSS codes of the councils the supplier is local to. */
  supplierLocalTo: readonly string[];
  openSource: boolean;
  openStandards: readonly string[];
  ukHosting: boolean;
}

export interface RelevanceWeights {
  cpv: number;
  category: number;
  text: number;
}

export interface SupplierMatchSettings {
  relevance: RelevanceWeights;
  /** How much of the score the buyer's preferences decide, in [0, 1]. */
  preferenceWeight: number;
}

export interface MatchFlags {
  sme: boolean;
  vcse: boolean;
  local: boolean;
}

export interface SupplierMatch {
  listingId: string;
  supplierId: string;
  score: number;
  relevance: number;
  reasons: MatchReason[];
  flags: MatchFlags;
}

/** Only a published listing of an active supplier, on the opportunity's lot, may be matched at all. */
export function isEligible(opportunity: OpportunityFacts, listing: ListingFacts): boolean {
  return listing.status === 'published' && listing.supplierActive && (opportunity.lotId === null || listing.lotId === opportunity.lotId);
}

function categorySimilarity(a: readonly string[], b: readonly string[]): number {
  const left = new Set(a);
  const right = new Set(b);
  const shared = [...left].filter((id) => right.has(id)).length;
  return shared / (left.size + right.size - shared);
}

/**
 * Relevance first (CPV, categories, text, weighted; a part the opportunity says nothing about is
 * left out rather than counted as 0), then the buyer's preferences scale it: a listing meeting all
 * of them keeps its relevance, one meeting none loses `preferenceWeight` of it. So preferences
 * reorder relevant listings but never lift an irrelevant one. Null when not eligible.
 */
export function scoreListing(opportunity: OpportunityFacts, listing: ListingFacts, settings: SupplierMatchSettings): SupplierMatch | null {
  return scoreListingWithText(opportunity, listing, settings, () => textSimilarity(opportunity.text, listing.text));
}

/**
 * scoreListing with the text part supplied: the prefilter passes an estimate of text similarity
 * computed in SQL, so as to rank many listings without reading their texts here.
 */
export function scoreListingWithText(opportunity: OpportunityFacts, listing: ListingFacts, settings: SupplierMatchSettings, textPart: () => Scored): SupplierMatch | null {
  if (!isEligible(opportunity, listing)) return null;
  const { relevance: weights } = settings;
  const reasons: MatchReason[] = [];
  let weighted = 0;
  let total = 0;
  if (opportunity.cpvCodes.length > 0) {
    const cpv = cpvSetSimilarity(opportunity.cpvCodes, listing.cpvCodes);
    weighted += weights.cpv * cpv.score;
    total += weights.cpv;
    reasons.push(...cpv.reasons.map((reason) => (reason.code === 'shared-cpv' ? { ...reason, text: reason.text.replace('both buy', 'offers') } : reason)));
  }
  if (opportunity.categoryIds.length > 0) {
    const category = listing.categoryIds.length > 0 ? categorySimilarity(opportunity.categoryIds, listing.categoryIds) : 0;
    weighted += weights.category * category;
    total += weights.category;
    if (category > 0) reasons.push({ code: 'shared-category', text: 'in a service category the buyers named' });
  }
  const text = textPart();
  weighted += weights.text * text.score;
  total += weights.text;
  reasons.push(...text.reasons);
  const relevance = total > 0 ? unit(weighted / total) : 0;

  const local = listing.supplierLocalTo.some((code) => opportunity.councilCodes.includes(code));
  const flags: MatchFlags = { sme: listing.supplierIsSme, vcse: listing.supplierIsVcse, local };
  const asked: [keyof BuyerPreferences, boolean, string][] = [
    ['sme', listing.supplierIsSme, 'an SME, as the buyers prefer'],
    ['local', local, 'local to a participating council'],
    ['openSource', listing.openSource, 'open source'],
    ['openStandards', listing.openStandards.length > 0, `uses open standards (${listing.openStandards.slice(0, 3).join(', ')})`],
    ['ukHosting', listing.ukHosting, 'hosted in the UK'],
  ];
  const wanted = asked.filter(([preference]) => opportunity.preferences[preference]);
  const met = wanted.filter(([, meets]) => meets);
  for (const [preference, , text] of met) reasons.push({ code: `prefers-${preference}`, text });
  const fraction = wanted.length === 0 ? 1 : met.length / wanted.length;
  const weight = unit(settings.preferenceWeight);
  const score = unit(relevance * (1 - weight + weight * fraction));
  return { listingId: listing.id, supplierId: listing.supplierId, score, relevance, reasons, flags };
}

/** A neutral, stable order for equal scores: neither the listing's name nor its id's spelling wins. */
export function tieBreakKey(listingId: string, opportunityId: string): string {
  return createHash('sha256').update(`${listingId}|${opportunityId}`).digest('hex');
}

/**
 * Eligible listings whose relevance reaches the floor, best first, at most `limit`. Equal scores
 * are ordered by a hash of (listing, opportunity), so no supplier is favoured by its name.
 */
export function rankListings(
  opportunity: OpportunityFacts,
  listings: readonly ListingFacts[],
  settings: SupplierMatchSettings & { floor: number; limit: number },
): SupplierMatch[] {
  const keyed = listings
    .map((listing) => scoreListing(opportunity, listing, settings))
    .filter((match): match is SupplierMatch => match !== null && match.relevance > 0 && match.relevance >= settings.floor)
    .map((match) => ({ match, key: tieBreakKey(match.listingId, opportunity.id) }));
  keyed.sort((a, b) => b.match.score - a.match.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.slice(0, settings.limit).map(({ match }) => match);
}
