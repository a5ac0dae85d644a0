import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { NeedClosure, NeedStatus } from '../domain/need-state';

/**
 * A council's requirement. Councils, suppliers and lots belong to other contexts, so they are held
 * by id without a foreign key (as listings hold their supplier) and checked by the service on write.
 * The current contract is flattened into `current_*` columns: it is at most one per need.
 */
@Entity('need')
@Index('ix_need_collaborative', ['openToCollaboration', 'status'], { where: '"open_to_collaboration" AND "status" = \'open\'' })
@Check('ck_need_state', `("status" = 'open' AND "closure" IS NULL) OR ("status" = 'closed' AND "closure" IN ('closed-by-buyer', 'joint-procurement'))`)
@Check('ck_need_current_dates', '"current_extension_until" IS NULL OR "current_end_date" IS NULL OR "current_extension_until" >= "current_end_date"')
export class NeedOrmEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('ix_need_council')
  @Column({ type: 'text' })
  councilCode!: string;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ type: 'text' })
  status!: NeedStatus;

  /** Why a closed need closed: the buyer closed it, or it moved into a joint procurement. */
  @Column({ type: 'text', nullable: true })
  closure!: NeedClosure | null;

  /** Partner matching's nearest-title scan: a trigram GiST index (migration MatchingPerformance). */
  @Index('ix_need_title_trgm', { synchronize: false })
  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'text', array: true })
  cpvCodes!: string[];

  /** Every prefix of every CPV code (72260000 gives 72, 722, ... 72260000), so a prefix filter is one GIN containment test. */
  @Index('ix_need_cpv_prefixes', { synchronize: false })
  @Column({ type: 'text', array: true })
  cpvPrefixes!: string[];

  @Column({ type: 'uuid', nullable: true })
  lotId!: string | null;

  @Column({ type: 'bigint', nullable: true })
  estimatedValuePence!: string | null;

  @Column({ type: 'date', nullable: true })
  wantedStartDate!: string | null;

  @Column({ type: 'text', nullable: true })
  currentSupplierName!: string | null;

  @Column({ type: 'uuid', nullable: true })
  currentSupplierId!: string | null;

  @Column({ type: 'date', nullable: true })
  currentEndDate!: string | null;

  @Column({ type: 'date', nullable: true })
  currentExtensionUntil!: string | null;

  @Column({ type: 'bigint', nullable: true })
  currentAnnualValuePence!: string | null;

  @Column({ type: 'boolean', default: false })
  openToCollaboration!: boolean;

  @Column({ type: 'boolean', default: false })
  prefersSme!: boolean;

  @Column({ type: 'boolean', default: false })
  prefersLocal!: boolean;

  @Column({ type: 'boolean', default: false })
  prefersOpenSource!: boolean;

  @Column({ type: 'boolean', default: false })
  prefersOpenStandards!: boolean;

  @Column({ type: 'boolean', default: false })
  prefersUkHosting!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
