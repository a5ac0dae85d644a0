import { readFile } from 'node:fs/promises';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { checksumOf, loadReferenceOnce, ReferenceLoadResult } from '@app/db';
import { resourcePath } from '@app/shared';
import { DataSource, EntityManager } from 'typeorm';
import type { CouncilNode } from '../domain/council-hierarchy';
import { parseCouncilCsv } from '../infrastructure/council-csv';
import { CouncilHierarchyCache } from './council-hierarchy.cache';

const CHUNK = 500;
const COLUMNS = [
  'gss_code',
  'local_authority_code',
  'name',
  'short_name',
  'type_code',
  'type_name',
  'region',
  'county_code',
  'combined_authority_code',
] as const;

/**
 * Loads the register of English councils shipped in libs/organisations/data. Idempotent: a file whose
 * checksum is already recorded is not read again, and rows that did not change are not rewritten.
 * Email domains are not in the file; administrators set them and a reload leaves them alone.
 * Councils that disappear from a newer file are kept, since suppliers' offices and users point at them.
 */
@Injectable()
export class CouncilReferenceLoader {
  static readonly NAME = 'england-local-authorities';
  static readonly FILE = resourcePath('libs', 'organisations', 'data', 'england-local-authorities-current.csv');

  private readonly logger = new Logger('ReferenceData');

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(CouncilHierarchyCache) private readonly hierarchy: CouncilHierarchyCache,
  ) {}

  async load(file: string = CouncilReferenceLoader.FILE): Promise<ReferenceLoadResult> {
    const name = CouncilReferenceLoader.NAME;
    const bytes = await readFile(file);
    const councils = parseCouncilCsv(bytes.toString('utf8'));
    const result = await loadReferenceOnce(this.dataSource, { name, checksum: checksumOf(bytes), rows: councils.length }, async (manager) => {
      let written = 0;
      for (let start = 0; start < councils.length; start += CHUNK) {
        written += await upsertCouncils(manager, councils.slice(start, start + CHUNK));
      }
      return written;
    });
    if (result.loaded) {
      this.hierarchy.invalidate();
      this.logger.log(`Loaded ${councils.length} councils (${result.changed} new or changed) from ${name}`);
    }
    return result;
  }
}

async function upsertCouncils(manager: EntityManager, councils: CouncilNode[]): Promise<number> {
  const values: (string | null)[] = [];
  const tuples = councils.map((council, row) => {
    values.push(
      council.gssCode,
      council.localAuthorityCode,
      council.name,
      council.shortName,
      council.typeCode,
      council.typeName,
      council.region,
      council.countyCode,
      council.combinedAuthorityCode,
    );
    return `(${COLUMNS.map((_, column) => `$${row * COLUMNS.length + column + 1}`).join(', ')})`;
  });
  const updated = COLUMNS.filter((column) => column !== 'gss_code');
  const written: unknown[] = await manager.query(
    `INSERT INTO council (${COLUMNS.join(', ')}) VALUES ${tuples.join(', ')}
     ON CONFLICT (gss_code) DO UPDATE SET ${updated.map((column) => `${column} = EXCLUDED.${column}`).join(', ')}
     WHERE (${updated.map((column) => `council.${column}`).join(', ')}) IS DISTINCT FROM (${updated.map((column) => `EXCLUDED.${column}`).join(', ')})
     RETURNING gss_code`,
    values,
  );
  return written.length;
}
