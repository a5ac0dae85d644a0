import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '@app/audit';
import { OutboxService } from '@app/queue';
import { Actor, DomainError, offsetOf, Page, pageOf, PageRequest, requireRole } from '@app/shared';
import { DataSource, EntityManager, FindOptionsWhere, IsNull } from 'typeorm';
import { isUuid } from '../domain/ids';
import { approvedStatus, reinstatedStatus, suspendedStatus } from '../domain/user-status';
import { ApiTokenOrmEntity } from '../infrastructure/api-token.orm-entity';
import { auditStateOf, toAccountView } from '../infrastructure/user.mapper';
import { UserOrmEntity } from '../infrastructure/user.orm-entity';
import type { UserAccountView, UserFilter } from './user.views';

type Changes = Partial<Pick<UserOrmEntity, 'status' | 'approvedAt' | 'approvedBy'>>;

/** What administrators do to accounts. Every method checks the actor itself, whoever calls it. */
@Injectable()
export class UserAdminService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(OutboxService) private readonly outbox: OutboxService,
  ) {}

  /** Oldest first, so the approval queue is worked in the order people asked. */
  async list(actor: Actor | undefined, filter: UserFilter, page: PageRequest): Promise<Page<UserAccountView>> {
    requireRole(actor, 'admin');
    const where: FindOptionsWhere<UserOrmEntity> = {};
    if (filter.status) where.status = filter.status;
    if (filter.role) where.role = filter.role;
    const [users, total] = await this.dataSource.getRepository(UserOrmEntity).findAndCount({
      where,
      order: { createdAt: 'ASC', id: 'ASC' },
      skip: offsetOf(page),
      take: page.pageSize,
    });
    return pageOf(users.map(toAccountView), total, page);
  }

  /** A pending buyer becomes active; the buyer is told through the 'buyer.approved' job. */
  approve(actor: Actor | undefined, userId: string): Promise<UserAccountView> {
    return this.change(actor, userId, 'user.approved', async (user, admin, manager) => {
      const status = approvedStatus(user);
      await this.outbox.enqueue(manager, { name: 'buyer.approved', payload: { userId: user.id }, jobId: `buyer-approved-${user.id}` });
      return { status, approvedAt: new Date(), approvedBy: admin.userId };
    });
  }

  /** Suspended users cannot sign in, and every token they hold stops working at once. */
  suspend(actor: Actor | undefined, userId: string): Promise<UserAccountView> {
    return this.change(actor, userId, 'user.suspended', async (user, admin, manager) => {
      const status = suspendedStatus(user, user.id === admin.userId);
      await manager.update(ApiTokenOrmEntity, { userId: user.id, revokedAt: IsNull() }, { revokedAt: new Date() });
      return { status };
    });
  }

  reinstate(actor: Actor | undefined, userId: string): Promise<UserAccountView> {
    return this.change(actor, userId, 'user.reinstated', async (user) => ({ status: reinstatedStatus(user) }));
  }

  /** Locks the row, applies the change, audits it: one transaction, so two admins cannot race. */
  private async change(
    actor: Actor | undefined,
    userId: string,
    action: string,
    decide: (user: UserOrmEntity, admin: Actor, manager: EntityManager) => Promise<Changes>,
  ): Promise<UserAccountView> {
    const admin = requireRole(actor, 'admin');
    if (!isUuid(userId)) throw DomainError.notFound('User');
    return this.dataSource.transaction(async (manager) => {
      const user = await manager.findOne(UserOrmEntity, { where: { id: userId }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw DomainError.notFound('User');
      const before = auditStateOf(user);
      const changes = await decide(user, admin, manager);
      await manager.update(UserOrmEntity, { id: user.id }, changes);
      const updated = Object.assign(user, changes);
      await this.audit.record(manager, {
        actorUserId: admin.userId,
        action,
        objectType: 'user',
        objectId: user.id,
        before,
        after: auditStateOf(updated),
      });
      return toAccountView(updated);
    });
  }
}
