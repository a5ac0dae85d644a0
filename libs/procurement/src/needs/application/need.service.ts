import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '@app/audit';
import { CpvService } from '@app/classification';
import { CouncilHierarchyCache } from '@app/organisations';
import { OutboxService } from '@app/queue';
import { Actor, DomainError, FieldError, isAdmin, offsetOf, Page, pageOf, PageRequest, requireRole } from '@app/shared';
import { DataSource, EntityManager } from 'typeorm';
import { requireCouncil, requirePage } from '../../contracts/application/request-checks';
import { ukToday } from '../../contracts/domain/calendar';
import { isCpvFilter } from '../../contracts/domain/cpv-groups';
import { isUuid } from '../../contracts/domain/field-rules';
import { lotExists, supplierExists } from '../../contracts/infrastructure/register-lookups';
import { mergeNeedPatch, NeedContent, NeedInput, NeedPatch, validateNeedContent } from '../domain/need-content';
import { assertNeedEditable, NEED_STATUSES, NeedStatus, NeedTransition, planNeedTransition } from '../domain/need-state';
import { needColumns, needInputOf, needSnapshot, toNeedForProcurement, toNeedFullView, toNeedSummaryView } from '../infrastructure/need.mapper';
import { NeedOrmEntity } from '../infrastructure/need.orm-entity';
import type { NeedFilter, NeedForProcurement, NeedFullView, NeedProcurementMove, NeedView } from './need.views';

/**
 * The snapshot fields partner matching reads (DESIGN §4): a change to any of them recomputes the
 * need's partner councils; a change to, say, the estimated value does not.
 */
const MATCHED_FIELDS = [
  'title',
  'description',
  'cpvCodes',
  'lotId',
  'wantedStartDate',
  'currentContract',
  'openToCollaboration',
] as const;

/** A buyer's change to a need: content fields, and `status` to close it or reopen one it closed. */
export type NeedUpdate = NeedPatch & { status?: NeedStatus };

/**
 * Councils' needs. Authorisation lives here: a council's buyers see and change its needs in full;
 * other councils' buyers see a summary of a need only while it is open to collaboration and open,
 * and any other need answers 404 exactly like one that does not exist. Administrators read all.
 * Suppliers have no access: needs are councils' plans, not notices.
 */
@Injectable()
export class NeedService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(CouncilHierarchyCache) private readonly hierarchy: CouncilHierarchyCache,
    @Inject(CpvService) private readonly cpv: CpvService,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(OutboxService) private readonly outbox: OutboxService,
  ) {}

  async create(actor: Actor | undefined, input: NeedInput): Promise<NeedFullView> {
    const buyer = requireRole(actor, 'buyer');
    const councilCode = requireCouncil(buyer);
    const content = validateNeedContent(input, ukToday());
    await this.checkReferences(this.dataSource.manager, content);

    const id = randomUUID();
    await this.dataSource.transaction(async (manager) => {
      await manager.insert(NeedOrmEntity, { id, councilCode, createdBy: buyer.userId, status: 'open', closure: null, ...needColumns(content) });
      const row = await manager.findOneByOrFail(NeedOrmEntity, { id });
      await this.audit.record(manager, {
        actorUserId: buyer.userId,
        action: 'need.created',
        objectType: 'need',
        objectId: id,
        before: null,
        after: needSnapshot(row),
      });
      await this.enqueueMatching(manager, id);
    });
    return this.fullView(await this.dataSource.getRepository(NeedOrmEntity).findOneByOrFail({ id }));
  }

  async get(actor: Actor | undefined, id: string): Promise<NeedView> {
    const reader = requireRole(actor, 'buyer', 'admin');
    requireNeedId(id);
    const row = await this.dataSource.getRepository(NeedOrmEntity).findOneBy({ id });
    if (!row) throw needNotFound();
    if (isAdmin(reader) || row.councilCode === reader.councilCode) return this.fullView(row);
    if (row.openToCollaboration && row.status === 'open') return this.summaryView(row);
    throw needNotFound();
  }

  /**
   * A buyer's own council's needs (full, any status, first) and other councils' open needs that
   * are open to collaboration (summary); everything in full for administrators. Two queries.
   */
  async list(actor: Actor | undefined, filter: NeedFilter, page: PageRequest): Promise<Page<NeedView>> {
    const reader = requireRole(actor, 'buyer', 'admin');
    requirePage(page);
    const hierarchy = await this.hierarchy.get();
    const errors: FieldError[] = [];
    if (filter.council !== undefined && !hierarchy.has(filter.council)) {
      errors.push({ field: 'council', message: 'council is not the GSS code of a current English council' });
    }
    if (filter.cpv !== undefined && !isCpvFilter(filter.cpv)) errors.push({ field: 'cpv', message: 'cpv must be 2 to 8 digits of a CPV code' });
    if (filter.status !== undefined && !NEED_STATUSES.includes(filter.status)) {
      errors.push({ field: 'status', message: `status must be one of ${NEED_STATUSES.join(', ')}` });
    }
    if (errors.length > 0) throw DomainError.validation('INVALID_NEED_FILTER', errors);

    // Administrators read every need in full; a buyer's own council comes first.
    const own = isAdmin(reader) ? null : requireCouncil(reader);
    const query = this.dataSource.getRepository(NeedOrmEntity).createQueryBuilder('need');
    if (own !== null) query.where(`(need.councilCode = :own OR (need.openToCollaboration AND need.status = 'open'))`, { own });
    if (filter.council !== undefined) query.andWhere('need.councilCode = :council', { council: filter.council });
    if (filter.cpv !== undefined) query.andWhere('need.cpvPrefixes @> ARRAY[:cpv]::text[]', { cpv: filter.cpv });
    if (filter.status !== undefined) query.andWhere('need.status = :status', { status: filter.status });
    const [rows, total] = await query
      .addSelect(`CASE WHEN need.council_code = :own THEN 0 ELSE 1 END`, 'own_first')
      .setParameter('own', own ?? '')
      .orderBy('own_first', 'ASC')
      .addOrderBy('need.createdAt', 'DESC')
      .addOrderBy('need.id', 'ASC')
      .skip(offsetOf(page))
      .take(page.pageSize)
      .getManyAndCount();
    const items = rows.map((row) => {
      const name = hierarchy.get(row.councilCode)?.name ?? row.councilCode;
      return own === null || row.councilCode === own ? toNeedFullView(row, name) : toNeedSummaryView(row, name);
    });
    return pageOf(items, total, page);
  }

  /**
   * Its own council's buyers only (another council gets 404, even for a collaborative need).
   * Fields left out keep their value; `status: 'closed'` closes an open need and `'open'` reopens
   * one the buyer closed. Content changes need an open need: reopening and editing in one request
   * reopens first, editing and closing edits first.
   */
  async update(actor: Actor | undefined, id: string, update: NeedUpdate): Promise<NeedFullView> {
    const buyer = requireRole(actor, 'buyer');
    requireNeedId(id);
    const { status, ...patch } = update;
    if (status !== undefined && !NEED_STATUSES.includes(status)) throw DomainError.field('status', `status must be one of ${NEED_STATUSES.join(', ')}`);
    const changesContent = Object.values(patch).some((value) => value !== undefined);

    await this.dataSource.transaction(async (manager) => {
      let matchingChanged = false;
      const row = await manager.findOne(NeedOrmEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!row || row.councilCode !== buyer.councilCode) throw needNotFound();
      if (status === 'open') await this.transition(manager, row, 'reopen', buyer.userId);
      if (changesContent) {
        assertNeedEditable(row);
        const content = validateNeedContent(mergeNeedPatch(needInputOf(row), patch), ukToday(), row.wantedStartDate);
        await this.checkReferences(manager, content, row);
        const before = needSnapshot(row);
        const columns = needColumns(content);
        const after = needSnapshot(Object.assign(new NeedOrmEntity(), row, columns));
        if (JSON.stringify(before) !== JSON.stringify(after)) {
          await manager.update(NeedOrmEntity, { id }, columns);
          Object.assign(row, columns);
          await this.audit.record(manager, { actorUserId: buyer.userId, action: 'need.updated', objectType: 'need', objectId: id, before, after });
          matchingChanged = MATCHED_FIELDS.some((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]));
        }
      }
      if (status === 'closed') await this.transition(manager, row, 'close', buyer.userId);
      // Closing or reopening adds or removes the need from other councils' suggestions too.
      if (matchingChanged || status !== undefined) await this.enqueueMatching(manager, id);
    });
    return this.fullView(await this.dataSource.getRepository(NeedOrmEntity).findOneByOrFail({ id }));
  }

  /**
   * For the joint procurement that takes a council's open need in, inside its transaction: the
   * need closes (so it stops showing as a collaboration candidate) and is audited. 404 when the
   * need is not that council's, 409 naming the state when it is not open.
   */
  async moveIntoJointProcurement(manager: EntityManager, move: NeedProcurementMove): Promise<NeedForProcurement> {
    const row = await this.lockForProcurement(manager, move);
    await this.transition(manager, row, 'join-procurement', move.actorUserId, { jointProcurementId: move.jointProcurementId });
    return toNeedForProcurement(row);
  }

  /** The reverse, when the council leaves or the joint procurement is cancelled: the need is open again. */
  async releaseFromJointProcurement(manager: EntityManager, move: NeedProcurementMove): Promise<NeedForProcurement> {
    const row = await this.lockForProcurement(manager, move);
    await this.transition(manager, row, 'leave-procurement', move.actorUserId, { jointProcurementId: move.jointProcurementId });
    return toNeedForProcurement(row);
  }

  private async lockForProcurement(manager: EntityManager, move: NeedProcurementMove): Promise<NeedOrmEntity> {
    if (!isUuid(move.needId)) throw DomainError.field('needId', 'needId must be a need id (a UUID)');
    const row = await manager.findOne(NeedOrmEntity, { where: { id: move.needId }, lock: { mode: 'pessimistic_write' } });
    if (!row || row.councilCode !== move.councilCode) throw needNotFound();
    return row;
  }

  /** Applies a state transition to a locked row (mutating it) and audits it. */
  private async transition(
    manager: EntityManager,
    row: NeedOrmEntity,
    transition: NeedTransition,
    actorUserId: string,
    context: Record<string, unknown> = {},
  ): Promise<void> {
    const before = { status: row.status, closure: row.closure };
    const after = planNeedTransition(before, transition);
    await manager.update(NeedOrmEntity, { id: row.id }, after);
    Object.assign(row, after);
    const action: Record<NeedTransition, string> = {
      close: 'need.closed',
      reopen: 'need.reopened',
      'join-procurement': 'need.joined-procurement',
      'leave-procurement': 'need.left-procurement',
    };
    await this.audit.record(manager, {
      actorUserId,
      action: action[transition],
      objectType: 'need',
      objectId: row.id,
      before,
      after: { ...after, ...context },
    });
  }

  /** Partner councils are recomputed after the change commits; the version keeps each save its own job. */
  private async enqueueMatching(manager: EntityManager, needId: string): Promise<void> {
    const version = Date.now();
    await this.outbox.enqueue(manager, { name: 'need.saved', payload: { needId, version }, jobId: `need-saved-${needId}-${version}` });
  }

  /**
   * CPV codes must exist, and so must a lot or registered supplier the need names. On update only
   * what changed is checked again, so a lot later removed does not block editing the title.
   */
  private async checkReferences(manager: EntityManager, content: NeedContent, previous?: NeedOrmEntity): Promise<void> {
    const errors: FieldError[] = [];
    const newCodes = content.cpvCodes.filter((code) => !previous?.cpvCodes.includes(code));
    const known = new Set((await this.cpv.findMany(newCodes, manager)).map((code) => code.code));
    content.cpvCodes.forEach((code, index) => {
      if (newCodes.includes(code) && !known.has(code)) errors.push({ field: `cpvCodes[${index}]`, message: `cpvCodes[${index}] ${code} is not a CPV code` });
    });
    if (content.lotId && content.lotId !== previous?.lotId && !(await lotExists(manager, content.lotId))) {
      errors.push({ field: 'lotId', message: 'lotId is not a framework lot' });
    }
    const supplierId = content.currentContract?.supplierId;
    if (supplierId && supplierId !== previous?.currentSupplierId && !(await supplierExists(manager, supplierId))) {
      errors.push({ field: 'currentContract.supplierId', message: 'currentContract.supplierId is not a registered supplier' });
    }
    if (errors.length > 0) throw DomainError.validation('INVALID_NEED', errors);
  }

  private async fullView(row: NeedOrmEntity): Promise<NeedFullView> {
    const hierarchy = await this.hierarchy.get();
    return toNeedFullView(row, hierarchy.get(row.councilCode)?.name ?? row.councilCode);
  }

  private async summaryView(row: NeedOrmEntity): Promise<NeedView> {
    const hierarchy = await this.hierarchy.get();
    return toNeedSummaryView(row, hierarchy.get(row.councilCode)?.name ?? row.councilCode);
  }
}

function requireNeedId(id: string): void {
  if (!isUuid(id)) throw new DomainError('bad_request', 'INVALID_NEED_ID', 'id must be a need id (a UUID)', [{ field: 'id', message: 'id must be a need id (a UUID)' }]);
}

function needNotFound(): DomainError {
  return DomainError.notFound('Need');
}
