import { Module } from '@nestjs/common';
import { MatchingModule } from '@app/matching';
import { NeedPartnersController } from './need-partners.controller';
import { OpportunityMatchesController } from './opportunity-matches.controller';

/** Partner councils and supplier matches, read by buyers; the worker computes them. */
@Module({
  imports: [MatchingModule],
  controllers: [NeedPartnersController, OpportunityMatchesController],
})
export class MatchingApiModule {}
