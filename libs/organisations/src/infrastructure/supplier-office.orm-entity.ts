import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CouncilOrmEntity } from './council.orm-entity';
import { SupplierOrmEntity } from './supplier.orm-entity';

@Entity('supplier_office')
export class SupplierOfficeOrmEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('ix_supplier_office_supplier')
  @Column({ type: 'uuid' })
  supplierId!: string;

  @ManyToOne(() => SupplierOrmEntity, (supplier) => supplier.offices, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'supplier_id' })
  supplier?: SupplierOrmEntity;

  @Column({ type: 'text' })
  councilCode!: string;

  @ManyToOne(() => CouncilOrmEntity)
  @JoinColumn({ name: 'council_code' })
  council?: CouncilOrmEntity;

  @Column({ type: 'text', nullable: true })
  postcode!: string | null;

  @Column({ type: 'smallint' })
  position!: number;
}
