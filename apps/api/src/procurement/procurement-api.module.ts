import { Module } from '@nestjs/common';
import { ProcurementModule } from '@app/procurement';
import { ContractsController } from './contracts/contracts.controller';
import { NeedsController } from './needs/needs.controller';
import { PipelineController } from './pipeline/pipeline.controller';
import { JointProcurementsController } from './joint-procurements/joint-procurements.controller';
import { OpportunitiesController } from './opportunities/opportunities.controller';
import { OpportunityQuestionsController } from './opportunities/opportunity-questions.controller';
import { OpportunityResponsesController } from './opportunities/opportunity-responses.controller';

/** Procurement routes; add controllers here, one a line. */
@Module({
  imports: [ProcurementModule],
  controllers: [
    NeedsController,
    ContractsController,
    PipelineController,
    JointProcurementsController,
    OpportunitiesController,
    OpportunityQuestionsController,
    OpportunityResponsesController,
  ],
})
export class ProcurementApiModule {}
