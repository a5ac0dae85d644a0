import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { FrameworkOrmEntity } from './framework.orm-entity';

@Entity('lot')
@Index('uq_lot_framework_slug', ['frameworkId', 'slug'], { unique: true })
export class LotOrmEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  frameworkId!: string;

  @ManyToOne(() => FrameworkOrmEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'framework_id' })
  framework?: FrameworkOrmEntity;

  @Column({ type: 'text' })
  slug!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  /** How many of the lot's categories one service may choose (G-Cloud: 10 hosting, 20 software). */
  @Column({ type: 'integer', default: 10 })
  maxCategoriesPerService!: number;
}
