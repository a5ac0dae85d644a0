import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity('notification')
@Index('ix_notification_user_created', ['userId', 'createdAt'])
export class NotificationOrmEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'text', nullable: true })
  link!: string | null;

  /** Nobody is told the same thing twice: a second insert with the same key is ignored. */
  @Index('uq_notification_dedupe_key', { unique: true })
  @Column({ type: 'text' })
  dedupeKey!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt!: Date | null;

  /** When the SMTP server accepted the email; set once, so a re-run job sends nothing more. */
  @Column({ type: 'timestamptz', nullable: true })
  emailedAt!: Date | null;
}
