import { Module, Provider } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { ClassificationModule } from '@app/classification';
import { NotificationsModule } from '@app/notifications';
import { OrganisationsModule } from '@app/organisations';
import { ContractRegisterExport } from './contracts/application/contract-register-export';
import { ContractService } from './contracts/application/contract.service';
import { DirectAwardWatch } from './contracts/application/direct-award-watch';
import { SupplierIntegrityCheck } from './contracts/application/supplier-integrity-check';
import { NeedService } from './needs/application/need.service';
import { PipelineService } from './pipeline/application/pipeline.service';
import { JointProcurementDirectory } from './joint-procurements/application/joint-procurement-directory';
import { JointProcurementService } from './joint-procurements/application/joint-procurement.service';
import { ProcurementAccess } from './joint-procurements/application/procurement-access';
import { ProcurementCancellation } from './joint-procurements/application/procurement-cancellation';
import { AwardService } from './opportunities/application/award.service';
import { MarketReader } from './opportunities/application/market-reader';
import { OpportunityClosing } from './opportunities/application/opportunity-closing';
import { OpportunityPublisher } from './opportunities/application/opportunity-publisher';
import { OpportunityViewBuilder } from './opportunities/application/opportunity-view-builder';
import { OpportunityService } from './opportunities/application/opportunity.service';
import { ProcurementNotifier } from './opportunities/application/procurement-notifier';
import { QuestionService } from './opportunities/application/question.service';
import { ResponseViewBuilder } from './opportunities/application/response-view-builder';
import { ResponseService } from './opportunities/application/response.service';
import { ScoringService } from './opportunities/application/scoring.service';
import { SqlMarketReader } from './opportunities/infrastructure/sql-market-reader';

/** Needs, the contracts register and the renewal pipeline; add new ones here, one a line. */
const NEEDS_CONTRACTS_PIPELINE: Provider[] = [
  ContractService,
  ContractRegisterExport,
  DirectAwardWatch,
  SupplierIntegrityCheck,
  NeedService,
  PipelineService,
];

/** Joint procurements, opportunities, responses and awards; add new ones here, one a line. */
const JOINT_PROCUREMENT_TO_AWARD: Provider[] = [
  JointProcurementService,
  JointProcurementDirectory,
  ProcurementAccess,
  ProcurementCancellation,
  OpportunityPublisher,
  OpportunityViewBuilder,
  OpportunityService,
  QuestionService,
  ResponseService,
  ResponseViewBuilder,
  ScoringService,
  AwardService,
  ProcurementNotifier,
  OpportunityClosing,
  { provide: MarketReader, useClass: SqlMarketReader },
];

const SERVICES = [...NEEDS_CONTRACTS_PIPELINE, ...JOINT_PROCUREMENT_TO_AWARD];

/** Needs, joint procurements, opportunities, responses, awards, contracts and the renewal pipeline. */
@Module({
  imports: [AuditModule, ClassificationModule, OrganisationsModule, NotificationsModule],
  providers: SERVICES,
  exports: SERVICES,
})
export class ProcurementModule {}
