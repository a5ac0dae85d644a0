import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { SavedSearchFilters, SavedSearchFrequency, SavedSearchKind } from '../domain/saved-search-filters';

@Entity('saved_search')
@Index('ix_saved_search_user', ['userId', 'createdAt'])
// The alert jobs look up every search of one kind and frequency.
@Index('ix_saved_search_kind_frequency', ['kind', 'frequency'])
export class SavedSearchOrmEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The owner; held by id like other contexts' rows, removed with nothing else. */
  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'text' })
  kind!: SavedSearchKind;

  @Column({ type: 'text' })
  name!: string;

  /** Normalised filters (see saved-search-filters.ts); never a raw request. */
  @Column({ type: 'jsonb' })
  filters!: SavedSearchFilters;

  @Column({ type: 'text' })
  frequency!: SavedSearchFrequency;

  /** The daily digest's watermark: items first published after this are new. */
  @Column({ type: 'timestamptz' })
  digestedUpTo!: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
