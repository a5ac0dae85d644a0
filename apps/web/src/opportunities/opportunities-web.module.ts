import { Module } from '@nestjs/common';
import { ProcurementModule } from '@app/procurement';
import { OpportunitiesPageController } from './opportunities.page.controller';

/** Public opportunities, and a signed-in supplier's questions and responses on them. */
@Module({
  imports: [ProcurementModule],
  controllers: [OpportunitiesPageController],
})
export class OpportunitiesWebModule {}
