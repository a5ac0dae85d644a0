import { Module } from '@nestjs/common';
import { MatchingModule } from '@app/matching';
import { NeedPartnersController } from './need-partners.controller';
import { OpportunityMatchesController } from './opportunity-matches.controller';
import { SupplierMatchesController } from './supplier-matches.controller';

/** Partner councils and supplier matches, read by buyers, and suppliers' matched opportunities; the worker computes them. */
@Module({
  imports: [MatchingModule],
  controllers: [NeedPartnersController, OpportunityMatchesController, SupplierMatchesController],
})
export class MatchingApiModule {}
