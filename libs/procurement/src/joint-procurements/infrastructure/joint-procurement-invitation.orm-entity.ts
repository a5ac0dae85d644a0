import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { InvitationStatus } from '../domain/invitation-state';
import { JointProcurementOrmEntity } from './joint-procurement.orm-entity';

/** The lead's invitation to a council. At most one live (pending or accepted) invitation per council. */
@Entity('joint_procurement_invitation')
@Index('uq_joint_procurement_invitation_live', ['jointProcurementId', 'councilCode'], {
  unique: true,
  where: `"status" IN ('pending', 'accepted')`,
})
@Index('ix_joint_procurement_invitation_procurement', ['jointProcurementId', 'invitedAt'])
@Index('ix_joint_procurement_invitation_council', ['councilCode', 'status'])
@Check('ck_joint_procurement_invitation_status', `"status" IN ('pending', 'accepted', 'declined', 'withdrawn')`)
export class JointProcurementInvitationOrmEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  jointProcurementId!: string;

  @ManyToOne(() => JointProcurementOrmEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'joint_procurement_id' })
  jointProcurement?: JointProcurementOrmEntity;

  @Column({ type: 'text' })
  councilCode!: string;

  @Column({ type: 'text' })
  status!: InvitationStatus;

  @Column({ type: 'uuid', nullable: true })
  invitedBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  invitedAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  answeredBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  answeredAt!: Date | null;

  /** Why the lead withdrew it, or that publication closed the roster. */
  @Column({ type: 'text', nullable: true })
  note!: string | null;
}
