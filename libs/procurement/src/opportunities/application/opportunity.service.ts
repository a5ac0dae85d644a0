import { Inject, Injectable } from '@nestjs/common';
import { CouncilHierarchyCache } from '@app/organisations';
import { Actor, DomainError, offsetOf, Page, pageOf, PageRequest, MAX_PAGE_SIZE, requireRole } from '@app/shared';
import { DataSource, EntityManager } from 'typeorm';
import { cancellationReason, ProcurementCancellation } from '../../joint-procurements/application/procurement-cancellation';
import { ProcurementAccess, requireLead } from '../../joint-procurements/application/procurement-access';
import { JointProcurementOrmEntity } from '../../joint-procurements/infrastructure/joint-procurement.orm-entity';
import { OpportunityDraftInput, ROUTES } from '../domain/opportunity-draft';
import { OPPORTUNITY_STATUSES } from '../domain/opportunity-state';
import { LintWarning, lintOpportunity } from '../domain/quality-lint';
import { OpportunityCriterionOrmEntity } from '../infrastructure/opportunity-criterion.orm-entity';
import { OpportunityOrmEntity } from '../infrastructure/opportunity.orm-entity';
import { MarketReader } from './market-reader';
import { OpportunityClosing } from './opportunity-closing';
import { OpportunityPublisher } from './opportunity-publisher';
import { opportunityNotFound, OpportunityViewBuilder } from './opportunity-view-builder';
import type { OpportunityFilter, OpportunityView } from './opportunity.views';
import { isUuid, requireUuid } from './request-ids';

/**
 * Opportunities as everyone sees them (they are public), their quality advice, and the lead
 * council's close and cancel. Publication goes through the joint procurement, which owns it.
 */
@Injectable()
export class OpportunityService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(CouncilHierarchyCache) private readonly hierarchy: CouncilHierarchyCache,
    @Inject(ProcurementAccess) private readonly access: ProcurementAccess,
    @Inject(ProcurementCancellation) private readonly cancellation: ProcurementCancellation,
    @Inject(OpportunityPublisher) private readonly publisher: OpportunityPublisher,
    @Inject(OpportunityViewBuilder) private readonly views: OpportunityViewBuilder,
    @Inject(MarketReader) private readonly market: MarketReader,
    @Inject(OpportunityClosing) private readonly closing: OpportunityClosing,
  ) {}

  get(id: string): Promise<OpportunityView> {
    requireOpportunityId(id);
    return this.views.one(id);
  }

  /** Open ones by default, soonest closing first; other statuses newest first. Six queries whatever the page size. */
  async list(filter: OpportunityFilter, page: PageRequest): Promise<Page<OpportunityView>> {
    if (!Number.isInteger(page.page) || page.page < 1 || !Number.isInteger(page.pageSize) || page.pageSize < 1 || page.pageSize > MAX_PAGE_SIZE) {
      throw DomainError.field('pageSize', `page must be 1 or more and pageSize from 1 to ${MAX_PAGE_SIZE}`);
    }
    const status = filter.status ?? 'open';
    if (status !== 'any' && !(OPPORTUNITY_STATUSES as readonly string[]).includes(status)) {
      throw DomainError.field('status', `status must be one of ${[...OPPORTUNITY_STATUSES, 'any'].join(', ')}`);
    }
    if (filter.route !== undefined && !(ROUTES as readonly string[]).includes(filter.route)) throw DomainError.field('route', `route must be one of ${ROUTES.join(', ')}`);
    if (filter.lotId !== undefined && !isUuid(filter.lotId)) throw DomainError.field('lotId', 'lotId must be a UUID');
    if (filter.council !== undefined && !(await this.hierarchy.get()).has(filter.council)) {
      throw DomainError.field('council', 'council is not the GSS code of a current English council');
    }

    const query = this.dataSource.getRepository(OpportunityOrmEntity).createQueryBuilder('o');
    const now = new Date();
    // An open opportunity past its closing time is listed as closed, as its view says.
    if (status === 'open') query.andWhere(`o.status = 'open' AND o.closingAt > :now`, { now });
    else if (status === 'closed') query.andWhere(`(o.status = 'closed' OR (o.status = 'open' AND o.closingAt <= :now))`, { now });
    else if (status !== 'any') query.andWhere('o.status = :status', { status });
    if (filter.route) query.andWhere('o.route = :route', { route: filter.route });
    if (filter.lotId) query.andWhere('o.lotId = :lotId', { lotId: filter.lotId });
    if (filter.council) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM joint_procurement_participant p WHERE p.joint_procurement_id = o.joint_procurement_id AND p.council_code = :council)',
        { council: filter.council },
      );
    }
    if (filter.onlyIds) query.andWhere(filter.onlyIds.length ? 'o.id IN (:...onlyIds)' : 'FALSE', { onlyIds: filter.onlyIds });
    if (filter.publishedBetween) {
      query.andWhere('o.publishedAt > :publishedAfter AND o.publishedAt <= :publishedUpTo', {
        publishedAfter: filter.publishedBetween.after,
        publishedUpTo: filter.publishedBetween.upTo,
      });
    }
    if (status === 'open') query.orderBy('o.closingAt', 'ASC');
    else query.orderBy('o.publishedAt', 'DESC');
    const [rows, total] = await query.addOrderBy('o.id', 'ASC').skip(offsetOf(page)).take(page.pageSize).getManyAndCount();
    return pageOf(await this.views.many(rows), total, page);
  }

  /** The quality linter's advice on a published opportunity: public, like the opportunity. */
  async lint(id: string): Promise<LintWarning[]> {
    requireOpportunityId(id);
    const row = await this.dataSource.manager.findOneBy(OpportunityOrmEntity, { id });
    if (!row) throw opportunityNotFound();
    const [criteria, lots] = await Promise.all([
      this.dataSource.manager.find(OpportunityCriterionOrmEntity, { where: { opportunityId: id }, order: { position: 'ASC' } }),
      this.market.lots(row.lotId ? [row.lotId] : []),
    ]);
    const lot = row.lotId ? lots.get(row.lotId) : undefined;
    return lintOpportunity({
      title: row.title,
      problemStatement: row.problemStatement,
      userNeeds: row.userNeeds,
      scope: row.scope,
      budgetPence: BigInt(row.budgetPence),
      lot: lot ? { slug: lot.slug, name: lot.name } : null,
      criteria,
      publishedAt: row.publishedAt,
      closingAt: row.closingAt,
    });
  }

  /** Advice on a draft before publishing it, as if it were published now; nothing is saved. */
  async lintDraft(actor: Actor | undefined, input: OpportunityDraftInput): Promise<LintWarning[]> {
    requireRole(actor, 'buyer', 'admin');
    const now = new Date();
    return this.publisher.lint(await this.publisher.check(input, now), now);
  }

  /**
   * The lead closes the opportunity (at or before its closing time; the service closes it at that
   * time otherwise); the joint procurement moves to evaluation. A close with a single submitted
   * response is flagged: there was no competition.
   */
  async close(actor: Actor | undefined, id: string): Promise<OpportunityView> {
    requireOpportunityId(id);
    await this.dataSource.transaction(async (manager) => {
      const { procurement, opportunity, user } = await this.lockForLead(manager, actor, id, 'close the opportunity');
      await this.closing.close(manager, user.userId, procurement, opportunity, new Date());
    });
    return this.views.one(id);
  }

  async cancel(actor: Actor | undefined, id: string, reason: string): Promise<OpportunityView> {
    requireOpportunityId(id);
    const why = cancellationReason(reason);
    await this.dataSource.transaction(async (manager) => {
      const { procurement, user } = await this.lockForLead(manager, actor, id, 'cancel the opportunity');
      await this.cancellation.cancel(manager, user.userId, procurement, why, new Date());
    });
    return this.views.one(id);
  }

  /** Locks the joint procurement, then the opportunity (always in that order), for the lead's buyers. */
  private async lockForLead(manager: EntityManager, actor: Actor | undefined, id: string, what: string) {
    const user = requireRole(actor, 'buyer', 'admin');
    const found = await manager.findOne(OpportunityOrmEntity, { where: { id }, select: { id: true, jointProcurementId: true } });
    if (!found) throw opportunityNotFound();
    const procurement = await manager.findOneOrFail(JointProcurementOrmEntity, { where: { id: found.jointProcurementId }, lock: { mode: 'pessimistic_write' } });
    // The opportunity is public, so a buyer outside the procurement is told why rather than 404.
    requireLead(await this.access.rolesOf(user, procurement, manager), what, () => new DomainError('forbidden', 'LEAD_COUNCIL_ONLY', `Only buyers of the lead council can ${what}`));
    const opportunity = await manager.findOneOrFail(OpportunityOrmEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    return { procurement, opportunity, user };
  }
}

export function requireOpportunityId(id: string): void {
  requireUuid(id, 'id');
}
