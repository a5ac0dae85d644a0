import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { OrganisationsModule } from '@app/organisations';
import { AdminBootstrapService } from './application/admin-bootstrap.service';
import { AuthService } from './application/auth.service';
import { ExpiredTokenCleanup } from './application/expired-token-cleanup';
import { LoginThrottle } from './application/login-throttle';
import { PasswordHasher } from './application/password-hasher';
import { UserAdminService } from './application/user-admin.service';
import { UserDirectory } from './application/user-directory';
import { RedisLoginThrottle } from './infrastructure/redis-login-throttle';

/** Accounts, sign-in, tokens and account administration. Needs the global DataSource, AppConfig and OutboxService. */
@Module({
  imports: [OrganisationsModule, AuditModule],
  providers: [
    PasswordHasher,
    { provide: LoginThrottle, useClass: RedisLoginThrottle },
    AuthService,
    UserAdminService,
    AdminBootstrapService,
    UserDirectory,
    ExpiredTokenCleanup,
  ],
  exports: [AuthService, UserAdminService, AdminBootstrapService, UserDirectory, PasswordHasher, ExpiredTokenCleanup],
})
export class IdentityModule {}
