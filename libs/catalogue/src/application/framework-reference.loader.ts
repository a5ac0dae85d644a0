import { readFile } from 'node:fs/promises';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { checksumOf, loadReferenceOnce, ReferenceLoadResult } from '@app/db';
import { resourcePath } from '@app/shared';
import { DataSource, EntityManager } from 'typeorm';
import { parseFrameworkCsv, ReferenceLot } from '../infrastructure/framework-csv';

const G_CLOUD_13 = {
  slug: 'g-cloud-13',
  name: 'G-Cloud 13',
  description:
    'Crown Commercial Service framework RM1557.13 for cloud hosting, cloud software and cloud support, ' +
    'bought by the public sector from a catalogue of services.',
};

/**
 * Loads G-Cloud 13's lots and categories shipped in libs/catalogue/data. Idempotent: files whose
 * checksum is already recorded are not read again, and unchanged rows are not rewritten. The
 * framework is created live but its status is never touched again, since administrators own it
 * from then on; lots and categories are never deleted, since listings refer to them.
 */
@Injectable()
export class FrameworkReferenceLoader {
  static readonly NAME = 'g-cloud-13';
  static readonly LOTS_FILE = resourcePath('libs', 'catalogue', 'data', 'g-cloud-13-lots.csv');
  static readonly CATEGORIES_FILE = resourcePath('libs', 'catalogue', 'data', 'g-cloud-13-service-categories.csv');

  private readonly logger = new Logger('ReferenceData');

  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async load(
    lotsFile: string = FrameworkReferenceLoader.LOTS_FILE,
    categoriesFile: string = FrameworkReferenceLoader.CATEGORIES_FILE,
  ): Promise<ReferenceLoadResult> {
    const name = FrameworkReferenceLoader.NAME;
    const [lotsBytes, categoriesBytes] = await Promise.all([readFile(lotsFile), readFile(categoriesFile)]);
    const lots = parseFrameworkCsv(G_CLOUD_13.slug, lotsBytes.toString('utf8'), categoriesBytes.toString('utf8'));
    const rows = lots.reduce((sum, lot) => sum + 1 + lot.categories.length, 0);
    const result = await loadReferenceOnce(this.dataSource, { name, checksum: checksumOf(lotsBytes, categoriesBytes), rows }, async (manager) => {
      const frameworkId = await ensureFramework(manager);
      let written = 0;
      for (const lot of lots) {
        const { id: lotId, written: lotWritten } = await upsertLot(manager, frameworkId, lot);
        written += lotWritten + (await upsertCategories(manager, lotId, lot));
      }
      return written;
    });
    if (result.loaded) {
      this.logger.log(`Loaded G-Cloud 13: ${lots.length} lots and ${rows - lots.length} categories (${result.changed} new or changed)`);
    }
    return result;
  }
}

async function ensureFramework(manager: EntityManager): Promise<string> {
  await manager.query(
    `INSERT INTO framework (slug, name, description, status) VALUES ($1, $2, $3, 'live') ON CONFLICT (slug) DO NOTHING`,
    [G_CLOUD_13.slug, G_CLOUD_13.name, G_CLOUD_13.description],
  );
  const [{ id }]: { id: string }[] = await manager.query(`SELECT id FROM framework WHERE slug = $1`, [G_CLOUD_13.slug]);
  return id;
}

async function upsertLot(manager: EntityManager, frameworkId: string, lot: ReferenceLot): Promise<{ id: string; written: number }> {
  const written: { id: string }[] = await manager.query(
    `INSERT INTO lot (framework_id, slug, name, description, max_categories_per_service) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (framework_id, slug) DO UPDATE
        SET name = EXCLUDED.name, description = EXCLUDED.description, max_categories_per_service = EXCLUDED.max_categories_per_service
      WHERE (lot.name, lot.description, lot.max_categories_per_service)
            IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.description, EXCLUDED.max_categories_per_service)
     RETURNING id`,
    [frameworkId, lot.slug, lot.name, lot.description, lot.maxCategoriesPerService],
  );
  if (written[0]) return { id: written[0].id, written: 1 };
  const [{ id }]: { id: string }[] = await manager.query(`SELECT id FROM lot WHERE framework_id = $1 AND slug = $2`, [frameworkId, lot.slug]);
  return { id, written: 0 };
}

/** One statement per lot: at most 280 categories, 4 parameters each. */
async function upsertCategories(manager: EntityManager, lotId: string, lot: ReferenceLot): Promise<number> {
  if (lot.categories.length === 0) return 0;
  const values: (string | null)[] = [];
  const tuples = lot.categories.map((category, row) => {
    values.push(lotId, category.slug, category.name, category.parentName);
    return `($${row * 4 + 1}::uuid, $${row * 4 + 2}, $${row * 4 + 3}, $${row * 4 + 4})`;
  });
  const written: unknown[] = await manager.query(
    `INSERT INTO category (lot_id, slug, name, parent_name) VALUES ${tuples.join(', ')}
     ON CONFLICT (lot_id, slug) DO UPDATE SET name = EXCLUDED.name, parent_name = EXCLUDED.parent_name
      WHERE (category.name, category.parent_name) IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.parent_name)
     RETURNING id`,
    values,
  );
  return written.length;
}
