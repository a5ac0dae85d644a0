import { AuditService, IntegrityFlagService } from '@app/audit';
import { CpvReferenceLoader, CpvService } from '@app/classification';
import { createTestDatabase, TestDatabase } from '@app/db/testing';
import { CouncilHierarchyCache, CouncilReferenceLoader, SupplierService } from '@app/organisations';
import { ENTITIES } from '@app/platform';
import { OutboxService } from '@app/queue';
import type { Actor } from '@app/shared';
import { FrameworkService } from './framework.service';
import { ListingSupplierFactsService } from './listing-supplier-facts.service';
import { ListingService } from './listing.service';

const admin: Actor = { userId: '6f1c2f43-7a1e-4a52-9d0a-0a4f6b0e8c11', role: 'admin', status: 'active', supplierId: null, councilCode: null };

/** What 'supplier.changed' does: the worker's handler calls ListingSupplierFactsService.refresh with the job's supplierId. */
describe('supplier facts on listings', () => {
  let db: TestDatabase;
  let suppliers: SupplierService;
  let listings: ListingService;
  let facts: ListingSupplierFactsService;

  beforeAll(async () => {
    db = await createTestDatabase(ENTITIES);
    const hierarchy = new CouncilHierarchyCache(db.dataSource);
    await new CouncilReferenceLoader(db.dataSource, hierarchy).load();
    await new CpvReferenceLoader(db.dataSource).load();
    const audit = new AuditService(db.dataSource);
    suppliers = new SupplierService(db.dataSource, hierarchy, audit, new IntegrityFlagService(db.dataSource), new OutboxService());
    listings = new ListingService(db.dataSource, audit, new CpvService(db.dataSource));
    facts = new ListingSupplierFactsService(db.dataSource);
    const frameworks = new FrameworkService(db.dataSource, audit);
    await frameworks.create(admin, { slug: 'test-cloud', name: 'Test Cloud', lots: [{ slug: 'software', name: 'Software', maxCategoriesPerService: 5 }] });
    await frameworks.update(admin, 'test-cloud', { status: 'open' });
  });

  afterAll(() => db.drop());

  const copiesOf = async (supplierId: string) =>
    (await db.dataSource.query(
      `SELECT supplier_name AS name, supplier_is_sme AS sme, supplier_is_vcse AS vcse, supplier_local_to AS "localTo", supplier_active AS active
         FROM listing WHERE supplier_id = $1 ORDER BY created_at`,
      [supplierId],
    )) as { name: string; sme: boolean; vcse: boolean; localTo: string[]; active: boolean }[];
  const queuedFor = async (supplierId: string) =>
    ((await db.dataSource.query(`SELECT payload FROM outbox_message WHERE job_name = 'supplier.changed' AND payload->>'supplierId' = $1`, [supplierId])) as {
      payload: { supplierId: string };
    }[]).map((row) => row.payload);

  it('copies the facts when a listing is created, and refreshes every listing of the supplier when it changes', async () => {
    const user: Actor = { userId: 'c0a80101-0000-4000-8000-000000000001', role: 'supplier', status: 'active', supplierId: null, councilCode: null };
    const supplier = await suppliers.create(user, {
      name: 'Aire Valley Digital Ltd',
      companyNumber: '09000001',
      staffCount: 18,
      turnover: '2400000.00',
      balanceSheetTotal: '650000.00',
      isVcse: false,
      offices: [{ councilCode: 'E08000035' }],
    });
    const owner = { ...user, supplierId: supplier.id };
    await listings.create(owner, { framework: 'test-cloud', lot: 'software', name: 'Case management' });
    await listings.create(owner, { framework: 'test-cloud', lot: 'software', name: 'Open data portal' });
    const created = await copiesOf(supplier.id);
    expect(created).toHaveLength(2);
    expect(created[0]).toEqual({ name: 'Aire Valley Digital Ltd', sme: true, vcse: false, localTo: expect.arrayContaining(['E08000035', 'E47000003']), active: true });

    // The supplier grows, moves to Kent, turns VCSE and is renamed; the listings still show the old facts.
    await suppliers.update(owner, supplier.id, {
      name: 'Weald Valley Digital CIC',
      staffCount: 400,
      isVcse: true,
      offices: [{ councilCode: 'E07000110' }],
    });
    expect((await copiesOf(supplier.id))[0].name).toBe('Aire Valley Digital Ltd');
    expect(await queuedFor(supplier.id)).toContainEqual({ supplierId: supplier.id });

    expect(await facts.refresh(supplier.id)).toBe(2);
    for (const copy of await copiesOf(supplier.id)) {
      expect(copy).toMatchObject({ name: 'Weald Valley Digital CIC', sme: false, vcse: true, active: true });
      expect(copy.localTo).toContain('E10000016');
      expect(copy.localTo).not.toContain('E08000035');
    }
    // Running the job again (BullMQ delivers at least once) changes nothing.
    expect(await facts.refresh(supplier.id)).toBe(0);

    await suppliers.suspend(admin, supplier.id, 'Dissolved');
    expect(await facts.refresh(supplier.id)).toBe(2);
    expect((await copiesOf(supplier.id)).map((copy) => copy.active)).toEqual([false, false]);
    await suppliers.reinstate(admin, supplier.id);
    expect(await facts.refresh(supplier.id)).toBe(2);
    expect((await copiesOf(supplier.id)).map((copy) => copy.active)).toEqual([true, true]);
    // The search document follows the renamed supplier, since the trigger reads the copied name.
    const [{ matches }] = await db.dataSource.query(
      `SELECT count(*)::int AS matches FROM listing WHERE supplier_id = $1 AND search_document @@ plainto_tsquery('english', 'Weald')`,
      [supplier.id],
    );
    expect(matches).toBe(2);
  });

  it('does nothing for a supplier that no longer exists', async () => {
    expect(await facts.refresh('00000000-0000-4000-8000-000000000000')).toBe(0);
  });
});
