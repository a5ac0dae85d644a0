import type { EntityManager } from 'typeorm';
import { ListingFacts, OpportunityFacts, scoreListingWithText, SupplierMatch, SupplierMatchSettings, tieBreakKey } from '../domain/supplier-match';
import { wordsOf } from '../domain/text-similarity';
import { cpvProxySql, cpvTiersOf } from './cpv-tiers';
import { LISTING_COLUMNS, ListingRow } from './match-facts.queries';

/**
 * The eligible listings (published, active supplier, on the opportunity's lot) most likely to rank
 * in its top N, at most `limit` (a few times N), for the exact score to rank; never the whole lot.
 *
 * 1. Pool: listings sharing a prefix with one of the opportunity's CPV codes, from the deepest tier
 *    (the code itself, then its class, group, division) until a tier holds N listings; each tier is
 *    one `&&` on ix_listing_matchable_cpv (cpv_prefixes of published listings of active suppliers).
 * 2. First cut, in SQL, of FIRST_CUT_FACTOR × `limit`: a stand-in for the score with the same
 *    weights (cpvProxySql, the rank of name and summary against the opportunity's words,
 *    categories, preferences); for those only, text similarity is estimated from the full search
 *    document (shared lexemes over all lexemes, the Jaccard textSimilarity computes on words).
 * 3. Second cut, here: the exact score (scoreListingWithText) with that estimate for text; the best
 *    `limit` are read in full and scored exactly by the caller.
 *
 * Why the top N survives: only text is estimated, and only CPV and text are coarse in the first
 * cut, so a listing of the true top N is lost only if (a) a deeper CPV tier already held N
 * listings and it shares only a shallower prefix, (b) more than FIRST_CUT_FACTOR × `limit` listings
 * of its pool look better on CPV depth and name/summary rank, or (c) the lexeme estimate misjudges
 * it against `limit - N` others; in each case it is one that its text alone would have to lift
 * past many listings with closer CPV codes, so what replaces it is a near tie (the integration test
 * checks that, against scoring every listing). A listing sharing no CPV division with the
 * opportunity is never considered: its CPV part is 0, and its relevance at most 0.375 × its text
 * similarity (default weights), which reaches the 0.15 floor only with 40% of their words in
 * common. An opportunity with no CPV codes is matched on text alone: the pool is then the listings
 * whose search document shares a word with it.
 */
export async function listingCandidates(
  manager: EntityManager,
  opportunity: OpportunityFacts,
  settings: SupplierMatchSettings & { limit: number },
  limit: number,
): Promise<ListingRow[]> {
  const tiers = cpvTiersOf(opportunity.cpvCodes);
  const words = [...wordsOf(opportunity.text)].sort();
  const textQuery = words.length > 0 ? words.join(' | ') : null;
  const pools = [tiers.significant, tiers.classes, tiers.groups, tiers.divisions].filter((tier) => tier.length > 0);
  let firstCut: EstimatedListing[] = [];
  if (pools.length === 0) {
    if (textQuery === null) return [];
    firstCut = await firstCutOf(manager, opportunity, settings, `cardinality($1::text[]) = 0 AND l.search_document @@ to_tsquery('english', $2)`, [], textQuery, limit);
  }
  for (const pool of pools) {
    firstCut = await firstCutOf(manager, opportunity, settings, 'l.cpv_prefixes && $1::text[]', pool, textQuery, limit);
    // A tier that alone fills the top N is enough: wider tiers only share shallower codes.
    if (firstCut.length >= settings.limit) break;
  }
  // Second cut: the exact score with the estimated text part, best first, hash-ordered ties.
  const best = firstCut
    .map((listing) => ({ listing, match: scoreListingWithText(opportunity, listing, settings, () => ({ score: listing.textEstimate, reasons: [] })) }))
    .filter((item): item is { listing: EstimatedListing; match: SupplierMatch } => item.match !== null)
    .map((item) => ({ ...item, key: tieBreakKey(item.listing.id, opportunity.id) }))
    .sort((a, b) => b.match.score - a.match.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, limit);
  if (best.length === 0) return [];
  return manager.query(`SELECT ${LISTING_COLUMNS} FROM listing WHERE id = ANY($1::uuid[]) ORDER BY id`, [best.map((item) => item.listing.id)]);
}

/** A listing's facts without its text, and an estimate in [0, 1] of its text similarity. */
type EstimatedListing = ListingFacts & { textEstimate: number };

/** How many listings of the pool the first, cheapest ordering keeps, per final candidate. */
const FIRST_CUT_FACTOR = 2;

/**
 * The first cut of a pool, by a SQL stand-in for the score (CPV prefix depth, the rank of the
 * listing's name and summary, categories, preferences), with each kept listing's text similarity
 * estimated from its full search document: shared lexemes over all lexemes, as textSimilarity's
 * Jaccard does with words (the documents are read from TOAST for these listings only).
 */
async function firstCutOf(
  manager: EntityManager,
  opportunity: OpportunityFacts,
  settings: SupplierMatchSettings,
  poolCondition: string,
  pool: string[],
  textQuery: string | null,
  limit: number,
): Promise<EstimatedListing[]> {
  const { relevance: weights, preferenceWeight } = settings;
  const { preferences } = opportunity;
  const hasCpv = opportunity.cpvCodes.length > 0;
  const hasCategories = opportunity.categoryIds.length > 0;
  const wanted = [preferences.sme, preferences.local, preferences.openSource, preferences.openStandards, preferences.ukHosting].filter(Boolean).length;
  const totalWeight = (hasCpv ? weights.cpv : 0) + (hasCategories ? weights.category : 0) + weights.text;
  const relevance = `(${hasCpv ? weights.cpv : 0}::float8 * ${cpvProxySql('l.cpv_prefixes', 'l.cpv_codes', cpvTiersOf(opportunity.cpvCodes))}
      + ${hasCategories ? weights.category : 0}::float8 * (l.category_ids && $11::uuid[])::int
      + ${weights.text}::float8 * coalesce(ts_rank(l.title_document, to_tsquery('english', $2), 32), 0)) / ${totalWeight || 1}`;
  // Met preferences over wanted ones, as scoreListing counts them.
  const met = `(($4 AND l.supplier_is_sme)::int + ($5 AND l.supplier_local_to && $9::text[])::int + ($6 AND l.open_source)::int
      + ($7 AND cardinality(l.open_standards) > 0)::int + ($8 AND l.uk_hosting)::int)`;
  // With no preference asked the factor is 1, as in scoreListing; the expression stays so that
  // every parameter is referenced (PostgreSQL cannot type an unused one).
  const weight = wanted === 0 ? 0 : preferenceWeight;
  const preferenceFactor = `(1 - ${weight} + ${weight} * ${met}::float8 / ${Math.max(wanted, 1)})`;
  const overlap = `(SELECT count(*) FROM unnest(tsvector_to_array(l.search_document)) AS lexeme WHERE lexeme = ANY(o.lexemes))::float8`;
  const jaccard = `coalesce(${overlap} / nullif(cardinality(o.lexemes) + length(l.search_document) - ${overlap}, 0), 0)`;
  return manager.query(
    `WITH first_cut AS (
       SELECT l.id, ${relevance} * ${preferenceFactor} AS proxy
         FROM listing l
        WHERE l.status = 'published' AND l.supplier_active AND ($3::uuid IS NULL OR l.lot_id = $3::uuid) AND ${poolCondition}
        ORDER BY proxy DESC, l.id
        LIMIT $10 * ${FIRST_CUT_FACTOR}),
     opportunity_words AS (SELECT coalesce(tsvector_to_array(to_tsvector('english', $2)), '{}') AS lexemes)
     SELECT l.id, l.supplier_id AS "supplierId", l.name, l.status, l.lot_id AS "lotId", l.supplier_active AS "supplierActive",
            l.cpv_codes AS "cpvCodes", l.category_ids::text[] AS "categoryIds", '' AS text,
            l.supplier_is_sme AS "supplierIsSme", l.supplier_is_vcse AS "supplierIsVcse", l.supplier_local_to AS "supplierLocalTo",
            l.open_source AS "openSource", l.open_standards AS "openStandards", l.uk_hosting AS "ukHosting",
            ${jaccard} AS "textEstimate"
       FROM first_cut JOIN listing l USING (id) CROSS JOIN opportunity_words o`,
    [
      pool,
      textQuery,
      opportunity.lotId,
      preferences.sme,
      preferences.local,
      preferences.openSource,
      preferences.openStandards,
      preferences.ukHosting,
      opportunity.councilCodes,
      limit,
      opportunity.categoryIds,
    ],
  );
}
