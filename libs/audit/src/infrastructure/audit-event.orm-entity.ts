import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Append-only: a trigger in the migration refuses UPDATE and DELETE on this table. */
@Entity('audit_event')
@Index('ix_audit_event_object', ['objectType', 'objectId'])
export class AuditEventOrmEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('ix_audit_event_occurred_at')
  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt!: Date;

  @Index('ix_audit_event_actor')
  @Column({ type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @Index('ix_audit_event_action')
  @Column({ type: 'text' })
  action!: string;

  @Column({ type: 'text' })
  objectType!: string;

  @Column({ type: 'text' })
  objectId!: string;

  @Column({ type: 'jsonb', nullable: true })
  before!: object | null;

  @Column({ type: 'jsonb', nullable: true })
  after!: object | null;

  @Column({ type: 'text', nullable: true })
  requestId!: string | null;
}
