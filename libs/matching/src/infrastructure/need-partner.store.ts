import type { EntityManager } from 'typeorm';
import type { PartnerCandidate } from '../domain/partner-ranking';

/**
 * Writes of `need_partner`, safe with many workers recomputing related needs at once.
 *
 * Every pair {A, B} is stored as two rows, A→B and B→A, and every write here inserts, updates or
 * deletes both rows of a pair in one transaction, so no committed state has a one-sided pair.
 * Two recomputations touch a common row only if they touch a common pair, so before writing, a
 * recomputation takes a transaction advisory lock per pair it will touch (the pairs stored now and
 * the pairs it will keep), all in one statement in ascending key order. Each row it then changes
 * belongs to a pair it holds, so it never waits on another recomputation's row locks, and advisory
 * locks taken in one global order cannot form a cycle: no deadlock, and recomputations of unrelated
 * needs (the common case) never wait on each other, unlike the single global lock this replaced.
 *
 * It only deletes the pairs it read and locked: a pair another worker adds meanwhile stays (it is
 * that need's suggestion, symmetric and above the floor) until this need is next recomputed.
 */
const LOCK_NAMESPACE = 'matching:need_partner';

/** Ids of the needs paired with this one now, either way round. */
async function storedPartnerIds(manager: EntityManager, needId: string): Promise<string[]> {
  const rows: { id: string }[] = await manager.query(
    `SELECT partner_need_id AS id FROM need_partner WHERE need_id = $1
      UNION SELECT need_id FROM need_partner WHERE partner_need_id = $1`,
    [needId],
  );
  return rows.map((row) => row.id);
}

/** The same key for {a, b} and {b, a}. */
function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

async function lockPairs(manager: EntityManager, needId: string, partnerIds: readonly string[]): Promise<void> {
  if (partnerIds.length === 0) return;
  await manager.query(
    `SELECT count(pg_advisory_xact_lock(hashtext($1), key))
       FROM (SELECT DISTINCT hashtext(pair) AS key FROM unnest($2::text[]) AS pair ORDER BY key) AS keys`,
    [LOCK_NAMESPACE, partnerIds.map((partnerId) => pairKey(needId, partnerId))],
  );
}

/**
 * Makes `partners` the need's pairs: drops its other stored pairs (both rows) and upserts the kept
 * ones both ways. A dismissal stays while the dismissing need is unchanged since it was dismissed;
 * once that need changes (its updated_at passes the dismissal) the suggestion may come back.
 */
export async function replacePartners(manager: EntityManager, needId: string, partners: readonly PartnerCandidate[], runKey: string): Promise<void> {
  const stored = await storedPartnerIds(manager, needId);
  const kept = new Set(partners.map((partner) => partner.partnerNeedId));
  await lockPairs(manager, needId, [...new Set([...stored, ...kept])]);
  const dropped = stored.filter((id) => !kept.has(id));
  if (dropped.length > 0) {
    await manager.query(
      `DELETE FROM need_partner
        WHERE (need_id = $1 AND partner_need_id = ANY($2::uuid[])) OR (partner_need_id = $1 AND need_id = ANY($2::uuid[]))`,
      [needId, dropped],
    );
  }
  if (partners.length === 0) return;
  const rows = partners
    .flatMap((partner) => [
      { needId, partnerNeedId: partner.partnerNeedId, score: partner.score, reasons: JSON.stringify(partner.reasons) },
      { needId: partner.partnerNeedId, partnerNeedId: needId, score: partner.score, reasons: JSON.stringify(partner.reasons) },
    ])
    .sort((a, b) => (a.needId + a.partnerNeedId < b.needId + b.partnerNeedId ? -1 : 1));
  await manager.query(
    `INSERT INTO need_partner (need_id, partner_need_id, score, reasons, run_key, computed_at, dismissed_at)
     SELECT v.need_id, v.partner_need_id, v.score, v.reasons, $5, now(), NULL
       FROM unnest($1::uuid[], $2::uuid[], $3::float8[], $4::jsonb[]) AS v(need_id, partner_need_id, score, reasons)
     ON CONFLICT (need_id, partner_need_id) DO UPDATE SET
       score = EXCLUDED.score, reasons = EXCLUDED.reasons, run_key = EXCLUDED.run_key, computed_at = EXCLUDED.computed_at,
       dismissed_at = CASE
         WHEN need_partner.dismissed_at >= (SELECT updated_at FROM need WHERE id = need_partner.need_id) THEN need_partner.dismissed_at
         ELSE NULL END`,
    [rows.map((row) => row.needId), rows.map((row) => row.partnerNeedId), rows.map((row) => row.score), rows.map((row) => row.reasons), runKey],
  );
}
