import type { EntityManager } from 'typeorm';
import type { SupplierMatch } from '../domain/supplier-match';

/**
 * Stores matches of one opportunity in one multi-row upsert: a run replaces each pair's row, so a
 * job run twice leaves one row per (opportunity, listing). Rows go in listing order, so two runs
 * touching the same rows lock them in the same order.
 */
export async function upsertMatches(manager: EntityManager, opportunityId: string, matches: readonly SupplierMatch[], runKey: string): Promise<void> {
  if (matches.length === 0) return;
  const rows = [...matches].sort((a, b) => (a.listingId < b.listingId ? -1 : a.listingId > b.listingId ? 1 : 0));
  await manager.query(
    `INSERT INTO opportunity_match (opportunity_id, listing_id, supplier_id, score, reasons, flags, run_key, computed_at)
     SELECT $1, v.listing_id, v.supplier_id, v.score, v.reasons, v.flags, $7, now()
       FROM unnest($2::uuid[], $3::uuid[], $4::float8[], $5::jsonb[], $6::jsonb[]) AS v(listing_id, supplier_id, score, reasons, flags)
     ON CONFLICT (opportunity_id, listing_id) DO UPDATE SET supplier_id = EXCLUDED.supplier_id, score = EXCLUDED.score,
       reasons = EXCLUDED.reasons, flags = EXCLUDED.flags, run_key = EXCLUDED.run_key, computed_at = EXCLUDED.computed_at`,
    [
      opportunityId,
      rows.map((match) => match.listingId),
      rows.map((match) => match.supplierId),
      rows.map((match) => match.score),
      rows.map((match) => JSON.stringify(match.reasons)),
      rows.map((match) => JSON.stringify(match.flags)),
      runKey,
    ],
  );
}

/** Everyone who acts for each of these suppliers, in one query (supplier_member belongs to organisations; read only). */
export async function supplierUserIds(manager: EntityManager, supplierIds: readonly string[]): Promise<Map<string, string[]>> {
  const users = new Map<string, string[]>();
  if (supplierIds.length === 0) return users;
  const rows: { supplierId: string; userId: string }[] = await manager.query(
    `SELECT supplier_id AS "supplierId", user_id AS "userId" FROM supplier_member WHERE supplier_id = ANY($1::uuid[]) ORDER BY supplier_id, user_id`,
    [[...new Set(supplierIds)]],
  );
  for (const row of rows) users.set(row.supplierId, [...(users.get(row.supplierId) ?? []), row.userId]);
  return users;
}
