import { Module } from '@nestjs/common';
import { ProcurementModule } from '@app/procurement';
import { CatalogueWebModule } from '../catalogue/catalogue-web.module';
import { ContractsPageController } from './contracts.page.controller';

/** The public contracts register. Council names for the filter come from SearchChoices. */
@Module({
  imports: [ProcurementModule, CatalogueWebModule],
  controllers: [ContractsPageController],
})
export class ContractsWebModule {}
