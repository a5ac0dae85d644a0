import { Module } from '@nestjs/common';
import { ProcurementModule } from '@app/procurement';
import { CatalogueWebModule } from '../catalogue/catalogue-web.module';
import { OpportunityFilterChoiceReader } from './opportunity-filter-choices';
import { OpportunitiesPageController } from './opportunities.page.controller';

/** Public opportunities, and a signed-in supplier's questions and responses on them. */
@Module({
  imports: [ProcurementModule, CatalogueWebModule],
  controllers: [OpportunitiesPageController],
  providers: [OpportunityFilterChoiceReader],
  exports: [OpportunityFilterChoiceReader],
})
export class OpportunitiesWebModule {}
