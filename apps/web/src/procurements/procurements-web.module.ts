import { Module } from '@nestjs/common';
import { MatchingModule } from '@app/matching';
import { ProcurementModule } from '@app/procurement';
import { CatalogueWebModule } from '../catalogue/catalogue-web.module';
import { BuyTogetherPageController } from './buy-together.page.controller';
import { JointProcurementPageController } from './joint-procurement.page.controller';
import { ManageOpportunityPageController } from './manage-opportunity.page.controller';
import { ProcurementsPageController } from './procurements.page.controller';
import { PublishChoices } from './publish-choices';
import { PublishPageController } from './publish.page.controller';

/** Buying together: joint procurements, invitations, publishing, questions, scoring and award, for council buyers. */
@Module({
  imports: [ProcurementModule, MatchingModule, CatalogueWebModule],
  controllers: [ProcurementsPageController, BuyTogetherPageController, PublishPageController, JointProcurementPageController, ManageOpportunityPageController],
  providers: [PublishChoices],
})
export class ProcurementsWebModule {}
