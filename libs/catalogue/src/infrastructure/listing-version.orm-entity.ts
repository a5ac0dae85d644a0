import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ListingOrmEntity } from './listing.orm-entity';

export type ListingVersionState = 'draft' | 'submitted' | 'published' | 'rejected' | 'superseded' | 'withdrawn';

/** Every version of a listing's content, kept for history, diffs and reverting. */
@Entity('listing_version')
@Index('uq_listing_version', ['listingId', 'version'], { unique: true })
export class ListingVersionOrmEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  listingId!: string;

  @ManyToOne(() => ListingOrmEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'listing_id' })
  listing?: ListingOrmEntity;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'text' })
  state!: ListingVersionState;

  /** The editable fields exactly as the supplier wrote them for this version. */
  @Column({ type: 'jsonb' })
  content!: object;

  @Column({ type: 'integer', default: 0 })
  qualityScore!: number;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;
}
