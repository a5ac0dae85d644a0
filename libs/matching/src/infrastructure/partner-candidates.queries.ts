import type { EntityManager } from 'typeorm';
import type { PartnerWeights } from '../domain/need-partner-score';
import { TIMING_FULL_MONTHS, TIMING_HORIZON_MONTHS } from '../domain/timing';
import { cpvProxySql, CpvTiers } from './cpv-tiers';
import { needColumns, NeedRow } from './match-facts.queries';

export interface PartnerCandidateQuery {
  need: NeedRow;
  tiers: CpvTiers;
  /** Councils in the need's region (its own included), for the region part of the proxy. */
  sameRegionCouncils: string[];
  weights: PartnerWeights;
  limit: number;
}

const DAYS_PER_MONTH = 365.25 / 12;

/** How many needs the first, cheapest ordering keeps, and how many nearest in text join them, per final candidate. */
const FIRST_CUT_FACTOR = 2;
const NEAREST_TEXT_FACTOR = 1;

/**
 * The other councils' open, collaborative needs most likely to partner this one, a bounded set
 * (at most (FIRST_CUT_FACTOR + NEAREST_TEXT_FACTOR) × `limit`) for the caller to score exactly.
 *
 * The union of (a) the FIRST_CUT_FACTOR × `limit` needs sharing a CPV division or the framework lot
 * that score best on every part but text (CPV by cpvProxySql; timing, lot and region exactly as
 * needPartnerScore), and (b) the NEAREST_TEXT_FACTOR × `limit` needs with the nearest titles (trigram
 * KNN on ix_need_title_trgm).
 *
 * Why the top N survives: a need of the true top N is lost only if it is outside both (a) and (b):
 * many needs beat it on codes, timing, lot and region and many have nearer titles, so what
 * replaces it is a near tie (the integration test checks this against scoring every need). A need sharing neither a CPV division nor the lot and not among
 * the nearest in text is not considered: it could reach the 0.35 floor only on text, timing and
 * region together (CPV and lot are 0.5 of the weight by default).
 */
export async function partnerCandidates(manager: EntityManager, query: PartnerCandidateQuery): Promise<NeedRow[]> {
  const { need, weights } = query;
  const days = `least(abs(n.current_end_date - $5::date), abs(n.wanted_start_date - $6::date),
                      abs(n.current_end_date - $6::date), abs(n.wanted_start_date - $5::date))`;
  // timingCloseness in one expression: 1 up to 6 months, 0 from 18, linear between; 0 if no dates.
  const span = TIMING_HORIZON_MONTHS - TIMING_FULL_MONTHS;
  const timing = `coalesce(greatest(0, least(1, (${TIMING_HORIZON_MONTHS} - ${days} / ${DAYS_PER_MONTH}) / ${span})), 0)`;
  const proxy = `($8::float8 * ${cpvProxySql('n.cpv_prefixes', 'n.cpv_codes', query.tiers)} + $9::float8 * (${timing})
                  + $10::float8 * (($4::uuid IS NOT NULL AND n.lot_id = $4::uuid)::int) + $11::float8 * ((n.council_code = ANY($7::text[]))::int))`;
  const open = `n.open_to_collaboration AND n.status = 'open' AND n.council_code <> $1 AND n.id <> $2`;
  // Text similarity (word overlap) is the one part the first cut leaves out, so the needs with the
  // nearest titles join it (a trigram KNN scan of ix_need_title_trgm; titles carry most of the
  // words two needs share, and are short enough to scan fast); the caller scores the union exactly.
  return manager.query(
    `WITH first_cut AS (
       SELECT n.id FROM need n
        WHERE ${open} AND (n.cpv_prefixes && $3::text[] OR ($4::uuid IS NOT NULL AND n.lot_id = $4::uuid))
        ORDER BY ${proxy} DESC, n.id
        LIMIT $12 * ${FIRST_CUT_FACTOR}),
     nearest_text AS (
       SELECT n.id FROM need n WHERE ${open}
        ORDER BY n.title <-> $13
        LIMIT $12 * ${NEAREST_TEXT_FACTOR})
     SELECT ${needColumns('n')}
       FROM (SELECT id FROM first_cut UNION SELECT id FROM nearest_text) AS pool JOIN need n USING (id)
      ORDER BY n.id`,
    [
      need.councilCode,
      need.id,
      query.tiers.divisions,
      need.lotId,
      need.currentEndDate,
      need.wantedStartDate,
      query.sameRegionCouncils,
      weights.cpv,
      weights.timing,
      weights.lot,
      weights.region,
      query.limit,
      need.title,
    ],
  );
}
