import { Module } from '@nestjs/common';
import { IdentityModule } from '@app/identity';
import { OrganisationsModule } from '@app/organisations';
import { AccountNotifications } from './application/account-notifications';
import { NotificationService } from './application/notification.service';

@Module({
  imports: [IdentityModule, OrganisationsModule],
  providers: [NotificationService, AccountNotifications],
  exports: [NotificationService, AccountNotifications],
})
export class NotificationsModule {}
