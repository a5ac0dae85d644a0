import type { EntityManager } from 'typeorm';

/** What a listing row copies from its supplier so that search reads one table. */
export interface SupplierFacts {
  name: string;
  isSme: boolean;
  isVcse: boolean;
  localTo: string[];
  active: boolean;
}

interface SupplierFactsRow {
  name: string;
  is_sme: boolean;
  is_vcse: boolean;
  local_to: string[];
  active: boolean;
}

/*
 * Both statements read the organisations context's supplier table directly, and only read it. The
 * copy must be the supplier's state when the copy is made, not the state a job payload carried when
 * it was queued (jobs can run late or out of order), and doing it in SQL makes the refresh a single
 * statement whatever the number of listings.
 */

export async function readSupplierFacts(manager: EntityManager, supplierId: string): Promise<SupplierFacts | null> {
  const rows: SupplierFactsRow[] = await manager.query(
    `SELECT name, is_sme, is_vcse, local_to, status = 'active' AS active FROM supplier WHERE id = $1`,
    [supplierId],
  );
  const row = rows[0];
  return row ? { name: row.name, isSme: row.is_sme, isVcse: row.is_vcse, localTo: row.local_to, active: row.active } : null;
}

/**
 * Copies the supplier's current facts onto every listing of that supplier in one UPDATE. Rows that
 * already agree are left alone, so running it twice changes nothing. Returns how many rows changed.
 */
export async function refreshSupplierFacts(manager: EntityManager, supplierId: string): Promise<number> {
  // The PostgreSQL driver answers an UPDATE with [rows, affected count].
  const [, changed]: [unknown[], number] = await manager.query(
    `UPDATE listing AS l
        SET supplier_name = s.name,
            supplier_is_sme = s.is_sme,
            supplier_is_vcse = s.is_vcse,
            supplier_local_to = s.local_to,
            supplier_active = (s.status = 'active')
       FROM supplier AS s
      WHERE s.id = $1
        AND l.supplier_id = s.id
        AND (l.supplier_name, l.supplier_is_sme, l.supplier_is_vcse, l.supplier_local_to, l.supplier_active)
            IS DISTINCT FROM (s.name, s.is_sme, s.is_vcse, s.local_to, s.status = 'active')
      RETURNING l.id`,
    [supplierId],
  );
  return changed;
}
