import { Module } from '@nestjs/common';
import { IdentityModule } from '@app/identity';
import { OrganisationsModule } from '@app/organisations';
import { AccountPageController } from './account.page.controller';

@Module({
  imports: [IdentityModule, OrganisationsModule],
  controllers: [AccountPageController],
})
export class AccountWebModule {}
