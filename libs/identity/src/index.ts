import { ApiTokenOrmEntity } from './infrastructure/api-token.orm-entity';
import { UserOrmEntity } from './infrastructure/user.orm-entity';

export const IDENTITY_ENTITIES = [UserOrmEntity, ApiTokenOrmEntity];
