import { Column, CreateDateColumn, Entity, Index, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { SupplierOfficeOrmEntity } from './supplier-office.orm-entity';

@Entity('supplier')
export class SupplierOrmEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Index('uq_supplier_company_number', { unique: true })
  @Column({ type: 'text' })
  companyNumber!: string;

  @Column({ type: 'text', nullable: true })
  vatNumber!: string | null;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Column({ type: 'integer' })
  staffCount!: number;

  @Column({ type: 'bigint' })
  turnoverPence!: string;

  @Column({ type: 'bigint' })
  balanceSheetPence!: string;

  /** Derived from the size figures on every write (Procurement Act 2023); stored so search can filter on it. */
  @Column({ type: 'boolean' })
  isSme!: boolean;

  @Column({ type: 'boolean', default: false })
  isVcse!: boolean;

  @Column({ type: 'text', default: 'active' })
  status!: 'active' | 'suspended';

  /** GSS codes of every council this supplier is local to, derived from its offices and the council hierarchy. */
  @Index('ix_supplier_local_to', { synchronize: false })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  localTo!: string[];

  @OneToMany(() => SupplierOfficeOrmEntity, (office) => office.supplier)
  offices?: SupplierOfficeOrmEntity[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
