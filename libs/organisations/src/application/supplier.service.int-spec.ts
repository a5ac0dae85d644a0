import { AuditService, IntegrityFlagService } from '@app/audit';
import { createTestDatabase, TestDatabase } from '@app/db/testing';
import { ENTITIES } from '@app/platform';
import { OutboxService } from '@app/queue';
import { Actor, DomainError } from '@app/shared';
import { SupplierMemberOrmEntity } from '../infrastructure/supplier-member.orm-entity';
import { SupplierOrmEntity } from '../infrastructure/supplier.orm-entity';
import { actorOf, nextCompanyNumber, supplierInput } from '../testing/factories';
import { CouncilHierarchyCache } from './council-hierarchy.cache';
import { CouncilReferenceLoader } from './council-reference.loader';
import { SupplierService } from './supplier.service';
import { SupplierPrivateView } from './supplier.views';

const MAIDSTONE = 'E07000110';
const KENT = 'E10000016';
const LEEDS = 'E08000035';
const WYCA = 'E47000003';

async function failure(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('SupplierService', () => {
  let db: TestDatabase;
  let service: SupplierService;
  const admin = actorOf('admin');

  beforeAll(async () => {
    db = await createTestDatabase(ENTITIES);
    const cache = new CouncilHierarchyCache(db.dataSource);
    await new CouncilReferenceLoader(db.dataSource, cache).load();
    service = new SupplierService(
      db.dataSource,
      cache,
      new AuditService(db.dataSource),
      new IntegrityFlagService(db.dataSource),
      new OutboxService(),
    );
  });

  afterAll(() => db.drop());

  /** Creates a supplier and returns it with an actor acting for it. */
  async function registered(overrides = {}): Promise<{ supplier: SupplierPrivateView; owner: Actor }> {
    const user = actorOf('supplier');
    const supplier = await service.create(user, supplierInput(overrides));
    return { supplier, owner: { ...user, supplierId: supplier.id } };
  }

  const auditFor = (objectId: string) =>
    db.dataSource.query(`SELECT action, actor_user_id, before, after FROM audit_event WHERE object_id = $1 ORDER BY occurred_at, id`, [objectId]);
  const flagsFor = (subjectId: string) =>
    db.dataSource.query(`SELECT kind, subject_type, details FROM integrity_flag WHERE subject_id = $1`, [subjectId]);

  describe('create', () => {
    it('creates the supplier, its offices and membership, with derived SME and locality, and audits it', async () => {
      const user = actorOf('supplier');
      const supplier = await service.create(
        user,
        supplierInput({ companyNumber: ' 123 4567', offices: [{ councilCode: 'e07000110', postcode: 'me14 1xq' }, { councilCode: LEEDS }] }),
      );
      expect(supplier).toMatchObject({
        name: 'Weald Digital Ltd',
        companyNumber: '01234567',
        isSme: true,
        status: 'active',
        turnover: '2500000.00',
        offices: [
          { councilCode: MAIDSTONE, councilName: 'Maidstone Borough Council', postcode: 'ME14 1XQ' },
          { councilCode: LEEDS, councilName: 'Leeds City Council', postcode: null },
        ],
      });
      expect(supplier.localTo).toEqual(expect.arrayContaining([MAIDSTONE, KENT, LEEDS, WYCA]));
      expect(supplier.localTo).toEqual([...supplier.localTo].sort());
      expect(await db.dataSource.getRepository(SupplierMemberOrmEntity).findOneBy({ userId: user.userId })).toMatchObject({
        supplierId: supplier.id,
      });
      const [event] = await auditFor(supplier.id);
      expect(event).toMatchObject({ action: 'supplier.created', actor_user_id: user.userId, before: null });
      expect(event.after).toMatchObject({ companyNumber: '01234567', isSme: true, turnover: '2500000.00' });
    });

    it('derives isSme from the figures, never from the caller', async () => {
      const { supplier } = await registered({ staffCount: 250 });
      expect(supplier.isSme).toBe(false);
    });

    it('refuses anonymous callers, buyers, administrators and pending or suspended suppliers', async () => {
      expect((await failure(service.create(undefined, supplierInput()))).kind).toBe('unauthenticated');
      expect((await failure(service.create(actorOf('buyer', { councilCode: KENT }), supplierInput()))).kind).toBe('forbidden');
      expect((await failure(service.create(admin, supplierInput()))).kind).toBe('forbidden');
      expect((await failure(service.create(actorOf('supplier', { status: 'pending' }), supplierInput()))).kind).toBe('forbidden');
      expect((await failure(service.create(actorOf('supplier', { status: 'suspended' }), supplierInput()))).kind).toBe('forbidden');
    });

    it('gives a user one supplier only', async () => {
      const { owner } = await registered();
      expect((await failure(service.create(owner, supplierInput()))).code).toBe('SUPPLIER_ALREADY_EXISTS');
      // Even when the actor was built before the supplier existed.
      expect((await failure(service.create({ ...owner, supplierId: null }, supplierInput()))).code).toBe('SUPPLIER_ALREADY_EXISTS');
    });

    it('names every invalid field, including an unknown council by its index', async () => {
      const error = await failure(
        service.create(
          actorOf('supplier'),
          supplierInput({ companyNumber: 'XY123456', offices: [{ councilCode: MAIDSTONE }, { councilCode: 'E07999999' }] }),
        ),
      );
      expect(error.kind).toBe('validation');
      expect(error.fieldErrors.map((fieldError) => fieldError.field)).toEqual(['companyNumber', 'offices[1].councilCode']);
    });

    it('refuses a company number already registered with 409, and flags it for administrators', async () => {
      const { supplier } = await registered({ companyNumber: 'SC654321' });
      const intruder = actorOf('supplier');
      const error = await failure(service.create(intruder, supplierInput({ name: 'Copycat Ltd', companyNumber: 'sc 654321' })));
      expect(error).toMatchObject({ kind: 'conflict', code: 'COMPANY_NUMBER_TAKEN' });
      expect(error.fieldErrors[0].field).toBe('companyNumber');
      expect(await db.dataSource.getRepository(SupplierOrmEntity).countBy({ companyNumber: 'SC654321' })).toBe(1);
      expect(await db.dataSource.getRepository(SupplierMemberOrmEntity).existsBy({ userId: intruder.userId })).toBe(false);
      const flags = await flagsFor(supplier.id);
      expect(flags).toEqual([
        {
          kind: 'duplicate-company-number',
          subject_type: 'supplier',
          details: expect.objectContaining({ companyNumber: 'SC654321', attemptedName: 'Copycat Ltd', requestedByUserId: intruder.userId }),
        },
      ]);
      // Trying again is the same finding, not a second flag.
      await failure(service.create(intruder, supplierInput({ name: 'Copycat Ltd', companyNumber: 'SC654321' })));
      expect(await flagsFor(supplier.id)).toHaveLength(1);
    });

    it('answers 409 and flags when two registrations of one number race past the check', async () => {
      const companyNumber = nextCompanyNumber();
      const runner = db.dataSource.createQueryRunner();
      await runner.connect();
      await runner.startTransaction();
      const [{ id: rivalId }]: { id: string }[] = await runner.query(
        `INSERT INTO supplier (name, company_number, staff_count, turnover_pence, balance_sheet_pence, is_sme)
         VALUES ('Rival Ltd', $1, 1, 0, 0, true) RETURNING id`,
        [companyNumber],
      );
      const racer = actorOf('supplier');
      const attempt = failure(service.create(racer, supplierInput({ name: 'Racer Ltd', companyNumber })));
      // Wait until the create is blocked on the rival's uncommitted row, then let the rival win.
      for (let waited = 0; waited < 100; waited += 1) {
        const [{ waiting }]: { waiting: number }[] = await db.dataSource.query(
          `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        );
        if (waiting > 0) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await runner.commitTransaction();
      await runner.release();
      expect(await attempt).toMatchObject({ kind: 'conflict', code: 'COMPANY_NUMBER_TAKEN' });
      expect(await flagsFor(rivalId)).toEqual([
        expect.objectContaining({ details: expect.objectContaining({ attemptedName: 'Racer Ltd', requestedByUserId: racer.userId }) }),
      ]);
      expect(await db.dataSource.getRepository(SupplierMemberOrmEntity).existsBy({ userId: racer.userId })).toBe(false);
    });
  });

  describe('get', () => {
    it('shows the public profile to anyone and the private figures to the owner and administrators', async () => {
      const { supplier, owner } = await registered();
      const other = (await registered()).owner;
      for (const viewer of [undefined, other, actorOf('buyer', { councilCode: KENT })]) {
        const view = await service.get(viewer, supplier.id);
        expect(Object.keys(view).sort()).toEqual(['companyNumber', 'id', 'isSme', 'isVcse', 'localTo', 'name', 'offices']);
        expect(view.offices).toEqual([{ councilCode: MAIDSTONE, councilName: 'Maidstone Borough Council' }]);
      }
      for (const viewer of [owner, admin]) {
        expect(await service.get(viewer, supplier.id)).toMatchObject({ vatNumber: 'GB123456789', staffCount: 25, balanceSheetTotal: '800000.00' });
      }
    });

    it('hides a suspended supplier from everyone but its own users and administrators', async () => {
      const { supplier, owner } = await registered();
      await service.suspend(admin, supplier.id, 'Investigating a complaint');
      expect((await failure(service.get(undefined, supplier.id))).kind).toBe('not_found');
      expect((await failure(service.get(actorOf('buyer'), supplier.id))).kind).toBe('not_found');
      expect(await service.get(owner, supplier.id)).toMatchObject({ status: 'suspended' });
      expect(await service.get(admin, supplier.id)).toMatchObject({ status: 'suspended' });
    });

    it('tells a malformed id (400) from an unknown one (404)', async () => {
      expect((await failure(service.get(undefined, 'not-a-uuid'))).kind).toBe('bad_request');
      expect((await failure(service.get(undefined, '00000000-0000-4000-8000-000000000000'))).kind).toBe('not_found');
    });
  });

  describe('update', () => {
    it('lets the owner change the profile, re-derives SME and locality, and audits before and after', async () => {
      const { supplier, owner } = await registered();
      const updated = await service.update(owner, supplier.id, { staffCount: 300, offices: [{ councilCode: LEEDS, postcode: 'LS1 1UR' }] });
      expect(updated).toMatchObject({ staffCount: 300, isSme: false, offices: [{ councilCode: LEEDS, postcode: 'LS1 1UR' }] });
      expect(updated.localTo).toContain(WYCA);
      expect(updated.localTo).not.toContain(KENT);
      const events = await auditFor(supplier.id);
      expect(events.map((event: { action: string }) => event.action)).toEqual(['supplier.created', 'supplier.updated']);
      expect(events[1].before).toMatchObject({ staffCount: 25, isSme: true });
      expect(events[1].after).toMatchObject({ staffCount: 300, isSme: false });
    });

    it('keeps fields left out, clears optional ones set to null, and writes nothing when nothing changes', async () => {
      const { supplier, owner } = await registered();
      const updated = await service.update(owner, supplier.id, { vatNumber: null, name: 'Weald Digital Group Ltd' });
      expect(updated).toMatchObject({ vatNumber: null, name: 'Weald Digital Group Ltd', phone: '01622 000000', offices: supplier.offices });
      await service.update(owner, supplier.id, {});
      await service.update(owner, supplier.id, { name: 'Weald Digital Group Ltd' });
      expect(await auditFor(supplier.id)).toHaveLength(2);
    });

    it('answers 404 to another supplier and to a buyer, and 401 to anonymous callers', async () => {
      const { supplier } = await registered();
      const other = (await registered()).owner;
      expect((await failure(service.update(other, supplier.id, { name: 'Mine now' }))).kind).toBe('not_found');
      expect((await failure(service.update(actorOf('buyer', { councilCode: KENT }), supplier.id, { name: 'x' }))).kind).toBe('not_found');
      expect((await failure(service.update(undefined, supplier.id, { name: 'x' }))).kind).toBe('unauthenticated');
      expect((await service.get(admin, supplier.id)).name).toBe('Weald Digital Ltd');
    });

    it('names the invalid fields of a change', async () => {
      const { supplier, owner } = await registered();
      const error = await failure(service.update(owner, supplier.id, { turnover: '12.345', offices: [{ councilCode: 'E00000000' }] }));
      expect(error.fieldErrors.map((fieldError) => fieldError.field)).toEqual(['turnover', 'offices[0].councilCode']);
    });

    it('refuses a company number another supplier holds, with a flag', async () => {
      const holder = await registered();
      const { supplier, owner } = await registered();
      const error = await failure(service.update(owner, supplier.id, { companyNumber: holder.supplier.companyNumber }));
      expect(error.code).toBe('COMPANY_NUMBER_TAKEN');
      expect(await flagsFor(holder.supplier.id)).toEqual([
        expect.objectContaining({ details: expect.objectContaining({ requestedForSupplierId: supplier.id }) }),
      ]);
    });

    it('lets administrators edit a suspended supplier but not its own users', async () => {
      const { supplier, owner } = await registered();
      await service.suspend(admin, supplier.id);
      expect((await failure(service.update(owner, supplier.id, { name: 'x' }))).code).toBe('SUPPLIER_SUSPENDED');
      expect(await service.update(admin, supplier.id, { name: 'Renamed by admin' })).toMatchObject({ name: 'Renamed by admin' });
    });
  });

  describe('suspend and reinstate', () => {
    it('are for administrators only, change state once, and are audited', async () => {
      const { supplier, owner } = await registered();
      expect((await failure(service.suspend(owner, supplier.id))).kind).toBe('forbidden');
      expect((await failure(service.suspend(undefined, supplier.id))).kind).toBe('unauthenticated');
      expect(await service.suspend(admin, supplier.id, 'Fraud check')).toMatchObject({ status: 'suspended' });
      expect((await failure(service.suspend(admin, supplier.id))).kind).toBe('invalid_state');
      expect(await service.reinstate(admin, supplier.id)).toMatchObject({ status: 'active' });
      expect((await failure(service.reinstate(admin, supplier.id))).kind).toBe('invalid_state');
      expect((await failure(service.suspend(admin, '00000000-0000-4000-8000-000000000000'))).kind).toBe('not_found');
      const events = await auditFor(supplier.id);
      expect(events.slice(1)).toEqual([
        expect.objectContaining({ action: 'supplier.suspended', actor_user_id: admin.userId, after: { status: 'suspended', reason: 'Fraud check' } }),
        expect.objectContaining({ action: 'supplier.reinstated', after: { status: 'active', reason: null } }),
      ]);
    });
  });

  describe("'supplier.changed' jobs", () => {
    const jobsFor = async (supplierId: string) =>
      (await db.dataSource.query(
        `SELECT queue, job_name, job_id, payload FROM outbox_message WHERE payload->>'supplierId' = $1 ORDER BY id`,
        [supplierId],
      )) as { queue: string; job_name: string; job_id: string; payload: object }[];

    it('are queued with every committed change, one per change, and never for a change that changed nothing or failed', async () => {
      const { supplier, owner } = await registered();
      expect(await jobsFor(supplier.id)).toEqual([
        { queue: 'catalogue', job_name: 'supplier.changed', job_id: expect.stringMatching(`^supplier-changed-${supplier.id}-\\d+$`), payload: { supplierId: supplier.id } },
      ]);
      await service.update(owner, supplier.id, { name: 'Weald Digital Group Ltd' });
      await service.update(owner, supplier.id, { name: 'Weald Digital Group Ltd' });
      await failure(service.update(owner, supplier.id, { turnover: 'lots' }));
      await service.suspend(admin, supplier.id);
      await failure(service.suspend(admin, supplier.id));
      await service.reinstate(admin, supplier.id);
      const jobs = await jobsFor(supplier.id);
      expect(jobs).toHaveLength(4);
      expect(new Set(jobs.map((job) => job.job_id)).size).toBe(4);
    });
  });

  describe('list', () => {
    it('lists active suppliers only, filtered by SME, VCSE and locality, a page at a time', async () => {
      await db.dataSource.query(`DELETE FROM supplier`);
      await registered({ name: 'A Kent SME' });
      await registered({ name: 'B Leeds VCSE', isVcse: true, offices: [{ councilCode: LEEDS }] });
      await registered({ name: 'C Large', staffCount: 5000, turnover: '90000000.00', balanceSheetTotal: '90000000.00' });
      const suspended = await registered({ name: 'D Suspended' });
      await service.suspend(admin, suspended.supplier.id);

      const all = await service.list({}, { page: 1, pageSize: 2 });
      expect(all.total).toBe(3);
      expect(all.items.map((item) => item.name)).toEqual(['A Kent SME', 'B Leeds VCSE']);
      expect(all.items[0]).not.toHaveProperty('vatNumber');
      expect((await service.list({}, { page: 2, pageSize: 2 })).items.map((item) => item.name)).toEqual(['C Large']);

      const names = async (filter: object) => (await service.list(filter, { page: 1, pageSize: 10 })).items.map((item) => item.name);
      expect(await names({ sme: false })).toEqual(['C Large']);
      expect(await names({ vcse: true })).toEqual(['B Leeds VCSE']);
      expect(await names({ localTo: 'E07000105' })).toEqual(['A Kent SME', 'C Large']); // Ashford, Kent
      expect(await names({ localTo: 'E08000032' })).toEqual(['B Leeds VCSE']); // Bradford
      expect(await names({ localTo: 'E06000035' })).toEqual([]); // Medway: same region, not local
    });

    it('refuses an unknown council and a bad page', async () => {
      expect((await failure(service.list({ localTo: 'E99999999' }, { page: 1, pageSize: 10 }))).fieldErrors[0].field).toBe('localTo');
      expect((await failure(service.list({}, { page: 1, pageSize: 101 }))).fieldErrors[0].field).toBe('pageSize');
    });
  });
});
