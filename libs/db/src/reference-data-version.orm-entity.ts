import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Which version (checksum) of each reference data file is loaded, so a restart reloads nothing. */
@Entity('reference_data_version')
export class ReferenceDataVersionOrmEntity {
  @PrimaryColumn({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  checksum!: string;

  @Column({ type: 'timestamptz' })
  loadedAt!: Date;
}
