import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { LotListing } from '../domain/eligibility';
import { LotFacts, MarketReader, SupplierFacts } from '../application/market-reader';

/*
 * Read-only SQL against tables other contexts own (lot, framework, listing, supplier,
 * supplier_member, app_user), by key and in batches. Columns named here are the owners' public
 * facts: a status, a name, the SME and VCSE flags.
 */
@Injectable()
export class SqlMarketReader extends MarketReader {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {
    super();
  }

  async lots(ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, LotFacts>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; slug: string; name: string; framework_slug: string; framework_name: string; framework_status: string }[] = await manager.query(
      `SELECT lot.id, lot.slug, lot.name, framework.slug AS framework_slug, framework.name AS framework_name, framework.status AS framework_status
         FROM lot JOIN framework ON framework.id = lot.framework_id
        WHERE lot.id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(
      rows.map((row) => [row.id, { id: row.id, slug: row.slug, name: row.name, framework: { slug: row.framework_slug, name: row.framework_name, status: row.framework_status } }]),
    );
  }

  async listingsOnLot(supplierId: string, lotId: string, manager: EntityManager = this.dataSource.manager): Promise<LotListing[]> {
    return manager.query(
      `SELECT id, name, status FROM listing
        WHERE supplier_id = $1 AND lot_id = $2
        ORDER BY published_at ASC NULLS LAST, created_at ASC, id ASC`,
      [supplierId, lotId],
    );
  }

  async ownListings(supplierId: string, listingIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<LotListing[]> {
    if (listingIds.length === 0) return [];
    return manager.query('SELECT id, name, status FROM listing WHERE supplier_id = $1 AND id = ANY($2::uuid[]) ORDER BY id', [supplierId, listingIds]);
  }

  async listingNames(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; name: string }[] = await this.dataSource.query('SELECT id, name FROM listing WHERE id = ANY($1::uuid[])', [ids]);
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  async suppliers(ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, SupplierFacts>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; name: string; is_sme: boolean; is_vcse: boolean; active: boolean }[] = await manager.query(
      `SELECT id, name, is_sme, is_vcse, status = 'active' AS active FROM supplier WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((row) => [row.id, { id: row.id, name: row.name, isSme: row.is_sme, isVcse: row.is_vcse, active: row.active }]));
  }

  async activeBuyers(councilCodes: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<{ userId: string; councilCode: string }[]> {
    if (councilCodes.length === 0) return [];
    const rows: { id: string; council_code: string }[] = await manager.query(
      `SELECT id, council_code FROM app_user WHERE role = 'buyer' AND status = 'active' AND council_code = ANY($1::text[]) ORDER BY id`,
      [councilCodes],
    );
    return rows.map((row) => ({ userId: row.id, councilCode: row.council_code }));
  }

  async supplierUsers(supplierIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<{ userId: string; supplierId: string }[]> {
    if (supplierIds.length === 0) return [];
    const rows: { user_id: string; supplier_id: string }[] = await manager.query(
      'SELECT user_id, supplier_id FROM supplier_member WHERE supplier_id = ANY($1::uuid[]) ORDER BY user_id',
      [supplierIds],
    );
    return rows.map((row) => ({ userId: row.user_id, supplierId: row.supplier_id }));
  }
}
