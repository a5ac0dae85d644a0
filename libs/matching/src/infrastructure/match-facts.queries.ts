import type { EntityManager } from 'typeorm';
import type { BuyerPreferences, ListingFacts, OpportunityFacts } from '../domain/supplier-match';

/**
 * Read-only SQL over the tables matching scores (needs, opportunities, listings). Those belong to
 * procurement and the catalogue; matching only reads them, in the caller's transaction, so a
 * score never mixes two moments.
 */

export interface NeedRow {
  id: string;
  councilCode: string;
  title: string;
  description: string;
  cpvCodes: string[];
  lotId: string | null;
  wantedStartDate: string | null;
  currentEndDate: string | null;
  /** Open, and open to collaboration: the only needs partner matching may suggest. */
  collaborative: boolean;
  updatedAt: Date;
}

/** The NeedRow columns of `need` under the given alias. */
export function needColumns(t: string): string {
  return `${t}.id, ${t}.council_code AS "councilCode", ${t}.title, ${t}.description, ${t}.cpv_codes AS "cpvCodes", ${t}.lot_id AS "lotId",
  to_char(${t}.wanted_start_date, 'YYYY-MM-DD') AS "wantedStartDate", to_char(${t}.current_end_date, 'YYYY-MM-DD') AS "currentEndDate",
  (${t}.open_to_collaboration AND ${t}.status = 'open') AS collaborative, ${t}.updated_at AS "updatedAt"`;
}

export async function findNeed(manager: EntityManager, id: string): Promise<NeedRow | null> {
  const rows: NeedRow[] = await manager.query(`SELECT ${needColumns('n')} FROM need n WHERE n.id = $1`, [id]);
  return rows[0] ?? null;
}

interface OpportunityRow {
  id: string;
  jointProcurementId: string;
  lotId: string | null;
  cpvCodes: string[];
  text: string;
  title: string;
  open: boolean;
}

export interface OpportunityForMatching {
  facts: OpportunityFacts;
  title: string;
  jointProcurementId: string;
  /** Open and not past its closing time: only then are suppliers told. */
  open: boolean;
}

/** The opportunity with its participating councils and the union of their needs' preferences. */
export async function findOpportunity(manager: EntityManager, id: string): Promise<OpportunityForMatching | null> {
  const rows: OpportunityRow[] = await manager.query(
    `SELECT id, joint_procurement_id AS "jointProcurementId", lot_id AS "lotId", cpv_codes AS "cpvCodes", title,
            concat_ws(' ', title, problem_statement, user_needs, scope) AS text,
            (status = 'open' AND closing_at > now()) AS open
       FROM opportunity WHERE id = $1`,
    [id],
  );
  const row = rows[0];
  if (!row) return null;
  const participants: (BuyerPreferences & { councilCode: string })[] = await manager.query(
    `SELECT p.council_code AS "councilCode", n.prefers_sme AS sme, n.prefers_local AS local, n.prefers_open_source AS "openSource",
            n.prefers_open_standards AS "openStandards", n.prefers_uk_hosting AS "ukHosting"
       FROM joint_procurement_participant p JOIN need n ON n.id = p.need_id
      WHERE p.joint_procurement_id = $1 ORDER BY p.council_code`,
    [row.jointProcurementId],
  );
  const preferences: BuyerPreferences = {
    sme: participants.some((p) => p.sme),
    local: participants.some((p) => p.local),
    openSource: participants.some((p) => p.openSource),
    openStandards: participants.some((p) => p.openStandards),
    ukHosting: participants.some((p) => p.ukHosting),
  };
  return {
    facts: {
      id: row.id,
      lotId: row.lotId,
      cpvCodes: row.cpvCodes,
      categoryIds: [],
      text: row.text,
      councilCodes: participants.map((p) => p.councilCode),
      preferences,
    },
    title: row.title,
    jointProcurementId: row.jointProcurementId,
    open: row.open,
  };
}

/** Open opportunities a listing on this lot could answer: the lot's, and open procurements without a lot. */
export async function openOpportunityIdsFor(manager: EntityManager, lotId: string): Promise<string[]> {
  const rows: { id: string }[] = await manager.query(
    `SELECT id FROM opportunity WHERE status = 'open' AND closing_at > now() AND (lot_id = $1 OR lot_id IS NULL) ORDER BY id`,
    [lotId],
  );
  return rows.map((row) => row.id);
}

export const LISTING_COLUMNS = `id, supplier_id AS "supplierId", name, status, lot_id AS "lotId", supplier_active AS "supplierActive",
  cpv_codes AS "cpvCodes", category_ids::text[] AS "categoryIds",
  concat_ws(' ', name, summary, description, array_to_string(features, ' ')) AS text,
  supplier_is_sme AS "supplierIsSme", supplier_is_vcse AS "supplierIsVcse", supplier_local_to AS "supplierLocalTo",
  open_source AS "openSource", open_standards AS "openStandards", uk_hosting AS "ukHosting", current_version AS version`;

export type ListingRow = ListingFacts & { version: number };

export async function findListing(manager: EntityManager, id: string): Promise<ListingRow | null> {
  const rows: ListingRow[] = await manager.query(`SELECT ${LISTING_COLUMNS} FROM listing WHERE id = $1`, [id]);
  return rows[0] ?? null;
}
