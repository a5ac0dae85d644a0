import { Injectable } from '@nestjs/common';
import { Actor, offsetOf, Page, pageOf, PageRequest, requireRole } from '@app/shared';
import { DataSource, EntityManager } from 'typeorm';
import { IntegrityFlagOrmEntity } from '../infrastructure/integrity-flag.orm-entity';

export interface IntegrityFinding {
  kind: string;
  subjectType: string;
  subjectId: string;
  summary: string;
  details?: Record<string, unknown>;
  /** Identifies the finding, so raising it again changes nothing. */
  dedupeKey: string;
}

export interface IntegrityFlagView {
  id: string;
  kind: string;
  subjectType: string;
  subjectId: string;
  summary: string;
  details: Record<string, unknown>;
  status: string;
  raisedAt: string;
}

@Injectable()
export class IntegrityFlagService {
  constructor(private readonly dataSource: DataSource) {}

  /** Idempotent by dedupe key. Pass a manager to raise it inside the caller's transaction. */
  async raise(finding: IntegrityFinding, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(IntegrityFlagOrmEntity)
      .values({ ...finding, details: finding.details ?? {} })
      .orIgnore()
      .execute();
  }

  /** Administrators only. */
  async list(actor: Actor | undefined, filter: { status?: string; kind?: string }, page: PageRequest): Promise<Page<IntegrityFlagView>> {
    requireRole(actor, 'admin');
    const query = this.dataSource.getRepository(IntegrityFlagOrmEntity).createQueryBuilder('flag');
    if (filter.status) query.andWhere('flag.status = :status', { status: filter.status });
    if (filter.kind) query.andWhere('flag.kind = :kind', { kind: filter.kind });
    const [rows, total] = await query
      .orderBy('flag.raisedAt', 'DESC')
      .addOrderBy('flag.id', 'DESC')
      .skip(offsetOf(page))
      .take(page.pageSize)
      .getManyAndCount();
    return pageOf(
      rows.map((row) => ({
        id: row.id,
        kind: row.kind,
        subjectType: row.subjectType,
        subjectId: row.subjectId,
        summary: row.summary,
        details: row.details as Record<string, unknown>,
        status: row.status,
        raisedAt: row.raisedAt.toISOString(),
      })),
      total,
      page,
    );
  }
}
