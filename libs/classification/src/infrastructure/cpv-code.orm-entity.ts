import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One code of the Common Procurement Vocabulary 2008 (Regulation (EC) 213/2008), English labels. */
@Entity('cpv_code')
export class CpvCodeOrmEntity {
  /** Eight digits, without the check digit. */
  @PrimaryColumn({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  checkDigit!: string;

  @Column({ type: 'text' })
  label!: string;

  @Column({ type: 'text' })
  level!: 'division' | 'group' | 'class' | 'category' | 'subcategory';

  @Index('ix_cpv_code_parent')
  @Column({ type: 'text', nullable: true })
  parentCode!: string | null;

  @Column({ type: 'text' })
  division!: string;
}
