import { readFile } from 'node:fs/promises';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { checksumOf, loadReferenceOnce, ReferenceLoadResult } from '@app/db';
import { resourcePath } from '@app/shared';
import { DataSource, EntityManager } from 'typeorm';
import { CpvRecord, parseCpvCsv } from '../infrastructure/cpv-csv';

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
    const records = parseCpvCsv(bytes.toString('utf8'));
    const result = await loadReferenceOnce(this.dataSource, { name, checksum: checksumOf(bytes), rows: records.length }, async (manager) => {
      let written = 0;
      for (let start = 0; start < records.length; start += CHUNK) {
        written += await upsertCodes(manager, records.slice(start, start + CHUNK));
      }
      return written;
    });
    if (result.loaded) this.logger.log(`Loaded ${records.length} CPV codes (${result.changed} new or changed) from ${name}`);
    return result;
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
