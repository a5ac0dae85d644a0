import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { ReferenceDataVersionOrmEntity } from '@app/db';
import { resourcePath } from '@app/shared';
import { DataSource, EntityManager } from 'typeorm';
import { CpvCodeOrmEntity } from '../infrastructure/cpv-code.orm-entity';
import { CpvRecord, parseCpvCsv } from '../infrastructure/cpv-csv';
import type { ReferenceLoadResult } from './reference-load-result';

// 6 parameters a row; PostgreSQL allows 65,535 parameters a statement.
const CHUNK = 1000;
const COLUMNS = ['code', 'check_digit', 'label', 'level', 'parent_code', 'division'] as const;

/**
 * Loads CPV 2008 (English) shipped in libs/classification/data. Idempotent: a file whose checksum is
 * already recorded is not read again, and unchanged rows are not rewritten. Codes are never deleted,
 * since listings and needs refer to them.
 */
@Injectable()
export class CpvReferenceLoader {
  static readonly NAME = 'cpv-2008-en';
  static readonly FILE = resourcePath('libs', 'classification', 'data', 'cpv-2008-en.csv');

  private readonly logger = new Logger('ReferenceData');

  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async load(file: string = CpvReferenceLoader.FILE): Promise<ReferenceLoadResult> {
    const name = CpvReferenceLoader.NAME;
    const bytes = await readFile(file);
    const checksum = createHash('sha256').update(bytes).digest('hex');
    const current = await this.dataSource.getRepository(ReferenceDataVersionOrmEntity).findOneBy({ name });
    if (current?.checksum === checksum) {
      return { name, checksum, loaded: false, rows: await this.dataSource.getRepository(CpvCodeOrmEntity).count(), changed: 0 };
    }
    const records = parseCpvCsv(bytes.toString('utf8'));
    const changed = await this.dataSource.transaction(async (manager) => {
      let written = 0;
      for (let start = 0; start < records.length; start += CHUNK) {
        written += await upsertCodes(manager, records.slice(start, start + CHUNK));
      }
      await manager.query(
        `INSERT INTO reference_data_version (name, checksum, loaded_at) VALUES ($1, $2, now())
         ON CONFLICT (name) DO UPDATE SET checksum = EXCLUDED.checksum, loaded_at = EXCLUDED.loaded_at`,
        [name, checksum],
      );
      return written;
    });
    this.logger.log(`Loaded ${records.length} CPV codes (${changed} new or changed) from ${name}`);
    return { name, checksum, loaded: true, rows: records.length, changed };
  }
}

async function upsertCodes(manager: EntityManager, records: CpvRecord[]): Promise<number> {
  const values: (string | null)[] = [];
  const tuples = records.map((record, row) => {
    values.push(record.code, record.checkDigit, record.label, record.level, record.parentCode, record.division);
    return `(${COLUMNS.map((_, column) => `$${row * COLUMNS.length + column + 1}`).join(', ')})`;
  });
  const updated = COLUMNS.filter((column) => column !== 'code');
  const written: unknown[] = await manager.query(
    `INSERT INTO cpv_code (${COLUMNS.join(', ')}) VALUES ${tuples.join(', ')}
     ON CONFLICT (code) DO UPDATE SET ${updated.map((column) => `${column} = EXCLUDED.${column}`).join(', ')}
     WHERE (${updated.map((column) => `cpv_code.${column}`).join(', ')}) IS DISTINCT FROM (${updated.map((column) => `EXCLUDED.${column}`).join(', ')})
     RETURNING code`,
    values,
  );
  return written.length;
}
