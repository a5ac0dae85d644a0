import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { FrameworkOrmEntity } from './framework.orm-entity';
import { LotOrmEntity } from './lot.orm-entity';

export type ListingStatus = 'draft' | 'submitted' | 'published' | 'rejected' | 'suspended' | 'withdrawn';
export type CyberEssentials = 'none' | 'basic' | 'plus';

/**
 * A supplier's service on one framework lot. The columns hold the version people see (the
 * published one once there is one); every version, including a pending revision, is a
 * listing_version row. Supplier facts (name, SME, VCSE, local councils, active) are copied here
 * so that search reads one table; they are refreshed whenever the supplier changes.
 */
@Entity('listing')
@Index('uq_listing_supplier_external_ref', ['supplierId', 'externalRef'], { unique: true, where: '"external_ref" IS NOT NULL' })
export class ListingOrmEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('ix_listing_supplier')
  @Column({ type: 'uuid' })
  supplierId!: string;

  /** The importer's own id for the row, so importing a file twice changes nothing. */
  @Column({ type: 'text', nullable: true })
  externalRef!: string | null;

  @Column({ type: 'uuid' })
  frameworkId!: string;

  @ManyToOne(() => FrameworkOrmEntity)
  @JoinColumn({ name: 'framework_id' })
  framework?: FrameworkOrmEntity;

  @Column({ type: 'uuid' })
  lotId!: string;

  @ManyToOne(() => LotOrmEntity)
  @JoinColumn({ name: 'lot_id' })
  lot?: LotOrmEntity;

  @Index('ix_listing_status')
  @Column({ type: 'text' })
  status!: ListingStatus;

  @Index('ix_listing_name_trgm', { synchronize: false })
  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', default: '' })
  summary!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  features!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  benefits!: string[];

  @Index('ix_listing_category_ids', { synchronize: false })
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  categoryIds!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  cpvCodes!: string[];

  /**
   * Every significant prefix of every CPV code (72260000 gives 72, 722, 7226), kept by the same
   * trigger, so a hierarchy-aware CPV filter is one GIN containment test.
   */
  @Index('ix_listing_cpv_prefixes', { synchronize: false })
  // Supplier matching's prefilter: the same, over published listings of active suppliers (migration MatchingPerformance).
  @Index('ix_listing_matchable_cpv', { synchronize: false })
  @Column({ type: 'text', array: true, select: false, insert: false, update: false, nullable: true })
  cpvPrefixes?: string[];

  @Column({ type: 'bigint', nullable: true })
  priceMinPence!: string | null;

  @Column({ type: 'bigint', nullable: true })
  priceMaxPence!: string | null;

  @Column({ type: 'text', nullable: true })
  priceUnit!: string | null;

  @Column({ type: 'boolean', default: false })
  openSource!: boolean;

  @Column({ type: 'boolean', default: false })
  openApi!: boolean;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  openStandards!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  dataExportFormats!: string[];

  @Column({ type: 'boolean', default: false })
  iso27001!: boolean;

  @Column({ type: 'text', default: 'none' })
  cyberEssentials!: CyberEssentials;

  @Column({ type: 'boolean', default: false })
  ukHosting!: boolean;

  @Column({ type: 'text', nullable: true })
  accessibilityStatementUrl!: string | null;

  /** 0–100, from the checks at submission; the moderation queue is ordered by it. */
  @Column({ type: 'integer', default: 0 })
  qualityScore!: number;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  qualityMissing!: string[];

  @Column({ type: 'text', nullable: true })
  rejectionReason!: string | null;

  /** Version number shown now; a pending revision has a higher number in listing_version. */
  @Column({ type: 'integer', default: 1 })
  currentVersion!: number;

  @Column({ type: 'integer', nullable: true })
  pendingVersion!: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  // Supplier facts copied for search (see the class comment).
  @Index('ix_listing_supplier_name_trgm', { synchronize: false })
  @Column({ type: 'text', default: '' })
  supplierName!: string;

  @Column({ type: 'boolean', default: false })
  supplierIsSme!: boolean;

  @Column({ type: 'boolean', default: false })
  supplierIsVcse!: boolean;

  @Index('ix_listing_supplier_local_to', { synchronize: false })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  supplierLocalTo!: string[];

  @Column({ type: 'boolean', default: true })
  supplierActive!: boolean;

  /** Name (A) and summary (B), kept in the row by a trigger: what search results are ranked by. */
  @Column({ type: 'tsvector', select: false, insert: false, update: false, nullable: true })
  titleDocument?: string;

  /** Maintained by a trigger from name (A), summary and supplier name (B), features, benefits and description (C). */
  @Index('ix_listing_search_document', { synchronize: false })
  @Column({ type: 'tsvector', select: false, insert: false, update: false, nullable: true })
  searchDocument?: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
