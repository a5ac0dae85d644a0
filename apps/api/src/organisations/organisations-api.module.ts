import { Module } from '@nestjs/common';
import { OrganisationsModule } from '@app/organisations';
import { AdminCouncilsController } from './admin-councils.controller';
import { AdminSuppliersController } from './admin-suppliers.controller';
import { CouncilsController } from './councils.controller';
import { SuppliersController } from './suppliers.controller';

@Module({
  imports: [OrganisationsModule],
  controllers: [CouncilsController, AdminCouncilsController, SuppliersController, AdminSuppliersController],
})
export class OrganisationsApiModule {}
