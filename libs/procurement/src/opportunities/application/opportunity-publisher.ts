import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { AuditService, IntegrityFlagService } from '@app/audit';
import { OutboxService } from '@app/queue';
import { DomainError, penceToPounds } from '@app/shared';
import type { EntityManager } from 'typeorm';
import { closingJobId } from '../domain/closing-time';
import { isShortTenderWindow, MIN_TENDER_WINDOW_DAYS } from '../domain/integrity-rules';
import { OpportunityDraft, OpportunityDraftInput, validateOpportunityDraft } from '../domain/opportunity-draft';
import { LintWarning, lintOpportunity } from '../domain/quality-lint';
import { OpportunityCriterionOrmEntity } from '../infrastructure/opportunity-criterion.orm-entity';
import { OpportunityOrmEntity } from '../infrastructure/opportunity.orm-entity';
import { LotFacts, MarketReader } from './market-reader';

/** A draft checked against the catalogue, ready to publish. */
export interface CheckedDraft {
  draft: OpportunityDraft;
  lot: LotFacts | null;
}

/** What the joint procurement contributes to its opportunity. */
export interface PublishingProcurement {
  id: string;
  leadCouncilCode: string;
  /** The participating needs' estimated values summed, or null. */
  estimatePence: bigint | null;
  cpvCodes: string[];
}

/**
 * Turns a buyer's draft into an open opportunity. The joint procurement decides whether it may be
 * published; this checks the draft, writes the opportunity and its criteria, raises the
 * short-window flag, audits and queues the matching and closing-time jobs, all in the caller's transaction.
 */
@Injectable()
export class OpportunityPublisher {
  constructor(
    @Inject(MarketReader) private readonly market: MarketReader,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(IntegrityFlagService) private readonly flags: IntegrityFlagService,
    @Inject(OutboxService) private readonly outbox: OutboxService,
  ) {}

  /** Validates the draft and its lot: the lot must exist and its framework be live (bought from). */
  async check(input: OpportunityDraftInput, now: Date): Promise<CheckedDraft> {
    const draft = validateOpportunityDraft(input, now);
    if (!draft.lotId) return { draft, lot: null };
    const lot = (await this.market.lots([draft.lotId])).get(draft.lotId);
    if (!lot) throw DomainError.field('lotId', 'lotId is not the id of a framework lot');
    if (lot.framework.status !== 'live') {
      throw DomainError.field('lotId', `lotId is a lot of ${lot.framework.name}, which is ${lot.framework.status}: buy only from a live framework`);
    }
    return { draft, lot };
  }

  lint(checked: CheckedDraft, publishedAt: Date): LintWarning[] {
    const { draft, lot } = checked;
    return lintOpportunity({
      title: draft.title,
      problemStatement: draft.problemStatement,
      userNeeds: draft.userNeeds,
      scope: draft.scope,
      budgetPence: draft.budgetPence,
      lot: lot ? { slug: lot.slug, name: lot.name } : null,
      criteria: draft.criteria,
      publishedAt,
      closingAt: draft.closingAt,
    });
  }

  async publish(
    manager: EntityManager,
    actorUserId: string,
    procurement: PublishingProcurement,
    checked: CheckedDraft,
    now: Date,
  ): Promise<{ opportunityId: string; warnings: LintWarning[] }> {
    const { draft } = checked;
    const id = randomUUID();
    await manager.insert(OpportunityOrmEntity, {
      id,
      jointProcurementId: procurement.id,
      leadCouncilCode: procurement.leadCouncilCode,
      title: draft.title,
      route: draft.route,
      lotId: draft.lotId,
      problemStatement: draft.problemStatement,
      userNeeds: draft.userNeeds,
      scope: draft.scope,
      budgetPence: draft.budgetPence.toString(),
      estimatedValuePence: procurement.estimatePence?.toString() ?? null,
      cpvCodes: procurement.cpvCodes,
      status: 'open',
      publishedBy: actorUserId,
      publishedAt: now,
      closingAt: draft.closingAt,
    });
    await manager.insert(
      OpportunityCriterionOrmEntity,
      draft.criteria.map((criterion, position) => ({ opportunityId: id, position, ...criterion })),
    );
    const warnings = this.lint(checked, now);
    if (isShortTenderWindow(now, draft.closingAt)) {
      const days = (draft.closingAt.getTime() - now.getTime()) / 86_400_000;
      await this.flags.raise(
        {
          kind: 'short-tender-window',
          subjectType: 'opportunity',
          subjectId: id,
          summary: `"${draft.title}" gives suppliers ${days.toFixed(1)} days to respond, under the ${MIN_TENDER_WINDOW_DAYS} expected`,
          details: { publishedAt: now.toISOString(), closingAt: draft.closingAt.toISOString(), days: Number(days.toFixed(2)), leadCouncilCode: procurement.leadCouncilCode },
          dedupeKey: `short-tender-window:${id}`,
        },
        manager,
      );
    }
    await this.audit.record(manager, {
      actorUserId,
      action: 'opportunity.published',
      objectType: 'opportunity',
      objectId: id,
      before: null,
      after: {
        jointProcurementId: procurement.id,
        title: draft.title,
        route: draft.route,
        lotId: draft.lotId,
        budget: penceToPounds(draft.budgetPence),
        closingAt: draft.closingAt.toISOString(),
        criteria: draft.criteria,
        warnings: warnings.map((warning) => warning.code),
      },
    });
    // Matching suppliers and saved searches, and telling them, happens after commit, in the worker.
    await this.outbox.enqueue(manager, { name: 'opportunity.published', payload: { opportunityId: id }, jobId: `opportunity-published-${id}` });
    // Closed by the worker at the closing time, so "open" in the table means open (the sweep catches a lost job).
    await this.outbox.enqueue(manager, {
      name: 'opportunity.closing',
      payload: { opportunityId: id, closingAt: draft.closingAt.toISOString() },
      jobId: closingJobId(id, draft.closingAt),
      runAt: draft.closingAt,
    });
    await this.outbox.enqueue(manager, { name: 'saved-search.item-published', payload: { kind: 'opportunity', itemId: id }, jobId: `saved-search-opportunity-${id}` });
    return { opportunityId: id, warnings };
  }
}
