import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { AwardRoute, ContractSource } from '../domain/contract-terms';

/**
 * One council's contract in the register: recorded by the council for an existing arrangement,
 * created by an award (one row per participating council, holding its share), or imported from
 * OCDS. Supplier facts are copied as they were at award, so later changes to the supplier do not
 * rewrite history; the supplier id is kept when the supplier is registered here.
 */
@Entity('contract')
@Index('uq_contract_award_council', ['awardId', 'councilCode'], { unique: true, where: '"award_id" IS NOT NULL' })
@Index('uq_contract_external_ref', ['source', 'externalRef'], { unique: true, where: '"external_ref" IS NOT NULL' })
@Index('ix_contract_council_end', ['councilCode', 'endDate'])
@Check('ck_contract_values', '"value_pence" >= 0 AND ("annual_value_pence" IS NULL OR "annual_value_pence" >= 0)')
@Check('ck_contract_dates', '"end_date" >= "start_date" AND ("extension_until" IS NULL OR "extension_until" >= "end_date")')
export class ContractOrmEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  councilCode!: string;

  @Column({ type: 'text' })
  source!: ContractSource;

  /** The award that created the row (source 'awarded'). */
  @Column({ type: 'uuid', nullable: true })
  awardId!: string | null;

  /** The importer's id for the row (an OCDS release and contract id), so importing twice changes nothing. */
  @Column({ type: 'text', nullable: true })
  externalRef!: string | null;

  @Column({ type: 'uuid', nullable: true })
  recordedBy!: string | null;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'text' })
  supplierName!: string;

  @Index('ix_contract_supplier')
  @Column({ type: 'uuid', nullable: true })
  supplierId!: string | null;

  @Column({ type: 'text', nullable: true })
  supplierCompanyNumber!: string | null;

  @Column({ type: 'text', array: true })
  cpvCodes!: string[];

  /** Every prefix of every CPV code, so a prefix filter and the pipeline's CPV group match are GIN containment tests. */
  @Index('ix_contract_cpv_prefixes', { synchronize: false })
  @Column({ type: 'text', array: true })
  cpvPrefixes!: string[];

  /** The whole contract's value (for an award, this council's share). */
  @Column({ type: 'bigint' })
  valuePence!: string;

  @Column({ type: 'bigint', nullable: true })
  annualValuePence!: string | null;

  @Column({ type: 'date' })
  startDate!: string;

  @Index('ix_contract_end_date')
  @Column({ type: 'date' })
  endDate!: string;

  /** The latest date the contract's extension options allow; null when it has none. */
  @Column({ type: 'date', nullable: true })
  extensionUntil!: string | null;

  @Column({ type: 'text' })
  awardedVia!: AwardRoute;

  @Column({ type: 'boolean', default: false })
  supplierIsSme!: boolean;

  @Column({ type: 'boolean', default: false })
  supplierIsVcse!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
