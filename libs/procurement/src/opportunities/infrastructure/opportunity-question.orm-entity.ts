import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OpportunityOrmEntity } from './opportunity.orm-entity';

/**
 * A supplier's clarification question. Once answered, question and answer are published to every
 * supplier without the asker: the asker is kept only so the supplier sees its own questions.
 */
@Entity('opportunity_question')
@Index('ix_opportunity_question_opportunity', ['opportunityId', 'askedAt'])
export class OpportunityQuestionOrmEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  opportunityId!: string;

  @ManyToOne(() => OpportunityOrmEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'opportunity_id' })
  opportunity?: OpportunityOrmEntity;

  @Column({ type: 'uuid' })
  supplierId!: string;

  @Column({ type: 'uuid', nullable: true })
  askedBy!: string | null;

  @Column({ type: 'text' })
  question!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  askedAt!: Date;

  @Column({ type: 'text', nullable: true })
  answer!: string | null;

  @Column({ type: 'uuid', nullable: true })
  answeredBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  answeredAt!: Date | null;
}
