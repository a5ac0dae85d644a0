import { ApiTokenOrmEntity } from './infrastructure/api-token.orm-entity';
import { UserOrmEntity } from './infrastructure/user.orm-entity';

export { IdentityModule } from './identity.module';
export { AuthService } from './application/auth.service';
export { EXPIRED_TOKEN_GRACE_HOURS, ExpiredTokenCleanup } from './application/expired-token-cleanup';
export { UserAdminService } from './application/user-admin.service';
export { AdminBootstrapService } from './application/admin-bootstrap.service';
export type { FirstAdminOutcome } from './application/admin-bootstrap.service';
export { UserDirectory } from './application/user-directory';
export type { UserSummary } from './application/user-directory';
export { PasswordHasher } from './application/password-hasher';
export type { AccessToken, Registration, UserAccountView, UserFilter, UserProfile } from './application/user.views';
export { EMAIL_MAX_LENGTH, FULL_NAME_MAX_LENGTH } from './domain/account-fields';
export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './domain/password-policy';
export { ROLES, SELF_REGISTERED_ROLES, USER_STATUSES } from './domain/user-status';
export type { SelfRegisteredRole, UserStatus } from './domain/user-status';

export const IDENTITY_ENTITIES = [UserOrmEntity, ApiTokenOrmEntity];
