import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { MatchReason } from '../domain/match-reason';

/**
 * A suggested partner need for a need, stored both ways (A→B and B→A are written and removed
 * together). Needs belong to procurement, so they are held by id without a foreign key.
 */
@Entity('need_partner')
export class NeedPartnerOrmEntity {
  @PrimaryColumn({ type: 'uuid' })
  needId!: string;

  @Index('ix_need_partner_partner')
  @PrimaryColumn({ type: 'uuid' })
  partnerNeedId!: string;

  @Column({ type: 'double precision' })
  score!: number;

  @Column({ type: 'jsonb' })
  reasons!: MatchReason[];

  /** The job run that wrote the row: `need.saved/<needId>/<version>`. */
  @Column({ type: 'text' })
  runKey!: string;

  @Column({ type: 'timestamptz' })
  computedAt!: Date;

  /** Set when the need's buyers dismiss the suggestion; cleared once the need changes after that. */
  @Column({ type: 'timestamptz', nullable: true })
  dismissedAt!: Date | null;
}
