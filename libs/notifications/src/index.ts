import { NotificationOrmEntity } from './infrastructure/notification.orm-entity';

export { AccountNotifications } from './application/account-notifications';
export { MailSender, PermanentDeliveryError } from './application/mail-sender';
export type { OutgoingEmail } from './application/mail-sender';
export { NotificationEmailer } from './application/notification-emailer';
export type { EmailOutcome } from './application/notification-emailer';
export { NotificationService } from './application/notification.service';
export type { NewNotification, NotificationView } from './application/notification.service';
export { NotificationsModule } from './notifications.module';

export const NOTIFICATION_ENTITIES = [NotificationOrmEntity];
