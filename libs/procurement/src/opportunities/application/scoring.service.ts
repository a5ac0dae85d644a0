import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '@app/audit';
import { Actor, DomainError, FieldError, penceToPounds, requireActive, requireRole } from '@app/shared';
import { DataSource, In } from 'typeorm';
import { ProcurementAccess, requireParticipant } from '../../joint-procurements/application/procurement-access';
import { JointProcurementOrmEntity } from '../../joint-procurements/infrastructure/joint-procurement.orm-entity';
import { nextOpportunityStatus } from '../domain/opportunity-state';
import { nextResponseStatus } from '../domain/response-state';
import { isScore, MAX_SCORE, MIN_SCORE, rankResponses, weightedTotal } from '../domain/scoring';
import { OpportunityCriterionOrmEntity } from '../infrastructure/opportunity-criterion.orm-entity';
import { OpportunityResponseOrmEntity } from '../infrastructure/opportunity-response.orm-entity';
import { OpportunityOrmEntity } from '../infrastructure/opportunity.orm-entity';
import { ResponseScoreOrmEntity } from '../infrastructure/response-score.orm-entity';
import { MarketReader } from './market-reader';
import { opportunityNotFound } from './opportunity-view-builder';
import { requireOpportunityId } from './opportunity.service';
import type { RankingEntryView, ResponseView, ScoreInput } from './opportunity.views';
import { requireUuid } from './request-ids';
import { requireEvaluator, responseNotFound } from './response.service';
import { ResponseViewBuilder } from './response-view-builder';

export const SCORE_LIMITS = { comment: 2_000, scores: 20 } as const;

/**
 * Evaluation after close: the procurement's buyers record one agreed score per criterion (0 to
 * 100) for each submitted response; a later score replaces the earlier one until award. A response
 * with every criterion scored is 'scored'. The ranking is the pure function's, on the stored scores.
 */
@Injectable()
export class ScoringService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(ProcurementAccess) private readonly access: ProcurementAccess,
    @Inject(MarketReader) private readonly market: MarketReader,
    @Inject(ResponseViewBuilder) private readonly views: ResponseViewBuilder,
  ) {}

  async score(actor: Actor | undefined, opportunityId: string, responseId: string, input: ScoreInput[]): Promise<ResponseView> {
    requireOpportunityId(opportunityId);
    requireUuid(responseId, 'rid');
    const user = requireRole(actor, 'buyer', 'admin');
    await this.dataSource.transaction(async (manager) => {
      const found = await manager.findOne(OpportunityOrmEntity, { where: { id: opportunityId }, select: { id: true, jointProcurementId: true } });
      if (!found) throw opportunityNotFound();
      const procurement = await manager.findOneOrFail(JointProcurementOrmEntity, { where: { id: found.jointProcurementId }, lock: { mode: 'pessimistic_write' } });
      // Scores are working details: buyers outside the procurement learn nothing of the response.
      requireParticipant(await this.access.rolesOf(user, procurement, manager), 'score responses', responseNotFound);
      const opportunity = await manager.findOneOrFail(OpportunityOrmEntity, { where: { id: opportunityId }, lock: { mode: 'pessimistic_write' } });
      nextOpportunityStatus(opportunity.status, 'score');
      const response = await manager.findOne(OpportunityResponseOrmEntity, { where: { id: responseId, opportunityId }, lock: { mode: 'pessimistic_write' } });
      // A draft was never a bid: to buyers it does not exist.
      if (!response || response.status === 'draft') throw responseNotFound();

      const criteria = await manager.find(OpportunityCriterionOrmEntity, { where: { opportunityId }, order: { position: 'ASC' } });
      const scores = checkScores(input, criteria);
      const before = await manager.findBy(ResponseScoreOrmEntity, { responseId });
      const merged = new Map(before.map((score) => [score.criterionId, score.score]));
      for (const score of scores) merged.set(score.criterionId, score.score);
      const status = nextResponseStatus(response.status, weightedTotal(criteria, merged).complete ? 'score-fully' : 'score-partly');

      await manager.upsert(
        ResponseScoreOrmEntity,
        scores.map((score) => ({ responseId, criterionId: score.criterionId, score: score.score, comment: score.comment, scoredBy: user.userId, scoredAt: new Date() })),
        ['responseId', 'criterionId'],
      );
      if (status !== response.status) await manager.update(OpportunityResponseOrmEntity, { id: responseId }, { status });
      await this.audit.record(manager, {
        actorUserId: user.userId,
        action: 'opportunity.response-scored',
        objectType: 'opportunity-response',
        objectId: responseId,
        before: { status: response.status, scores: Object.fromEntries(before.map((score) => [score.criterionId, score.score])) },
        after: { status, scores: Object.fromEntries(merged) },
      });
    });
    const row = await this.dataSource.manager.findOneByOrFail(OpportunityResponseOrmEntity, { id: responseId });
    const [view] = await this.views.many(this.dataSource.manager, [row], { withEvaluation: true });
    return view;
  }

  /** Submitted responses ranked by weighted score (ties to the lower price); for the procurement's buyers, after close. */
  async ranking(actor: Actor | undefined, opportunityId: string): Promise<RankingEntryView[]> {
    requireOpportunityId(opportunityId);
    const user = requireActive(actor);
    const manager = this.dataSource.manager;
    const opportunity = await manager.findOneBy(OpportunityOrmEntity, { id: opportunityId });
    if (!opportunity) throw opportunityNotFound();
    const procurement = await manager.findOneByOrFail(JointProcurementOrmEntity, { id: opportunity.jointProcurementId });
    requireEvaluator(await this.access.rolesOf(user, procurement), opportunity);

    const responses = await manager.find(OpportunityResponseOrmEntity, { where: { opportunityId, status: In(['submitted', 'scored']) } });
    const [criteria, scores, suppliers] = await Promise.all([
      manager.find(OpportunityCriterionOrmEntity, { where: { opportunityId } }),
      responses.length ? manager.find(ResponseScoreOrmEntity, { where: { responseId: In(responses.map((r) => r.id)) } }) : [],
      this.market.suppliers(responses.map((response) => response.supplierId)),
    ]);
    const byId = new Map(responses.map((response) => [response.id, response]));
    return rankResponses(
      criteria,
      responses.map((response) => ({
        id: response.id,
        pricePence: BigInt(response.pricePence),
        scores: new Map(scores.filter((score) => score.responseId === response.id).map((score) => [score.criterionId, score.score])),
      })),
    ).map((entry) => {
      const response = byId.get(entry.id)!;
      return {
        rank: entry.rank,
        responseId: entry.id,
        supplier: { id: response.supplierId, name: suppliers.get(response.supplierId)?.name ?? '' },
        price: penceToPounds(response.pricePence),
        weightedScore: entry.weightedScore,
        complete: entry.complete,
      };
    });
  }
}

function checkScores(input: unknown, criteria: OpportunityCriterionOrmEntity[]): { criterionId: string; score: number; comment: string }[] {
  if (!Array.isArray(input) || input.length === 0) throw DomainError.field('scores', 'scores must list at least one { criterionId, score }');
  if (input.length > SCORE_LIMITS.scores) throw DomainError.field('scores', `scores must have at most ${SCORE_LIMITS.scores} entries`);
  const errors: FieldError[] = [];
  const known = new Set(criteria.map((criterion) => criterion.id));
  const seen = new Set<string>();
  const scores = input.map((item: Partial<ScoreInput>, index) => {
    const field = `scores[${index}]`;
    const criterionId = typeof item?.criterionId === 'string' ? item.criterionId.toLowerCase() : '';
    const comment = typeof item?.comment === 'string' ? item.comment.trim() : '';
    if (!known.has(criterionId)) errors.push({ field: `${field}.criterionId`, message: `${field}.criterionId is not a criterion of this opportunity` });
    else if (seen.has(criterionId)) errors.push({ field: `${field}.criterionId`, message: `${field}.criterionId is scored twice` });
    seen.add(criterionId);
    if (!isScore(item?.score)) errors.push({ field: `${field}.score`, message: `${field}.score must be a whole number from ${MIN_SCORE} to ${MAX_SCORE}` });
    if (comment.length > SCORE_LIMITS.comment) errors.push({ field: `${field}.comment`, message: `${field}.comment must be at most ${SCORE_LIMITS.comment} characters` });
    return { criterionId, score: item?.score as number, comment };
  });
  if (errors.length > 0) throw DomainError.validation('INVALID_SCORES', errors, errors.map((error) => error.message).join('; '));
  return scores;
}
