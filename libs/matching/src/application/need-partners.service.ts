import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { CouncilHierarchyCache } from '@app/organisations';
import { Actor, DomainError, isAdmin, requireRole } from '@app/shared';
import { DataSource } from 'typeorm';
import type { MatchReason } from '../domain/match-reason';
import { findNeed } from '../infrastructure/match-facts.queries';
import { requireUuid } from './ids';
import type { PartnerView } from './matching.views';

interface PartnerRow {
  partnerNeedId: string;
  councilCode: string;
  title: string;
  score: number;
  reasons: MatchReason[];
  computedAt: Date;
}

/**
 * What a need's buyers see of its partner suggestions, and dismissing one. Only the need's own
 * council's buyers (and administrators) may: to anyone else the need's partners do not exist (404).
 */
@Injectable()
export class NeedPartnersService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(CouncilHierarchyCache) private readonly hierarchy: CouncilHierarchyCache,
  ) {}

  /** Best first; dismissed ones and partners no longer open to collaboration left out. */
  async list(actor: Actor | undefined, needId: string): Promise<PartnerView[]> {
    await this.requireOwnNeed(actor, needId);
    const rows: PartnerRow[] = await this.dataSource.query(
      `SELECT np.partner_need_id AS "partnerNeedId", n.council_code AS "councilCode", n.title, np.score, np.reasons, np.computed_at AS "computedAt"
         FROM need_partner np JOIN need n ON n.id = np.partner_need_id
        WHERE np.need_id = $1 AND np.dismissed_at IS NULL AND n.open_to_collaboration AND n.status = 'open'
        ORDER BY np.score DESC, md5(np.partner_need_id::text || np.need_id::text)
        LIMIT $2`,
      [needId, this.config.matching.partnerTopN],
    );
    const hierarchy = await this.hierarchy.get();
    return rows.map((row) => ({
      partnerNeedId: row.partnerNeedId,
      councilCode: row.councilCode,
      councilName: hierarchy.get(row.councilCode)?.name ?? row.councilCode,
      title: row.title,
      score: Number(row.score),
      reasons: row.reasons,
      computedAt: new Date(row.computedAt).toISOString(),
    }));
  }

  /** Hides one suggestion until the need changes. 404 when there is no such suggestion. */
  async dismiss(actor: Actor | undefined, needId: string, partnerNeedId: string): Promise<void> {
    await this.requireOwnNeed(actor, needId);
    requireUuid('partnerNeedId', partnerNeedId);
    const found: unknown[] = await this.dataSource.query('SELECT 1 FROM need_partner WHERE need_id = $1 AND partner_need_id = $2', [needId, partnerNeedId]);
    if (found.length === 0) throw DomainError.notFound('Partner suggestion');
    // Dismissing twice keeps the first time, so a repeat does not extend the dismissal past a change.
    await this.dataSource.query('UPDATE need_partner SET dismissed_at = now() WHERE need_id = $1 AND partner_need_id = $2 AND dismissed_at IS NULL', [
      needId,
      partnerNeedId,
    ]);
  }

  private async requireOwnNeed(actor: Actor | undefined, needId: string): Promise<void> {
    const reader = requireRole(actor, 'buyer', 'admin');
    requireUuid('id', needId);
    const need = await findNeed(this.dataSource.manager, needId);
    if (!need || (!isAdmin(reader) && need.councilCode !== reader.councilCode)) throw DomainError.notFound('Need');
  }
}
