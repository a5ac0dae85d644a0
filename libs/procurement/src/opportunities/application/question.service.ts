import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '@app/audit';
import { Actor, DomainError, isAdmin, offsetOf, Page, pageOf, PageRequest, requireRole } from '@app/shared';
import { Brackets, DataSource } from 'typeorm';
import { ProcurementAccess, requireParticipant } from '../../joint-procurements/application/procurement-access';
import { JointProcurementOrmEntity } from '../../joint-procurements/infrastructure/joint-procurement.orm-entity';
import { effectiveOpportunityStatus, nextOpportunityStatus } from '../domain/opportunity-state';
import { OpportunityQuestionOrmEntity } from '../infrastructure/opportunity-question.orm-entity';
import { OpportunityOrmEntity } from '../infrastructure/opportunity.orm-entity';
import { opportunityNotFound } from './opportunity-view-builder';
import { requireOpportunityId } from './opportunity.service';
import { requireUuid } from './request-ids';
import type { QuestionView } from './opportunity.views';
import { ProcurementNotifier } from './procurement-notifier';

export const QUESTION_LIMITS = { question: 2_000, answer: 5_000 } as const;

/**
 * Clarification questions. Suppliers ask while the opportunity is open; buyers of the procurement
 * answer, and the answer is published to everyone with the question but never the asker. Until
 * answered a question is seen only by the asking supplier, the procurement's buyers and admins.
 */
@Injectable()
export class QuestionService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(ProcurementAccess) private readonly access: ProcurementAccess,
    @Inject(ProcurementNotifier) private readonly notifier: ProcurementNotifier,
  ) {}

  async ask(actor: Actor | undefined, opportunityId: string, question: string): Promise<QuestionView> {
    requireOpportunityId(opportunityId);
    const user = requireRole(actor, 'supplier');
    if (!user.supplierId) throw new DomainError('forbidden', 'SUPPLIER_PROFILE_REQUIRED', 'Create your supplier profile before asking questions');
    const text = requireText(question, 'question', QUESTION_LIMITS.question);
    const id = await this.dataSource.transaction(async (manager) => {
      const opportunity = await manager.findOne(OpportunityOrmEntity, { where: { id: opportunityId }, lock: { mode: 'pessimistic_read' } });
      if (!opportunity) throw opportunityNotFound();
      nextOpportunityStatus(effectiveOpportunityStatus(opportunity.status, opportunity.closingAt, new Date()), 'ask');
      const row = manager.create(OpportunityQuestionOrmEntity, { opportunityId, supplierId: user.supplierId!, askedBy: user.userId, question: text, answer: null });
      await manager.save(row);
      await this.audit.record(manager, {
        actorUserId: user.userId,
        action: 'opportunity.question-asked',
        objectType: 'opportunity',
        objectId: opportunityId,
        before: null,
        after: { questionId: row.id, supplierId: user.supplierId, question: text },
      });
      return row.id;
    });
    const saved = await this.dataSource.manager.findOneByOrFail(OpportunityQuestionOrmEntity, { id });
    return toView(saved, user);
  }

  async answer(actor: Actor | undefined, opportunityId: string, questionId: string, answer: string): Promise<QuestionView> {
    requireOpportunityId(opportunityId);
    requireUuid(questionId, 'qid');
    const user = requireRole(actor, 'buyer', 'admin');
    const text = requireText(answer, 'answer', QUESTION_LIMITS.answer);
    await this.dataSource.transaction(async (manager) => {
      const opportunity = await manager.findOne(OpportunityOrmEntity, { where: { id: opportunityId }, lock: { mode: 'pessimistic_read' } });
      if (!opportunity) throw opportunityNotFound();
      const procurement = await manager.findOneByOrFail(JointProcurementOrmEntity, { id: opportunity.jointProcurementId });
      const roles = await this.access.rolesOf(user, procurement, manager);
      requireParticipant(roles, 'answer questions', () => new DomainError('forbidden', 'PARTICIPANT_ONLY', 'Only buyers of a participating council can answer questions'));
      const question = await manager.findOne(OpportunityQuestionOrmEntity, { where: { id: questionId, opportunityId }, lock: { mode: 'pessimistic_write' } });
      if (!question) throw DomainError.notFound('Question');
      nextOpportunityStatus(effectiveOpportunityStatus(opportunity.status, opportunity.closingAt, new Date()), 'answer');
      if (question.answer !== null) throw new DomainError('invalid_state', 'QUESTION_ALREADY_ANSWERED', 'The question is answered already: the published answer stands');
      await manager.update(OpportunityQuestionOrmEntity, { id: questionId }, { answer: text, answeredBy: user.userId, answeredAt: new Date() });
      await this.audit.record(manager, {
        actorUserId: user.userId,
        action: 'opportunity.question-answered',
        objectType: 'opportunity',
        objectId: opportunityId,
        before: { questionId, answer: null },
        after: { questionId, answer: text },
      });
      await this.notifier.questionAnswered(manager, opportunity, question);
    });
    return toView(await this.dataSource.manager.findOneByOrFail(OpportunityQuestionOrmEntity, { id: questionId }), user);
  }

  /** Answered questions for everyone; the asker's own and, for the procurement's buyers and admins, every unanswered one too. */
  async list(actor: Actor | undefined, opportunityId: string, page: PageRequest): Promise<Page<QuestionView>> {
    requireOpportunityId(opportunityId);
    const opportunity = await this.dataSource.manager.findOneBy(OpportunityOrmEntity, { id: opportunityId });
    if (!opportunity) throw opportunityNotFound();
    const procurement = await this.dataSource.manager.findOneByOrFail(JointProcurementOrmEntity, { id: opportunity.jointProcurementId });
    const roles = await this.access.rolesOf(actor, procurement);
    const seesAll = roles.participant || isAdmin(actor);
    const supplierId = actor?.role === 'supplier' && actor.status === 'active' ? actor.supplierId : null;

    const query = this.dataSource.getRepository(OpportunityQuestionOrmEntity).createQueryBuilder('q').where('q.opportunityId = :opportunityId', { opportunityId });
    if (!seesAll) {
      query.andWhere(
        new Brackets((where) => {
          where.where('q.answer IS NOT NULL');
          if (supplierId) where.orWhere('q.supplierId = :supplierId', { supplierId });
        }),
      );
    }
    const [rows, total] = await query.orderBy('q.askedAt', 'ASC').addOrderBy('q.id', 'ASC').skip(offsetOf(page)).take(page.pageSize).getManyAndCount();
    return pageOf(
      rows.map((row) => toView(row, actor)),
      total,
      page,
    );
  }
}

function toView(row: OpportunityQuestionOrmEntity, actor: Actor | undefined): QuestionView {
  return {
    id: row.id,
    question: row.question,
    answer: row.answer,
    askedAt: row.askedAt.toISOString(),
    answeredAt: row.answeredAt?.toISOString() ?? null,
    askedByYou: actor?.role === 'supplier' && actor.supplierId === row.supplierId,
  };
}

function requireText(value: unknown, field: string, max: number): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text === '') throw DomainError.field(field, `${field} is required`);
  if (text.length > max) throw DomainError.field(field, `${field} must be at most ${max} characters`);
  return text;
}
