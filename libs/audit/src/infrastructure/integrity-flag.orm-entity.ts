import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Something an administrator should look at (a duplicate company number, a suspicious award...). */
@Entity('integrity_flag')
export class IntegrityFlagOrmEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'text' })
  subjectType!: string;

  @Column({ type: 'text' })
  subjectId!: string;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  details!: object;

  /** The same finding raised twice is one flag. */
  @Index('uq_integrity_flag_dedupe_key', { unique: true })
  @Column({ type: 'text' })
  dedupeKey!: string;

  @Index('ix_integrity_flag_status')
  @Column({ type: 'text', default: 'open' })
  status!: 'open' | 'dismissed' | 'resolved';

  @CreateDateColumn({ type: 'timestamptz' })
  raisedAt!: Date;
}
