import type { EntityManager } from 'typeorm';
import type { SupplierFacts } from '../../infrastructure/supplier-facts';
import type { ImportedSupplier } from './supplier-import-row';

export interface KnownSupplier {
  id: string;
  facts: SupplierFacts;
}

interface SupplierRow {
  id: string;
  company_number: string;
  name: string;
  is_sme: boolean;
  is_vcse: boolean;
  local_to: string[];
  active: boolean;
}

/*
 * Like supplier-facts.ts, these statements reach into the organisations context's tables: an
 * import of thousands of rows cannot afford a service call per supplier, and the importer needs the
 * facts exactly as stored at the moment it copies them.
 */

/** The suppliers holding these company numbers, with the facts a listing copies, in one statement. */
export async function readSuppliersByCompanyNumber(manager: EntityManager, companyNumbers: readonly string[]): Promise<Map<string, KnownSupplier>> {
  if (companyNumbers.length === 0) return new Map();
  const rows: SupplierRow[] = await manager.query(
    `SELECT id, company_number, name, is_sme, is_vcse, local_to, status = 'active' AS active
       FROM supplier WHERE company_number = ANY($1::text[])`,
    [companyNumbers],
  );
  return new Map(
    rows.map((row) => [
      row.company_number,
      { id: row.id, facts: { name: row.name, isSme: row.is_sme, isVcse: row.is_vcse, localTo: row.local_to, active: row.active } },
    ]),
  );
}

/**
 * Creates the suppliers and their offices in one statement. A company number registered meanwhile
 * is left alone (ON CONFLICT DO NOTHING): an import never changes an existing supplier.
 * Returns the suppliers it created.
 */
export async function insertSupplierBatch(manager: EntityManager, suppliers: readonly ImportedSupplier[]): Promise<{ id: string; companyNumber: string }[]> {
  if (suppliers.length === 0) return [];
  const payload = suppliers.map((supplier) => ({
    company_number: supplier.companyNumber,
    name: supplier.name,
    staff_count: supplier.staffCount,
    turnover_pence: supplier.turnoverPence.toString(),
    balance_sheet_pence: supplier.balanceSheetPence.toString(),
    is_sme: supplier.isSme,
    is_vcse: supplier.isVcse,
    local_to: supplier.localTo,
    offices: supplier.officeCouncilCodes,
  }));
  const rows: { id: string; company_number: string }[] = await manager.query(
    `WITH input AS (
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS i(company_number text, name text, staff_count integer, turnover_pence bigint,
                                                        balance_sheet_pence bigint, is_sme boolean, is_vcse boolean, local_to text[], offices text[])
     ),
     created AS (
       INSERT INTO supplier (name, company_number, staff_count, turnover_pence, balance_sheet_pence, is_sme, is_vcse, status, local_to)
       SELECT name, company_number, staff_count, turnover_pence, balance_sheet_pence, is_sme, is_vcse, 'active', local_to FROM input
       ON CONFLICT (company_number) DO NOTHING
       RETURNING id, company_number
     ),
     offices AS (
       INSERT INTO supplier_office (supplier_id, council_code, position)
       SELECT c.id, office.code, office.position - 1
         FROM created c
         JOIN input i ON i.company_number = c.company_number
         CROSS JOIN LATERAL unnest(i.offices) WITH ORDINALITY AS office(code, position)
       RETURNING id
     )
     SELECT id, company_number FROM created`,
    [JSON.stringify(payload)],
  );
  return rows.map((row) => ({ id: row.id, companyNumber: row.company_number }));
}
