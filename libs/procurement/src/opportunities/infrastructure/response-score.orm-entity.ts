import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { OpportunityCriterionOrmEntity } from './opportunity-criterion.orm-entity';
import { OpportunityResponseOrmEntity } from './opportunity-response.orm-entity';

/** The buyers' agreed score of one response against one criterion; a later score replaces it. */
@Entity('response_score')
@Check('ck_response_score_range', '"score" BETWEEN 0 AND 100')
export class ResponseScoreOrmEntity {
  @PrimaryColumn({ type: 'uuid' })
  responseId!: string;

  @ManyToOne(() => OpportunityResponseOrmEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'response_id' })
  response?: OpportunityResponseOrmEntity;

  @PrimaryColumn({ type: 'uuid' })
  criterionId!: string;

  @ManyToOne(() => OpportunityCriterionOrmEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'criterion_id' })
  criterion?: OpportunityCriterionOrmEntity;

  @Column({ type: 'integer' })
  score!: number;

  @Column({ type: 'text', default: '' })
  comment!: string;

  @Column({ type: 'uuid', nullable: true })
  scoredBy!: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  scoredAt!: Date;
}
