import { EntityManager } from 'typeorm';

/**
 * Light reads of tables other contexts own (supplier, lot), for checks their public services do
 * not offer. Read-only and by primary key; the owning context stays the only writer.
 */
export interface SupplierFacts {
  id: string;
  name: string;
  companyNumber: string;
  isSme: boolean;
  isVcse: boolean;
}

export async function findSupplierFacts(manager: EntityManager, id: string): Promise<SupplierFacts | null> {
  const rows: { id: string; name: string; company_number: string; is_sme: boolean; is_vcse: boolean }[] = await manager.query(
    'SELECT id, name, company_number, is_sme, is_vcse FROM supplier WHERE id = $1',
    [id],
  );
  const row = rows[0];
  return row ? { id: row.id, name: row.name, companyNumber: row.company_number, isSme: row.is_sme, isVcse: row.is_vcse } : null;
}

export async function supplierExists(manager: EntityManager, id: string): Promise<boolean> {
  return (await findSupplierFacts(manager, id)) !== null;
}

export async function lotExists(manager: EntityManager, id: string): Promise<boolean> {
  const rows: unknown[] = await manager.query('SELECT 1 FROM lot WHERE id = $1', [id]);
  return rows.length > 0;
}
