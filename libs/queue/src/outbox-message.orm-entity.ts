import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A job to run, written in the same transaction as the change that calls for it. The relay moves
 * undispatched rows to BullMQ, so a committed change is never lost while Redis is down.
 */
@Entity('outbox_message')
export class OutboxMessageOrmEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'text' })
  queue!: string;

  @Column({ type: 'text' })
  jobName!: string;

  /** Deterministic BullMQ job id: relaying the same row twice adds the job once. */
  @Column({ type: 'text' })
  jobId!: string;

  @Column({ type: 'jsonb' })
  payload!: object;

  /** A delayed job: BullMQ holds it until then. The delay is worked out when relayed, so an outage does not push it later. */
  @Column({ type: 'timestamptz', nullable: true })
  runAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Index('ix_outbox_message_pending', { synchronize: false })
  @Column({ type: 'timestamptz', nullable: true })
  dispatchedAt!: Date | null;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;
}
