import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A current English local authority, loaded from the ONS/mySociety register; the GSS code is its public id. */
@Entity('council')
export class CouncilOrmEntity {
  @PrimaryColumn({ type: 'text' })
  gssCode!: string;

  @Index('uq_council_local_authority_code', { unique: true })
  @Column({ type: 'text' })
  localAuthorityCode!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  shortName!: string;

  @Column({ type: 'text' })
  typeCode!: string;

  @Column({ type: 'text' })
  typeName!: string;

  @Column({ type: 'text' })
  region!: string;

  @Column({ type: 'text', nullable: true })
  countyCode!: string | null;

  @Column({ type: 'text', nullable: true })
  combinedAuthorityCode!: string | null;

  /** Buyers registering with an address on one of these domains are approved without an administrator. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  emailDomains!: string[];
}
