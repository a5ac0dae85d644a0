import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ResponseStatus } from '../domain/response-state';
import { OpportunityOrmEntity } from './opportunity.orm-entity';

/** One answer per criterion, in the response's own words. */
export interface ResponseAnswer {
  criterionId: string;
  answer: string;
}

/** A supplier's bid: one live response per supplier and opportunity, replaced in place until close. */
@Entity('opportunity_response')
@Index('uq_opportunity_response_supplier', ['opportunityId', 'supplierId'], { unique: true })
@Check('ck_opportunity_response_status', `"status" IN ('draft', 'submitted', 'scored')`)
@Check('ck_opportunity_response_price', '"price_pence" >= 0')
export class OpportunityResponseOrmEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  opportunityId!: string;

  @ManyToOne(() => OpportunityOrmEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'opportunity_id' })
  opportunity?: OpportunityOrmEntity;

  @Index('ix_opportunity_response_supplier')
  @Column({ type: 'uuid' })
  supplierId!: string;

  /** The supplier's published listing on the lot it responds with; optional on the open route. */
  @Column({ type: 'uuid', nullable: true })
  listingId!: string | null;

  @Column({ type: 'text' })
  status!: ResponseStatus;

  @Column({ type: 'bigint' })
  pricePence!: string;

  @Column({ type: 'text', default: '' })
  summary!: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  answers!: ResponseAnswer[];

  /** Bumped by every save, so a replaced submission is told apart from the one it replaced. */
  @Column({ type: 'integer', default: 1 })
  revision!: number;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  updatedBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
