import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { JointProcurementOrmEntity } from '../../joint-procurements/infrastructure/joint-procurement.orm-entity';
import type { Route } from '../domain/opportunity-draft';
import type { OpportunityStatus } from '../domain/opportunity-state';

/**
 * What suppliers see and answer: published from a joint procurement (a single need is a joint
 * procurement of one council). The award columns are filled in the award's transaction.
 */
@Entity('opportunity')
@Index('ix_opportunity_status_closing', ['status', 'closingAt'])
@Index('uq_opportunity_joint_procurement', ['jointProcurementId'], { unique: true })
@Check('ck_opportunity_status', `"status" IN ('open', 'closed', 'awarded', 'cancelled')`)
@Check('ck_opportunity_route', `("route" = 'framework' AND "lot_id" IS NOT NULL) OR ("route" = 'open' AND "lot_id" IS NULL)`)
@Check('ck_opportunity_money', '"budget_pence" > 0 AND ("award_value_pence" IS NULL OR "award_value_pence" >= 0)')
@Check('ck_opportunity_awarded', `("status" = 'awarded') = ("award_id" IS NOT NULL)`)
export class OpportunityOrmEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  jointProcurementId!: string;

  @ManyToOne(() => JointProcurementOrmEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'joint_procurement_id' })
  jointProcurement?: JointProcurementOrmEntity;

  @Column({ type: 'text' })
  leadCouncilCode!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  route!: Route;

  /** A catalogue lot, held by id (the catalogue is another context). */
  @Index('ix_opportunity_lot')
  @Column({ type: 'uuid', nullable: true })
  lotId!: string | null;

  @Column({ type: 'text', default: '' })
  problemStatement!: string;

  @Column({ type: 'text', default: '' })
  userNeeds!: string;

  @Column({ type: 'text', default: '' })
  scope!: string;

  @Column({ type: 'bigint' })
  budgetPence!: string;

  /** The participating needs' estimated values summed at publication; null when none had one. */
  @Column({ type: 'bigint', nullable: true })
  estimatedValuePence!: string | null;

  /** Every CPV code of the participating needs, for the contracts an award creates. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  cpvCodes!: string[];

  @Column({ type: 'text' })
  status!: OpportunityStatus;

  @Column({ type: 'uuid', nullable: true })
  publishedBy!: string | null;

  @Column({ type: 'timestamptz' })
  publishedAt!: Date;

  @Column({ type: 'timestamptz' })
  closingAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  cancellationReason!: string | null;

  /** Names the award for the contracts it creates (one per participating council). */
  @Column({ type: 'uuid', nullable: true })
  awardId!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  awardedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  awardedResponseId!: string | null;

  @Column({ type: 'bigint', nullable: true })
  awardValuePence!: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
