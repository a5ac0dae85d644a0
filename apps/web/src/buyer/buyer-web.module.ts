import { Module } from '@nestjs/common';
import { MatchingModule } from '@app/matching';
import { ProcurementModule } from '@app/procurement';
import { NeedsPageController } from './needs.page.controller';
import { PipelinePageController } from './pipeline.page.controller';

/** The signed-in council buyer's pages: the council's needs with their partner councils, and its renewal pipeline. */
@Module({
  imports: [ProcurementModule, MatchingModule],
  controllers: [NeedsPageController, PipelinePageController],
})
export class BuyerWebModule {}
