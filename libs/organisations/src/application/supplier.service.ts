import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { AuditService, IntegrityFlagService } from '@app/audit';
import { OutboxService } from '@app/queue';
import {
  Actor,
  DomainError,
  isAdmin,
  offsetOf,
  Page,
  pageOf,
  PageRequest,
  penceToPounds,
  requireActive,
  requireRole,
} from '@app/shared';
import { DataSource, EntityManager, In } from 'typeorm';
import type { CouncilHierarchy } from '../domain/council-hierarchy';
import { localCouncils } from '../domain/locality';
import { isSme } from '../domain/sme';
import { SupplierInput, SupplierProfile, validateSupplierProfile } from '../domain/supplier-profile';
import { uniqueViolationOf } from '@app/db';
import { SupplierMemberOrmEntity } from '../infrastructure/supplier-member.orm-entity';
import { SupplierOfficeOrmEntity } from '../infrastructure/supplier-office.orm-entity';
import { SupplierOrmEntity } from '../infrastructure/supplier.orm-entity';
import { toSupplierPrivateView, toSupplierPublicView } from '../infrastructure/supplier.mapper';
import { CouncilHierarchyCache } from './council-hierarchy.cache';
import { requirePageRequest } from './page-request';
import type { SupplierFilter, SupplierPatch, SupplierPrivateView, SupplierPublicView, SupplierView } from './supplier.views';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const COMPANY_NUMBER_INDEX = 'uq_supplier_company_number';

/** Thrown inside a transaction so that the flag is raised after the rollback, where it will persist. */
class CompanyNumberTaken extends Error {
  constructor() {
    super('company number taken');
  }
}

/**
 * Supplier profiles. Authorisation lives here: a supplier's users and administrators see and change
 * the private figures; everyone else sees the public profile of an active supplier, and a supplier
 * they may not see answers 404, exactly like one that does not exist.
 */
@Injectable()
export class SupplierService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(CouncilHierarchyCache) private readonly hierarchy: CouncilHierarchyCache,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(IntegrityFlagService) private readonly flags: IntegrityFlagService,
    @Inject(OutboxService) private readonly outbox: OutboxService,
  ) {}

  /** A supplier user without a supplier creates one; the supplier, its offices, the membership and the audit event commit together. */
  async create(actor: Actor | undefined, input: SupplierInput): Promise<SupplierPrivateView> {
    const user = requireRole(actor, 'supplier');
    if (user.supplierId) throw alreadyHasSupplier();
    const hierarchy = await this.hierarchy.get();
    const profile = validateSupplierProfile(input, (code) => hierarchy.has(code));
    if (await this.dataSource.getRepository(SupplierMemberOrmEntity).existsBy({ userId: user.userId })) throw alreadyHasSupplier();

    const id = randomUUID();
    try {
      await this.dataSource.transaction(async (manager) => {
        if (await this.companyNumberHolder(manager, profile.companyNumber)) throw new CompanyNumberTaken();
        const derived = derive(profile, hierarchy);
        await manager.insert(SupplierOrmEntity, { id, ...columnsOf(profile, derived), status: 'active' });
        await insertOffices(manager, id, profile);
        await manager.insert(SupplierMemberOrmEntity, { userId: user.userId, supplierId: id });
        await this.audit.record(manager, {
          actorUserId: user.userId,
          action: 'supplier.created',
          objectType: 'supplier',
          objectId: id,
          before: null,
          after: snapshot(profile, derived, 'active'),
        });
        await this.announceChange(manager, id);
      });
    } catch (error) {
      throw await this.translateWriteError(error, user, profile, null);
    }
    return this.privateView(id, hierarchy);
  }

  async get(actor: Actor | undefined, id: string): Promise<SupplierView> {
    requireSupplierId(id);
    const supplier = await this.dataSource.getRepository(SupplierOrmEntity).findOneBy({ id });
    const privileged = supplier !== null && canSeePrivate(actor, supplier.id);
    if (!supplier || (!privileged && supplier.status !== 'active')) throw supplierNotFound();
    const hierarchy = await this.hierarchy.get();
    const offices = await this.dataSource.getRepository(SupplierOfficeOrmEntity).findBy({ supplierId: id });
    return privileged ? toSupplierPrivateView(supplier, offices, hierarchy) : toSupplierPublicView(supplier, offices, hierarchy);
  }

  /**
   * The supplier's own users or an administrator. Fields left out keep their value; `offices`
   * replaces the list. SME status and localTo are derived again from the result.
   */
  async update(actor: Actor | undefined, id: string, patch: SupplierPatch): Promise<SupplierPrivateView> {
    const user = requireActive(actor);
    requireSupplierId(id);
    if (!canSeePrivate(user, id)) throw supplierNotFound();
    const hierarchy = await this.hierarchy.get();
    let attempt: Attempt | null = null;
    try {
      await this.dataSource.transaction(async (manager) => {
        const supplier = await manager.findOne(SupplierOrmEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
        if (!supplier) throw supplierNotFound();
        if (supplier.status === 'suspended' && !isAdmin(user)) {
          throw new DomainError('invalid_state', 'SUPPLIER_SUSPENDED', 'A suspended supplier cannot change its profile; contact an administrator');
        }
        const offices = await manager.find(SupplierOfficeOrmEntity, { where: { supplierId: id }, order: { position: 'ASC' } });
        const current = inputOf(supplier, offices);
        const profile = validateSupplierProfile(merge(current, patch), (code) => hierarchy.has(code));
        attempt = profile;
        const before = snapshotOf(supplier, offices);
        const derived = derive(profile, hierarchy);
        const after = snapshot(profile, derived, supplier.status);
        if (JSON.stringify(before) === JSON.stringify(after)) return;

        if (profile.companyNumber !== supplier.companyNumber) {
          const holder = await this.companyNumberHolder(manager, profile.companyNumber);
          if (holder && holder !== id) throw new CompanyNumberTaken();
        }
        await manager.update(SupplierOrmEntity, { id }, columnsOf(profile, derived));
        if (patch.offices !== undefined) {
          await manager.delete(SupplierOfficeOrmEntity, { supplierId: id });
          await insertOffices(manager, id, profile);
        }
        await this.audit.record(manager, {
          actorUserId: user.userId,
          action: 'supplier.updated',
          objectType: 'supplier',
          objectId: id,
          before,
          after,
        });
        await this.announceChange(manager, id);
      });
    } catch (error) {
      throw await this.translateWriteError(error, user, attempt, id);
    }
    return this.privateView(id, hierarchy);
  }

  /** The public directory: active suppliers only, in three queries whatever the page size. */
  async list(filter: SupplierFilter, page: PageRequest): Promise<Page<SupplierPublicView>> {
    requirePageRequest(page);
    const hierarchy = await this.hierarchy.get();
    if (filter.localTo !== undefined && !hierarchy.has(filter.localTo)) {
      throw DomainError.field('localTo', 'localTo is not the GSS code of a current English council');
    }
    const query = this.dataSource
      .getRepository(SupplierOrmEntity)
      .createQueryBuilder('supplier')
      .where('supplier.status = :status', { status: 'active' });
    if (filter.sme !== undefined) query.andWhere('supplier.isSme = :sme', { sme: filter.sme });
    if (filter.vcse !== undefined) query.andWhere('supplier.isVcse = :vcse', { vcse: filter.vcse });
    // Containment (@>) rather than ANY() so that the GIN index on local_to is used.
    if (filter.localTo !== undefined) query.andWhere('supplier.localTo @> ARRAY[:localTo]::text[]', { localTo: filter.localTo });
    const [suppliers, total] = await query
      .orderBy('supplier.name', 'ASC')
      .addOrderBy('supplier.id', 'ASC')
      .skip(offsetOf(page))
      .take(page.pageSize)
      .getManyAndCount();
    const offices = suppliers.length
      ? await this.dataSource.getRepository(SupplierOfficeOrmEntity).findBy({ supplierId: In(suppliers.map((s) => s.id)) })
      : [];
    const items = suppliers.map((supplier) =>
      toSupplierPublicView(
        supplier,
        offices.filter((office) => office.supplierId === supplier.id),
        hierarchy,
      ),
    );
    return pageOf(items, total, page);
  }

  suspend(actor: Actor | undefined, id: string, reason?: string): Promise<SupplierPrivateView> {
    return this.changeStatus(actor, id, 'active', 'suspended', reason);
  }

  reinstate(actor: Actor | undefined, id: string, reason?: string): Promise<SupplierPrivateView> {
    return this.changeStatus(actor, id, 'suspended', 'active', reason);
  }

  private async changeStatus(
    actor: Actor | undefined,
    id: string,
    from: SupplierOrmEntity['status'],
    to: SupplierOrmEntity['status'],
    reason: string | undefined,
  ): Promise<SupplierPrivateView> {
    const admin = requireRole(actor, 'admin');
    requireSupplierId(id);
    const trimmedReason = reason?.trim() || null;
    if (trimmedReason && trimmedReason.length > 1000) throw DomainError.field('reason', 'reason must be at most 1000 characters');
    await this.dataSource.transaction(async (manager) => {
      const supplier = await manager.findOne(SupplierOrmEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!supplier) throw supplierNotFound();
      if (supplier.status !== from) {
        throw new DomainError('invalid_state', `SUPPLIER_ALREADY_${to.toUpperCase()}`, `The supplier is already ${to}`);
      }
      await manager.update(SupplierOrmEntity, { id }, { status: to });
      await this.audit.record(manager, {
        actorUserId: admin.userId,
        action: to === 'suspended' ? 'supplier.suspended' : 'supplier.reinstated',
        objectType: 'supplier',
        objectId: id,
        before: { status: from },
        after: { status: to, reason: trimmedReason },
      });
      await this.announceChange(manager, id);
    });
    return this.privateView(id, await this.hierarchy.get());
  }

  /**
   * Queues 'supplier.changed' in the change's own transaction, so the catalogue refreshes the facts
   * its listings copy exactly when the change commits. The job id names this version of the row.
   */
  private async announceChange(manager: EntityManager, supplierId: string): Promise<void> {
    const { updatedAt } = await manager.findOneOrFail(SupplierOrmEntity, { where: { id: supplierId }, select: { id: true, updatedAt: true } });
    await this.outbox.enqueue(manager, {
      name: 'supplier.changed',
      payload: { supplierId },
      jobId: `supplier-changed-${supplierId}-${updatedAt.getTime()}`,
    });
  }

  private async privateView(id: string, hierarchy: CouncilHierarchy): Promise<SupplierPrivateView> {
    const supplier = await this.dataSource.getRepository(SupplierOrmEntity).findOneByOrFail({ id });
    const offices = await this.dataSource.getRepository(SupplierOfficeOrmEntity).findBy({ supplierId: id });
    return toSupplierPrivateView(supplier, offices, hierarchy);
  }

  private async companyNumberHolder(manager: EntityManager, companyNumber: string): Promise<string | null> {
    const holder = await manager.findOne(SupplierOrmEntity, { where: { companyNumber }, select: { id: true } });
    return holder?.id ?? null;
  }

  /**
   * A duplicate company number, found by the check or by the unique index when two registrations
   * race, becomes a 409 and an integrity flag on the supplier that holds the number. The flag is
   * raised here, after the failed transaction has rolled back, so that it stays.
   */
  private async translateWriteError(error: unknown, user: Actor, attempt: Attempt | null, supplierId: string | null): Promise<unknown> {
    const violation = uniqueViolationOf(error);
    if (violation?.table === 'supplier_member') return alreadyHasSupplier();
    const duplicate = error instanceof CompanyNumberTaken || violation?.constraint === COMPANY_NUMBER_INDEX;
    if (!duplicate || !attempt) return error;

    const holder = await this.companyNumberHolder(this.dataSource.manager, attempt.companyNumber);
    if (holder) {
      await this.flags.raise({
        kind: 'duplicate-company-number',
        subjectType: 'supplier',
        subjectId: holder,
        summary: `Company number ${attempt.companyNumber} is already registered; "${attempt.name}" tried to register it again`,
        details: {
          companyNumber: attempt.companyNumber,
          attemptedName: attempt.name,
          requestedByUserId: user.userId,
          requestedForSupplierId: supplierId,
        },
        dedupeKey: `duplicate-company-number:${holder}:${user.userId}`,
      });
    }
    return new DomainError('conflict', 'COMPANY_NUMBER_TAKEN', 'A supplier with this company number is already registered', [
      { field: 'companyNumber', message: 'companyNumber is already registered to another supplier' },
    ]);
  }
}

/** The name and number a caller tried to register, for the integrity flag. */
interface Attempt {
  name: string;
  companyNumber: string;
}

interface Derived {
  isSme: boolean;
  localTo: string[];
}

function derive(profile: SupplierProfile, hierarchy: CouncilHierarchy): Derived {
  return {
    isSme: isSme(profile),
    localTo: localCouncils(
      profile.offices.map((office) => office.councilCode),
      hierarchy,
    ),
  };
}


function columnsOf(profile: SupplierProfile, derived: Derived) {
  return {
    name: profile.name,
    companyNumber: profile.companyNumber,
    vatNumber: profile.vatNumber,
    phone: profile.phone,
    staffCount: profile.staffCount,
    turnoverPence: profile.turnoverPence.toString(),
    balanceSheetPence: profile.balanceSheetPence.toString(),
    isVcse: profile.isVcse,
    isSme: derived.isSme,
    localTo: derived.localTo,
  };
}

async function insertOffices(manager: EntityManager, supplierId: string, profile: SupplierProfile): Promise<void> {
  await manager.insert(
    SupplierOfficeOrmEntity,
    profile.offices.map((office, position) => ({ supplierId, councilCode: office.councilCode, postcode: office.postcode, position })),
  );
}

/** What the audit log keeps of a profile: everything a reviewer needs to see what changed. */
function snapshot(profile: SupplierProfile, derived: Derived, status: SupplierOrmEntity['status']) {
  return {
    name: profile.name,
    companyNumber: profile.companyNumber,
    vatNumber: profile.vatNumber,
    phone: profile.phone,
    staffCount: profile.staffCount,
    turnover: penceToPounds(profile.turnoverPence),
    balanceSheetTotal: penceToPounds(profile.balanceSheetPence),
    isVcse: profile.isVcse,
    isSme: derived.isSme,
    status,
    offices: profile.offices,
    localTo: derived.localTo,
  };
}

function snapshotOf(supplier: SupplierOrmEntity, offices: SupplierOfficeOrmEntity[]) {
  return {
    name: supplier.name,
    companyNumber: supplier.companyNumber,
    vatNumber: supplier.vatNumber,
    phone: supplier.phone,
    staffCount: supplier.staffCount,
    turnover: penceToPounds(supplier.turnoverPence),
    balanceSheetTotal: penceToPounds(supplier.balanceSheetPence),
    isVcse: supplier.isVcse,
    isSme: supplier.isSme,
    status: supplier.status,
    offices: offices.map((office) => ({ councilCode: office.councilCode, postcode: office.postcode })),
    localTo: supplier.localTo,
  };
}

function inputOf(supplier: SupplierOrmEntity, offices: SupplierOfficeOrmEntity[]): SupplierInput {
  return {
    name: supplier.name,
    companyNumber: supplier.companyNumber,
    vatNumber: supplier.vatNumber,
    phone: supplier.phone,
    staffCount: supplier.staffCount,
    turnover: penceToPounds(supplier.turnoverPence),
    balanceSheetTotal: penceToPounds(supplier.balanceSheetPence),
    isVcse: supplier.isVcse,
    offices: offices.map((office) => ({ councilCode: office.councilCode, postcode: office.postcode })),
  };
}

function merge(current: SupplierInput, patch: SupplierPatch): SupplierInput {
  const pick = <K extends keyof SupplierInput>(key: K): SupplierInput[K] =>
    (patch[key] !== undefined ? patch[key] : current[key]) as SupplierInput[K];
  return {
    name: pick('name'),
    companyNumber: pick('companyNumber'),
    vatNumber: pick('vatNumber'),
    phone: pick('phone'),
    staffCount: pick('staffCount'),
    turnover: pick('turnover'),
    balanceSheetTotal: pick('balanceSheetTotal'),
    isVcse: pick('isVcse'),
    offices: pick('offices'),
  };
}

function canSeePrivate(actor: Actor | undefined, supplierId: string): boolean {
  if (isAdmin(actor)) return true;
  return actor?.status === 'active' && actor.role === 'supplier' && actor.supplierId === supplierId;
}

/** A malformed id is the caller's mistake, told apart from an id that names nothing (404). */
function requireSupplierId(id: string): void {
  if (typeof id !== 'string' || !UUID.test(id)) {
    throw new DomainError('bad_request', 'INVALID_SUPPLIER_ID', 'id must be a supplier id (a UUID)', [
      { field: 'id', message: 'id must be a supplier id (a UUID)' },
    ]);
  }
}

function supplierNotFound(): DomainError {
  return DomainError.notFound('Supplier');
}

function alreadyHasSupplier(): DomainError {
  return new DomainError('conflict', 'SUPPLIER_ALREADY_EXISTS', 'Your account already has a supplier profile');
}
