import { NotificationOrmEntity } from './infrastructure/notification.orm-entity';

export { AccountNotifications } from './application/account-notifications';
export { NotificationService } from './application/notification.service';
export type { NewNotification, NotificationView } from './application/notification.service';
export { NotificationsModule } from './notifications.module';

export const NOTIFICATION_ENTITIES = [NotificationOrmEntity];
