import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { UserDirectory } from '@app/identity';
import { DataSource, IsNull } from 'typeorm';
import { renderNotificationEmail } from '../domain/notification-email';
import { NotificationOrmEntity } from '../infrastructure/notification.orm-entity';
import { MailSender } from './mail-sender';

export type EmailOutcome = 'sent' | 'already-sent' | 'email-off' | 'no-recipient' | 'gone';

/** Emails one notification to its user, once; run by the worker from the `notification.email` job. */
@Injectable()
export class NotificationEmailer {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(MailSender) private readonly mail: MailSender,
    @Inject(UserDirectory) private readonly users: UserDirectory,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  async deliver(notificationId: string): Promise<EmailOutcome> {
    const repository = this.dataSource.getRepository(NotificationOrmEntity);
    const notification = await repository.findOneBy({ id: notificationId });
    if (!notification) return 'gone';
    if (notification.emailedAt) return 'already-sent';
    if (!this.mail.enabled) return 'email-off';
    const user = await this.users.find(notification.userId);
    // A suspended account is told nothing more by email; it can still read the notice in the app.
    if (!user || user.status === 'suspended') return 'no-recipient';

    const email = renderNotificationEmail(notification, user.fullName, { publicBaseUrl: this.config.publicBaseUrl, from: this.config.mail.from });
    await this.mail.send({ to: user.email, ...email });
    /*
     * At least once, not exactly once: if the process dies (or the database fails) after the SMTP
     * server accepted the message and before this update commits, BullMQ runs the job again and the
     * user gets a second copy. SMTP gives no way to make send-and-mark atomic; the copy carries the
     * same Message-ID, so mail clients that collapse duplicates do, and anyone can tell it is a re-send.
     * The window is one UPDATE long. The condition keeps the first timestamp if two runs ever overlap.
     */
    await repository.update({ id: notification.id, emailedAt: IsNull() }, { emailedAt: new Date() });
    return 'sent';
  }
}
