import { Inject, Injectable } from '@nestjs/common';
import { OutboxService } from '@app/queue';
import { Actor, DomainError, offsetOf, Page, pageOf, PageRequest, requireActor } from '@app/shared';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { NotificationOrmEntity } from '../infrastructure/notification.orm-entity';

export interface NewNotification {
  userId: string;
  kind: string;
  title: string;
  body: string;
  link?: string | null;
  /** Names the fact being told; the same key twice is one notification. */
  dedupeKey: string;
}

export interface NotificationView {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

@Injectable()
export class NotificationService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(OutboxService) private readonly outbox: OutboxService,
  ) {}

  /**
   * Writes the notifications and queues an email for each one that is new; returns how many were
   * new. A dedupe hit (re-delivered job, fact already told) inserts nothing and emails nothing.
   * Pass the change's own transaction; without one, the notifications get a transaction of their own
   * so a notice and its email job still commit together.
   */
  async notify(notifications: NewNotification[], manager: EntityManager = this.dataSource.manager): Promise<number> {
    if (notifications.length === 0) return 0;
    if (!manager.queryRunner?.isTransactionActive) {
      return manager.transaction((transaction) => this.insertAndQueueEmails(notifications, transaction));
    }
    return this.insertAndQueueEmails(notifications, manager);
  }

  private async insertAndQueueEmails(notifications: NewNotification[], manager: EntityManager): Promise<number> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(NotificationOrmEntity)
      .values(notifications.map((notification) => ({ ...notification, link: notification.link ?? null })))
      .orIgnore()
      .returning(['id'])
      .execute();
    const inserted = result.raw as { id: string }[];
    // Queued even when email is off here: only the worker needs SMTP_URL, and it decides.
    await this.outbox.enqueueMany(
      manager,
      inserted.map(({ id }) => ({ name: 'notification.email' as const, payload: { notificationId: id }, jobId: `notification-email-${id}` })),
    );
    return inserted.length;
  }

  async listFor(actor: Actor | undefined, filter: { unread?: boolean }, page: PageRequest): Promise<Page<NotificationView>> {
    const { userId } = requireActor(actor);
    const [rows, total] = await this.dataSource.getRepository(NotificationOrmEntity).findAndCount({
      where: { userId, ...(filter.unread ? { readAt: IsNull() } : {}) },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: offsetOf(page),
      take: page.pageSize,
    });
    return pageOf(rows.map(toView), total, page);
  }

  async markRead(actor: Actor | undefined, id: string): Promise<NotificationView> {
    const { userId } = requireActor(actor);
    const repository = this.dataSource.getRepository(NotificationOrmEntity);
    // Someone else's notification is simply not found.
    const notification = await repository.findOneBy({ id, userId });
    if (!notification) throw DomainError.notFound('Notification');
    if (!notification.readAt) {
      notification.readAt = new Date();
      await repository.update({ id }, { readAt: notification.readAt });
    }
    return toView(notification);
  }
}

function toView(row: NotificationOrmEntity): NotificationView {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    link: row.link,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt ? row.readAt.toISOString() : null,
  };
}
