import { Module } from '@nestjs/common';
import { IdentityModule } from '@app/identity';
import { SignInPageController } from './sign-in.page.controller';
import { SignOutPageController } from './sign-out.page.controller';

@Module({
  imports: [IdentityModule],
  controllers: [SignInPageController, SignOutPageController],
})
export class SignInWebModule {}
