import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A bearer token; only its SHA-256 is stored, so a database dump does not hand out sessions. */
@Entity('api_token')
export class ApiTokenOrmEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('ix_api_token_user')
  @Column({ type: 'uuid' })
  userId!: string;

  @Index('uq_api_token_hash', { unique: true })
  @Column({ type: 'text' })
  tokenHash!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
