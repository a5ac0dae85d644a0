import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { JointProcurementStatus } from '../domain/joint-procurement-state';

/**
 * Councils buying together: the lead council runs it, the participants (lead included) each bring a
 * need and a value share. Councils belong to organisations, so they are held by GSS code.
 */
@Entity('joint_procurement')
@Check('ck_joint_procurement_status', `"status" IN ('forming', 'published', 'evaluating', 'awarded', 'cancelled')`)
@Check('ck_joint_procurement_cancelled', `("status" = 'cancelled') = ("cancelled_at" IS NOT NULL)`)
export class JointProcurementOrmEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  title!: string;

  @Index('ix_joint_procurement_lead')
  @Column({ type: 'text' })
  leadCouncilCode!: string;

  @Column({ type: 'text' })
  status!: JointProcurementStatus;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  awardedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  cancellationReason!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
