import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { NeedOrmEntity } from '../../needs/infrastructure/need.orm-entity';
import { JointProcurementOrmEntity } from './joint-procurement.orm-entity';

/**
 * A council taking part: the lead from the start, others when they accept an invitation. Its value
 * share weighs its part of the award: the award value is split between participants in proportion
 * to their shares, so each council's contract holds its part.
 */
@Entity('joint_procurement_participant')
@Index('uq_joint_procurement_participant_council', ['jointProcurementId', 'councilCode'], { unique: true })
@Check('ck_joint_procurement_participant_share', '"value_share_pence" > 0')
export class JointProcurementParticipantOrmEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  jointProcurementId!: string;

  @ManyToOne(() => JointProcurementOrmEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'joint_procurement_id' })
  jointProcurement?: JointProcurementOrmEntity;

  /** Council GSS codes answer "which joint procurements does my council take part in". */
  @Index('ix_joint_procurement_participant_council')
  @Column({ type: 'text' })
  councilCode!: string;

  @Index('ix_joint_procurement_participant_need')
  @Column({ type: 'uuid' })
  needId!: string;

  @ManyToOne(() => NeedOrmEntity)
  @JoinColumn({ name: 'need_id' })
  need?: NeedOrmEntity;

  @Column({ type: 'bigint' })
  valueSharePence!: string;

  @Column({ type: 'boolean', default: false })
  isLead!: boolean;

  /** The invitation the council accepted; null for the lead. */
  @Column({ type: 'uuid', nullable: true })
  invitationId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  joinedAt!: Date;
}
