import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { IdentityModule } from '@app/identity';
import { BearerAuthGuard } from '../auth/bearer-auth.guard';
import { BearerStrategy } from '../auth/bearer.strategy';
import { AdminUsersController } from './admin-users.controller';
import { AuthController } from './auth.controller';
import { MeController } from './me.controller';

/** Sign-in, tokens and account administration; also installs the global bearer guard for the whole API. */
@Module({
  imports: [IdentityModule, PassportModule.register({ session: false })],
  controllers: [AuthController, MeController, AdminUsersController],
  providers: [BearerStrategy, { provide: APP_GUARD, useClass: BearerAuthGuard }],
})
export class IdentityApiModule {}
