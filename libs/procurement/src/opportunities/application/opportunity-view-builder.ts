import { Inject, Injectable } from '@nestjs/common';
import { CouncilHierarchyCache } from '@app/organisations';
import { DomainError, penceToPounds } from '@app/shared';
import { DataSource, EntityManager, In } from 'typeorm';
import { JointProcurementParticipantOrmEntity } from '../../joint-procurements/infrastructure/joint-procurement-participant.orm-entity';
import { councilName } from '../../joint-procurements/infrastructure/joint-procurement.mapper';
import { effectiveOpportunityStatus } from '../domain/opportunity-state';
import { OpportunityCriterionOrmEntity } from '../infrastructure/opportunity-criterion.orm-entity';
import { OpportunityResponseOrmEntity } from '../infrastructure/opportunity-response.orm-entity';
import { OpportunityOrmEntity } from '../infrastructure/opportunity.orm-entity';
import { MarketReader } from './market-reader';
import type { OpportunityView } from './opportunity.views';

/**
 * Builds the public view of opportunities: one query each for criteria, participating councils,
 * lots, awarded responses and their suppliers, whatever the number of opportunities.
 */
@Injectable()
export class OpportunityViewBuilder {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(CouncilHierarchyCache) private readonly hierarchy: CouncilHierarchyCache,
    @Inject(MarketReader) private readonly market: MarketReader,
  ) {}

  async one(id: string, manager: EntityManager = this.dataSource.manager): Promise<OpportunityView> {
    const row = await manager.findOneBy(OpportunityOrmEntity, { id });
    if (!row) throw opportunityNotFound();
    const [view] = await this.many([row], manager);
    return view;
  }

  async many(rows: readonly OpportunityOrmEntity[], manager: EntityManager = this.dataSource.manager): Promise<OpportunityView[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((row) => row.id);
    const awardedResponseIds = rows.flatMap((row) => row.awardedResponseId ?? []);
    const [criteria, participants, lots, awarded, hierarchy] = await Promise.all([
      manager.find(OpportunityCriterionOrmEntity, { where: { opportunityId: In(ids) }, order: { position: 'ASC' } }),
      manager.find(JointProcurementParticipantOrmEntity, {
        where: { jointProcurementId: In(rows.map((row) => row.jointProcurementId)) },
        order: { isLead: 'DESC', joinedAt: 'ASC', councilCode: 'ASC' },
      }),
      this.market.lots(rows.flatMap((row) => row.lotId ?? []), manager),
      awardedResponseIds.length ? manager.find(OpportunityResponseOrmEntity, { where: { id: In(awardedResponseIds) } }) : [],
      this.hierarchy.get(),
    ]);
    const suppliers = await this.market.suppliers(awarded.map((response) => response.supplierId), manager);
    const now = new Date();
    return rows.map((row) => {
      const lot = row.lotId ? lots.get(row.lotId) : undefined;
      const winner = awarded.find((response) => response.id === row.awardedResponseId);
      const supplier = winner ? suppliers.get(winner.supplierId) : undefined;
      return {
        id: row.id,
        jointProcurementId: row.jointProcurementId,
        title: row.title,
        route: row.route,
        lot: lot ? { id: lot.id, slug: lot.slug, name: lot.name, framework: { slug: lot.framework.slug, name: lot.framework.name } } : null,
        problemStatement: row.problemStatement,
        userNeeds: row.userNeeds,
        scope: row.scope,
        budget: penceToPounds(row.budgetPence),
        status: effectiveOpportunityStatus(row.status, row.closingAt, now),
        leadCouncil: councilName(hierarchy, row.leadCouncilCode),
        councils: participants.filter((p) => p.jointProcurementId === row.jointProcurementId).map((p) => councilName(hierarchy, p.councilCode)),
        criteria: criteria
          .filter((criterion) => criterion.opportunityId === row.id)
          .map((criterion) => ({ id: criterion.id, name: criterion.name, description: criterion.description, weight: criterion.weight })),
        publishedAt: row.publishedAt.toISOString(),
        closingAt: row.closingAt.toISOString(),
        closedAt: row.closedAt?.toISOString() ?? null,
        cancelledAt: row.cancelledAt?.toISOString() ?? null,
        cancellationReason: row.cancellationReason,
        award:
          row.awardedAt && winner && row.awardValuePence !== null
            ? {
                awardedAt: row.awardedAt.toISOString(),
                supplier: { id: winner.supplierId, name: supplier?.name ?? '', isSme: supplier?.isSme ?? false, isVcse: supplier?.isVcse ?? false },
                value: penceToPounds(row.awardValuePence),
              }
            : null,
      };
    });
  }
}

export function opportunityNotFound(): DomainError {
  return DomainError.notFound('Opportunity');
}
