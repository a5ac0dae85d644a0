import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { MatchReason } from '../domain/match-reason';
import type { MatchFlags } from '../domain/supplier-match';

/** A listing that fits an opportunity, with why; one row per pair, replaced by each run. */
@Entity('opportunity_match')
export class OpportunityMatchOrmEntity {
  @PrimaryColumn({ type: 'uuid' })
  opportunityId!: string;

  @Index('ix_opportunity_match_listing')
  @PrimaryColumn({ type: 'uuid' })
  listingId!: string;

  @Column({ type: 'uuid' })
  supplierId!: string;

  @Column({ type: 'double precision' })
  score!: number;

  @Column({ type: 'jsonb' })
  reasons!: MatchReason[];

  @Column({ type: 'jsonb' })
  flags!: MatchFlags;

  /** `opportunity.published/<opportunityId>` or `listing.published/<listingId>/<version>`. */
  @Column({ type: 'text' })
  runKey!: string;

  @Column({ type: 'timestamptz' })
  computedAt!: Date;
}
