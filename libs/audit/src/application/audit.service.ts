import { Injectable } from '@nestjs/common';
import { Actor, offsetOf, Page, pageOf, PageRequest, requireRole } from '@app/shared';
import { DataSource, EntityManager } from 'typeorm';
import { AuditEventOrmEntity } from '../infrastructure/audit-event.orm-entity';

export interface AuditEntry {
  actorUserId: string | null;
  action: string;
  objectType: string;
  objectId: string;
  before?: object | null;
  after?: object | null;
  requestId?: string | null;
}

export interface AuditEventView {
  id: string;
  occurredAt: string;
  actorUserId: string | null;
  action: string;
  objectType: string;
  objectId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  requestId: string | null;
}

export interface AuditFilter {
  action?: string;
  objectType?: string;
  objectId?: string;
  actorUserId?: string;
  from?: Date;
  to?: Date;
}

@Injectable()
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  /** Takes the caller's transaction manager, so the event commits or rolls back with the change itself. */
  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    await manager.insert(AuditEventOrmEntity, {
      actorUserId: entry.actorUserId,
      action: entry.action,
      objectType: entry.objectType,
      objectId: entry.objectId,
      before: entry.before ?? null,
      after: entry.after ?? null,
      requestId: entry.requestId ?? null,
    });
  }

  /** Administrators only. */
  async list(actor: Actor | undefined, filter: AuditFilter, page: PageRequest): Promise<Page<AuditEventView>> {
    requireRole(actor, 'admin');
    const query = this.dataSource.getRepository(AuditEventOrmEntity).createQueryBuilder('event');
    if (filter.action) query.andWhere('event.action = :action', { action: filter.action });
    if (filter.objectType) query.andWhere('event.objectType = :objectType', { objectType: filter.objectType });
    if (filter.objectId) query.andWhere('event.objectId = :objectId', { objectId: filter.objectId });
    if (filter.actorUserId) query.andWhere('event.actorUserId = :actorUserId', { actorUserId: filter.actorUserId });
    if (filter.from) query.andWhere('event.occurredAt >= :from', { from: filter.from });
    if (filter.to) query.andWhere('event.occurredAt < :to', { to: filter.to });
    const [rows, total] = await query
      .orderBy('event.occurredAt', 'DESC')
      .addOrderBy('event.id', 'DESC')
      .skip(offsetOf(page))
      .take(page.pageSize)
      .getManyAndCount();
    return pageOf(rows.map(toView), total, page);
  }
}

function toView(row: AuditEventOrmEntity): AuditEventView {
  return {
    id: row.id,
    occurredAt: row.occurredAt.toISOString(),
    actorUserId: row.actorUserId,
    action: row.action,
    objectType: row.objectType,
    objectId: row.objectId,
    before: row.before as Record<string, unknown> | null,
    after: row.after as Record<string, unknown> | null,
    requestId: row.requestId,
  };
}
