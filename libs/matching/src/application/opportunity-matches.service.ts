import { Inject, Injectable } from '@nestjs/common';
import { Actor, DomainError, isAdmin, requireRole } from '@app/shared';
import { DataSource } from 'typeorm';
import type { MatchReason } from '../domain/match-reason';
import type { MatchFlags } from '../domain/supplier-match';
import { requireUuid } from './ids';
import type { OpportunityMatchView } from './matching.views';

interface MatchRow {
  listingId: string;
  listingName: string;
  supplierId: string;
  supplierName: string;
  score: number;
  reasons: MatchReason[];
  flags: MatchFlags;
  computedAt: Date;
}

/**
 * The suppliers matched to an opportunity, for the buyers running it: active buyers of a
 * participating council and administrators. To anyone else the matches do not exist (404), since
 * they would tell a competitor who else is in the running.
 */
@Injectable()
export class OpportunityMatchesService {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async list(actor: Actor | undefined, opportunityId: string): Promise<OpportunityMatchView[]> {
    const reader = requireRole(actor, 'buyer', 'admin');
    requireUuid('id', opportunityId);
    const allowed: unknown[] = isAdmin(reader)
      ? await this.dataSource.query('SELECT 1 FROM opportunity WHERE id = $1', [opportunityId])
      : await this.dataSource.query(
          `SELECT 1 FROM opportunity o JOIN joint_procurement_participant p ON p.joint_procurement_id = o.joint_procurement_id
            WHERE o.id = $1 AND p.council_code = $2`,
          [opportunityId, reader.status === 'active' ? reader.councilCode : null],
        );
    if (allowed.length === 0) throw DomainError.notFound('Opportunity');
    const rows: MatchRow[] = await this.dataSource.query(
      `SELECT m.listing_id AS "listingId", l.name AS "listingName", m.supplier_id AS "supplierId", l.supplier_name AS "supplierName",
              m.score, m.reasons, m.flags, m.computed_at AS "computedAt"
         FROM opportunity_match m JOIN listing l ON l.id = m.listing_id
        WHERE m.opportunity_id = $1 AND l.status = 'published' AND l.supplier_active
        ORDER BY m.score DESC, encode(sha256(convert_to(m.listing_id::text || '|' || m.opportunity_id::text, 'UTF8')), 'hex')`,
      [opportunityId],
    );
    return rows.map((row) => ({ ...row, score: Number(row.score), computedAt: new Date(row.computedAt).toISOString() }));
  }
}
