import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type FrameworkStatus = 'coming' | 'open' | 'live' | 'expired';

/** A framework agreement such as G-Cloud 13: listings are made while open, bought from while live. */
@Entity('framework')
export class FrameworkOrmEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('uq_framework_slug', { unique: true })
  @Column({ type: 'text' })
  slug!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'text' })
  status!: FrameworkStatus;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
