import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { MailSender, NotificationEmailer, PermanentDeliveryError } from '@app/notifications';
import { JobContext, JobHandler, JobPayloads } from '@app/queue';
import { UnrecoverableError } from 'bullmq';

/**
 * Emails a newly written notification. Idempotent: a notification already marked as emailed is
 * skipped. SMTP trouble (server down, 4xx) throws, so BullMQ retries with backoff; a permanent
 * refusal (5xx: no such mailbox) fails the job at once and keeps it for inspection.
 */
@Injectable()
export class NotificationEmailHandler implements JobHandler<'notification.email'>, OnApplicationBootstrap {
  readonly jobName = 'notification.email' as const;
  private readonly logger = new Logger('NotificationEmail');

  constructor(
    @Inject(NotificationEmailer) private readonly emailer: NotificationEmailer,
    @Inject(MailSender) private readonly mail: MailSender,
  ) {}

  onApplicationBootstrap(): void {
    if (this.mail.enabled) this.logger.log(`Emailing notifications through ${this.mail.describe()}`);
    else this.logger.log('Email is off (SMTP_URL is not set): notifications are in-app only');
  }

  async handle({ notificationId }: JobPayloads['notification.email'], context: JobContext): Promise<void> {
    try {
      const outcome = await this.emailer.deliver(notificationId);
      if (outcome !== 'email-off') this.logger.debug({ jobId: context.jobId, notificationId, outcome }, 'Notification email');
    } catch (error) {
      if (error instanceof PermanentDeliveryError) {
        this.logger.warn({ jobId: context.jobId, notificationId }, error.message);
        throw new UnrecoverableError(error.message);
      }
      throw error;
    }
  }
}
