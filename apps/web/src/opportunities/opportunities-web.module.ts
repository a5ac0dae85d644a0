import { Module } from '@nestjs/common';
import { CatalogueModule } from '@app/catalogue';
import { OrganisationsModule } from '@app/organisations';
import { ProcurementModule } from '@app/procurement';
import { OpportunityFilterChoiceReader } from './opportunity-filter-choices';
import { OpportunitiesPageController } from './opportunities.page.controller';

/** Public opportunities, and a signed-in supplier's questions and responses on them. */
@Module({
  imports: [ProcurementModule, CatalogueModule, OrganisationsModule],
  controllers: [OpportunitiesPageController],
  providers: [OpportunityFilterChoiceReader],
  exports: [OpportunityFilterChoiceReader],
})
export class OpportunitiesWebModule {}
