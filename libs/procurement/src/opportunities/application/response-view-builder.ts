import { Inject, Injectable } from '@nestjs/common';
import { penceToPounds } from '@app/shared';
import { EntityManager, In } from 'typeorm';
import { weightedTotal } from '../domain/scoring';
import { OpportunityCriterionOrmEntity } from '../infrastructure/opportunity-criterion.orm-entity';
import { OpportunityResponseOrmEntity } from '../infrastructure/opportunity-response.orm-entity';
import { ResponseScoreOrmEntity } from '../infrastructure/response-score.orm-entity';
import { MarketReader } from './market-reader';
import type { ResponseView } from './opportunity.views';

/** Response views in a fixed number of queries (suppliers, listings, and for evaluators criteria and scores). */
@Injectable()
export class ResponseViewBuilder {
  constructor(@Inject(MarketReader) private readonly market: MarketReader) {}

  async many(manager: EntityManager, rows: readonly OpportunityResponseOrmEntity[], options: { withEvaluation: boolean }): Promise<ResponseView[]> {
    if (rows.length === 0) return [];
    const [suppliers, listings] = await Promise.all([
      this.market.suppliers(rows.map((row) => row.supplierId), manager),
      this.market.listingNames(rows.flatMap((row) => row.listingId ?? [])),
    ]);
    let criteria: OpportunityCriterionOrmEntity[] = [];
    let scores: ResponseScoreOrmEntity[] = [];
    if (options.withEvaluation) {
      [criteria, scores] = await Promise.all([
        manager.find(OpportunityCriterionOrmEntity, { where: { opportunityId: In([...new Set(rows.map((row) => row.opportunityId))]) }, order: { position: 'ASC' } }),
        manager.find(ResponseScoreOrmEntity, { where: { responseId: In(rows.map((row) => row.id)) } }),
      ]);
    }
    return rows.map((row) => {
      const view: ResponseView = {
        id: row.id,
        opportunityId: row.opportunityId,
        supplier: { id: row.supplierId, name: suppliers.get(row.supplierId)?.name ?? '' },
        listing: row.listingId ? { id: row.listingId, name: listings.get(row.listingId) ?? '' } : null,
        status: row.status,
        price: penceToPounds(row.pricePence),
        summary: row.summary,
        answers: row.answers,
        revision: row.revision,
        submittedAt: row.submittedAt?.toISOString() ?? null,
        updatedAt: row.updatedAt.toISOString(),
      };
      if (!options.withEvaluation) return view;
      const own = scores.filter((score) => score.responseId === row.id);
      const total = weightedTotal(
        criteria.filter((criterion) => criterion.opportunityId === row.opportunityId),
        new Map(own.map((score) => [score.criterionId, score.score])),
      );
      const position = new Map(criteria.map((criterion) => [criterion.id, criterion.position]));
      return {
        ...view,
        evaluation: {
          scores: own
            .sort((a, b) => (position.get(a.criterionId) ?? 0) - (position.get(b.criterionId) ?? 0))
            .map((score) => ({ criterionId: score.criterionId, score: score.score, comment: score.comment, scoredAt: score.scoredAt.toISOString() })),
          weightedScore: total.hundredths / 100,
          complete: total.complete,
        },
      };
    });
  }
}
