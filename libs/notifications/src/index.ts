import { NotificationOrmEntity } from './infrastructure/notification.orm-entity';

export const NOTIFICATION_ENTITIES = [NotificationOrmEntity];
