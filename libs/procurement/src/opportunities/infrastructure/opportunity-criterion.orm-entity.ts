import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OpportunityOrmEntity } from './opportunity.orm-entity';

/** An evaluation criterion with its weight; an opportunity's weights sum to 100. Fixed once published. */
@Entity('opportunity_criterion')
@Index('uq_opportunity_criterion_position', ['opportunityId', 'position'], { unique: true })
@Check('ck_opportunity_criterion_weight', '"weight" BETWEEN 1 AND 100')
export class OpportunityCriterionOrmEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  opportunityId!: string;

  @ManyToOne(() => OpportunityOrmEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'opportunity_id' })
  opportunity?: OpportunityOrmEntity;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'integer' })
  weight!: number;
}
