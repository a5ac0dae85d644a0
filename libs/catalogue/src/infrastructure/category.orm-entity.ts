import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { LotOrmEntity } from './lot.orm-entity';

@Entity('category')
@Index('uq_category_lot_slug', ['lotId', 'slug'], { unique: true })
export class CategoryOrmEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  lotId!: string;

  @ManyToOne(() => LotOrmEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'lot_id' })
  lot?: LotOrmEntity;

  @Column({ type: 'text' })
  slug!: string;

  @Column({ type: 'text' })
  name!: string;

  /** The group a category sits in on lots that have one (G-Cloud software categories do). */
  @Column({ type: 'text', nullable: true })
  parentName!: string | null;
}
