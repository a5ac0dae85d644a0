import { Module } from '@nestjs/common';
import { IdentityModule } from '@app/identity';
import { OrganisationsModule } from '@app/organisations';
import { AccountNotifications } from './application/account-notifications';
import { MailSender } from './application/mail-sender';
import { NotificationEmailer } from './application/notification-emailer';
import { NotificationService } from './application/notification.service';
import { SmtpMailSender } from './infrastructure/smtp-mail-sender';

@Module({
  imports: [IdentityModule, OrganisationsModule],
  providers: [NotificationService, AccountNotifications, NotificationEmailer, { provide: MailSender, useClass: SmtpMailSender }],
  exports: [NotificationService, AccountNotifications, NotificationEmailer, MailSender],
})
export class NotificationsModule {}
