import { Module } from '@nestjs/common';
import { NotificationsModule } from '@app/notifications';
import { NotificationsPageController } from './notifications.page.controller';

@Module({
  imports: [NotificationsModule],
  controllers: [NotificationsPageController],
})
export class NotificationsWebModule {}
