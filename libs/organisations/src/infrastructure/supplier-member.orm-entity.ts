import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SupplierOrmEntity } from './supplier.orm-entity';

/** Which user acts for which supplier. One supplier per user; a supplier may have several users. */
@Entity('supplier_member')
export class SupplierMemberOrmEntity {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @Index('ix_supplier_member_supplier')
  @Column({ type: 'uuid' })
  supplierId!: string;

  @ManyToOne(() => SupplierOrmEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'supplier_id' })
  supplier?: SupplierOrmEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
