import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { ReferenceDataVersionOrmEntity } from './reference-data-version.orm-entity';

/** What a reference data loader did. `loaded` is false when these exact files (by SHA-256) were already loaded. */
export interface ReferenceLoadResult {
  name: string;
  checksum: string;
  loaded: boolean;
  /** Records in the files. */
  rows: number;
  /** Rows inserted or changed by this load; 0 when skipped. */
  changed: number;
}

export function checksumOf(...files: Buffer[]): string {
  const hash = createHash('sha256');
  files.forEach((file, index) => hash.update(index === 0 ? file : Buffer.concat([Buffer.from('\0'), file])));
  return hash.digest('hex');
}

/**
 * The step every reference loader shares: skip files whose checksum is already recorded, otherwise
 * write them and record the checksum in one transaction, so a failed load changes nothing and a
 * restart reloads nothing.
 */
export async function loadReferenceOnce(
  dataSource: DataSource,
  source: { name: string; checksum: string; rows: number },
  write: (manager: EntityManager) => Promise<number>,
): Promise<ReferenceLoadResult> {
  const { name, checksum, rows } = source;
  const current = await dataSource.getRepository(ReferenceDataVersionOrmEntity).findOneBy({ name });
  if (current?.checksum === checksum) return { name, checksum, loaded: false, rows, changed: 0 };
  const changed = await dataSource.transaction(async (manager) => {
    const written = await write(manager);
    await manager.query(
      `INSERT INTO reference_data_version (name, checksum, loaded_at) VALUES ($1, $2, now())
       ON CONFLICT (name) DO UPDATE SET checksum = EXCLUDED.checksum, loaded_at = EXCLUDED.loaded_at`,
      [name, checksum],
    );
    return written;
  });
  return { name, checksum, loaded: true, rows, changed };
}
