import { ContractOrmEntity } from './contracts/infrastructure/contract.orm-entity';
import { NeedOrmEntity } from './needs/infrastructure/need.orm-entity';
import { JointProcurementInvitationOrmEntity } from './joint-procurements/infrastructure/joint-procurement-invitation.orm-entity';
import { JointProcurementParticipantOrmEntity } from './joint-procurements/infrastructure/joint-procurement-participant.orm-entity';
import { JointProcurementOrmEntity } from './joint-procurements/infrastructure/joint-procurement.orm-entity';
import { OpportunityCriterionOrmEntity } from './opportunities/infrastructure/opportunity-criterion.orm-entity';
import { OpportunityQuestionOrmEntity } from './opportunities/infrastructure/opportunity-question.orm-entity';
import { OpportunityResponseOrmEntity } from './opportunities/infrastructure/opportunity-response.orm-entity';
import { OpportunityOrmEntity } from './opportunities/infrastructure/opportunity.orm-entity';
import { ResponseScoreOrmEntity } from './opportunities/infrastructure/response-score.orm-entity';

export { ProcurementModule } from './procurement.module';

/** Every table procurement maps; add new entities here, one a line. */
export const PROCUREMENT_ENTITIES = [
  NeedOrmEntity,
  ContractOrmEntity,
  JointProcurementOrmEntity,
  JointProcurementParticipantOrmEntity,
  JointProcurementInvitationOrmEntity,
  OpportunityOrmEntity,
  OpportunityCriterionOrmEntity,
  OpportunityQuestionOrmEntity,
  OpportunityResponseOrmEntity,
  ResponseScoreOrmEntity,
];

// Needs.
export { describeNeedState, NEED_STATUSES, planNeedTransition, assertNeedEditable } from './needs/domain/need-state';
export type { NeedClosure, NeedState, NeedStatus, NeedTransition } from './needs/domain/need-state';
export { NeedService } from './needs/application/need.service';
export type { NeedUpdate } from './needs/application/need.service';
export { isFullNeedView } from './needs/application/need.views';
export type {
  CurrentContractView,
  NeedFilter,
  NeedForProcurement,
  NeedFullView,
  NeedProcurementMove,
  NeedSummaryView,
  NeedView,
} from './needs/application/need.views';
export { NEED_LIMITS, NO_PREFERENCES } from './needs/domain/need-content';
export type { CurrentContractInput, NeedInput, NeedPatch, NeedPreferences } from './needs/domain/need-content';

// Contracts register.
export { annualisedPence, AWARD_ROUTES, CONTRACT_LIMITS, CONTRACT_SOURCES } from './contracts/domain/contract-terms';
export { cpvPrefixesOf } from './contracts/domain/cpv-groups';
export type { AwardRoute, ContractInput, ContractSource } from './contracts/domain/contract-terms';
export { ContractService } from './contracts/application/contract.service';
export type { AwardedContractInput, AwardShare, ContractFilter, ContractView, CouncilRefView } from './contracts/application/contract.views';
export { SupplierIntegrityCheck } from './contracts/application/supplier-integrity-check';
export { ContractRegisterExport, CONTRACT_EXPORT_BATCH_SIZE } from './contracts/application/contract-register-export';
export type { ContractExportFilter } from './contracts/application/contract-register-export';
export { PROCUREMENT_ROUTE_WORDING } from './contracts/domain/transparency-code';
export type { SharedContactFinding } from './contracts/domain/shared-contact-details';

// Renewal pipeline.
export { PIPELINE_HORIZON, PipelineService } from './pipeline/application/pipeline.service';
export type { PipelineItemView, PipelineView } from './pipeline/application/pipeline.views';
export { median, PIPELINE_RULES, recommend, RECOMMENDATIONS } from './pipeline/domain/recommend';
export type { ContractRecommendation, Partner, PartnerEvidence, PeerContract, PeerNeed, PipelineContract, Recommendation, RecommendationReason } from './pipeline/domain/recommend';

// Joint procurements, opportunities, clarification questions, responses, scoring and award.
export { JOINT_PROCUREMENT_LIMITS, JointProcurementService } from './joint-procurements/application/joint-procurement.service';
export type { CouncilNameView, InvitationAnswer, InvitationView, JointProcurementView, NewJointProcurement, ParticipantView } from './joint-procurements/application/joint-procurement.views';
export { JointProcurementDirectory } from './joint-procurements/application/joint-procurement-directory';
export type { CouncilInvitationView, CouncilProcurementsView, CouncilProcurementView } from './joint-procurements/application/joint-procurement-directory';
export { INVITATION_ACTIONS, INVITATION_STATUSES, nextInvitationStatus } from './joint-procurements/domain/invitation-state';
export type { InvitationAction, InvitationStatus } from './joint-procurements/domain/invitation-state';
export { JOINT_PROCUREMENT_ACTIONS, JOINT_PROCUREMENT_STATUSES, nextJointProcurementStatus } from './joint-procurements/domain/joint-procurement-state';
export type { JointProcurementAction, JointProcurementStatus } from './joint-procurements/domain/joint-procurement-state';
export { AwardService } from './opportunities/application/award.service';
export { OpportunityService } from './opportunities/application/opportunity.service';
export { OpportunityClosing } from './opportunities/application/opportunity-closing';
export type { ClosingTimeOutcome } from './opportunities/domain/closing-time';
export { QuestionService, QUESTION_LIMITS } from './opportunities/application/question.service';
export { RESPONSE_LIMITS, ResponseService } from './opportunities/application/response.service';
export { SCORE_LIMITS, ScoringService } from './opportunities/application/scoring.service';
export type {
  AnswerInput,
  AwardInput,
  AwardOutcomeView,
  AwardView,
  CriterionView,
  LotRefView,
  NewSingleNeedOpportunity,
  OpportunityFilter,
  OpportunityView,
  PublishedOpportunityView,
  QuestionView,
  RankingEntryView,
  ResponseInput,
  ResponseView,
  ScoreInput,
  ScoreView,
} from './opportunities/application/opportunity.views';
export { splitAward } from './opportunities/domain/award-split';
export { AWARD_ABOVE_ESTIMATE_PERCENT, MIN_TENDER_WINDOW_DAYS } from './opportunities/domain/integrity-rules';
export { OPPORTUNITY_LIMITS, ROUTES } from './opportunities/domain/opportunity-draft';
export type { CriterionInput, OpportunityDraftInput, Route } from './opportunities/domain/opportunity-draft';
export { effectiveOpportunityStatus, nextOpportunityStatus, OPPORTUNITY_ACTIONS, OPPORTUNITY_STATUSES } from './opportunities/domain/opportunity-state';
export type { OpportunityAction, OpportunityStatus } from './opportunities/domain/opportunity-state';
export { BRAND_NAMES, DEFAULT_LOT_BUDGET_GUIDE_PENCE, LOT_BUDGET_GUIDE_PENCE, lintOpportunity } from './opportunities/domain/quality-lint';
export type { LintWarning } from './opportunities/domain/quality-lint';
export { nextResponseStatus, RESPONSE_ACTIONS, RESPONSE_STATUSES } from './opportunities/domain/response-state';
export type { ResponseAction, ResponseStatus } from './opportunities/domain/response-state';
export { MAX_SCORE, MIN_SCORE, rankResponses, weightedTotal } from './opportunities/domain/scoring';
