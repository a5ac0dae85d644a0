import { Inject, Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { CouncilHierarchy, CouncilHierarchyCache } from '@app/organisations';
import { DataSource, EntityManager } from 'typeorm';
import { NeedFacts } from '../domain/need-partner-score';
import { rankPartners } from '../domain/partner-ranking';
import { collaborativeNeedsOutside, findNeed, NeedRow } from '../infrastructure/match-facts.queries';

/** One lock for every partner recomputation: each writes both sides of its pairs, so two must not interleave. */
const PARTNER_LOCK = 'matching:need_partner';

/**
 * Keeps `need_partner` in step with needs (DESIGN §4). A need's partners are the best other
 * councils' open, collaborative needs above the floor, top N; every pair is stored both ways and
 * removed both ways, so the suggestion is mutual. Re-running for the same need replaces its rows.
 */
@Injectable()
export class PartnerMatchingService {
  private readonly logger = new Logger(PartnerMatchingService.name);

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(CouncilHierarchyCache) private readonly hierarchy: CouncilHierarchyCache,
  ) {}

  /** Returns how many partners the need has after the run. */
  async recompute(needId: string, version: number): Promise<number> {
    const hierarchy = await this.hierarchy.get();
    const runKey = `need.saved/${needId}/${version}`;
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [PARTNER_LOCK]);
      const need = await findNeed(manager, needId);
      if (!need || !need.collaborative) {
        // Closed, private or gone: it suggests no one and is suggested to no one.
        await manager.query('DELETE FROM need_partner WHERE need_id = $1 OR partner_need_id = $1', [needId]);
        return 0;
      }
      const { matching } = this.config;
      const others = await collaborativeNeedsOutside(manager, need.councilCode);
      const partners = rankPartners(factsOf(need, hierarchy), others.map((other) => factsOf(other, hierarchy)), {
        weights: matching.partnerWeights,
        floor: matching.partnerFloor,
        limit: matching.partnerTopN,
      });
      const kept = partners.map((partner) => partner.partnerNeedId);
      await manager.query(
        `DELETE FROM need_partner
          WHERE (need_id = $1 AND NOT (partner_need_id = ANY($2::uuid[])))
             OR (partner_need_id = $1 AND NOT (need_id = ANY($2::uuid[])))`,
        [needId, kept],
      );
      if (partners.length > 0) await this.upsertBothWays(manager, needId, partners, runKey);
      this.logger.log({ needId, runKey, partners: partners.length }, 'Partner councils recomputed');
      return partners.length;
    });
  }

  /**
   * A dismissal stays while the dismissing need is unchanged since it was dismissed; once that need
   * changes (its updated_at passes the dismissal) the suggestion may come back.
   */
  private async upsertBothWays(
    manager: EntityManager,
    needId: string,
    partners: { partnerNeedId: string; score: number; reasons: unknown[] }[],
    runKey: string,
  ): Promise<void> {
    const rows = partners.flatMap((partner) => [
      [needId, partner.partnerNeedId, partner.score, JSON.stringify(partner.reasons)],
      [partner.partnerNeedId, needId, partner.score, JSON.stringify(partner.reasons)],
    ]);
    const values = rows.map((_, index) => `($${index * 4 + 1}::uuid, $${index * 4 + 2}::uuid, $${index * 4 + 3}::float8, $${index * 4 + 4}::jsonb)`);
    await manager.query(
      `INSERT INTO need_partner (need_id, partner_need_id, score, reasons, run_key, computed_at, dismissed_at)
       SELECT v.need_id, v.partner_need_id, v.score, v.reasons, $${rows.length * 4 + 1}, now(), NULL
         FROM (VALUES ${values.join(', ')}) AS v(need_id, partner_need_id, score, reasons)
       ON CONFLICT (need_id, partner_need_id) DO UPDATE SET
         score = EXCLUDED.score, reasons = EXCLUDED.reasons, run_key = EXCLUDED.run_key, computed_at = EXCLUDED.computed_at,
         dismissed_at = CASE
           WHEN need_partner.dismissed_at >= (SELECT updated_at FROM need WHERE id = need_partner.need_id) THEN need_partner.dismissed_at
           ELSE NULL END`,
      [...rows.flat(), runKey],
    );
  }
}

function factsOf(row: NeedRow, hierarchy: CouncilHierarchy): NeedFacts {
  return {
    id: row.id,
    councilCode: row.councilCode,
    region: hierarchy.get(row.councilCode)?.region ?? null,
    title: row.title,
    description: row.description,
    cpvCodes: row.cpvCodes,
    lotId: row.lotId,
    wantedStartDate: row.wantedStartDate,
    currentEndDate: row.currentEndDate,
  };
}
