import { parseCsvRecords } from '@app/shared';
import { assignCategorySlugs, isSlug, SluggedCategory } from '../domain/slug';

export interface ReferenceLot {
  slug: string;
  name: string;
  description: string;
  maxCategoriesPerService: number;
  categories: SluggedCategory[];
}

/**
 * Reads the Digital Marketplace's lots and service categories for one framework (the derived CSVs
 * in libs/catalogue/data) into lots with their categories and slugs. Throws on anything unexpected,
 * so a broken file never half-loads.
 */
export function parseFrameworkCsv(framework: string, lotsCsv: string, categoriesCsv: string): ReferenceLot[] {
  const lots = parseCsvRecords(lotsCsv)
    .filter((row) => row.framework === framework)
    .map((row, index) => {
      if (!isSlug(row.lot_slug) || !row.lot_name?.trim()) throw new Error(`lots CSV record ${index + 1}: lot_slug and lot_name are required`);
      return { slug: row.lot_slug, name: row.lot_name.trim(), description: (row.description ?? '').trim() };
    });
  if (lots.length === 0) throw new Error(`lots CSV has no lots for ${framework}`);

  const rows = parseCsvRecords(categoriesCsv).filter((row) => row.framework === framework);
  const stray = rows.find((row) => !lots.some((lot) => lot.slug === row.lot_slug));
  if (stray) throw new Error(`categories CSV names lot ${stray.lot_slug}, which the lots CSV does not have`);
  return lots.map((lot) => {
    const own = rows.filter((row) => row.lot_slug === lot.slug);
    const limits = new Set(own.map((row) => row.max_categories_per_service));
    if (limits.size !== 1) throw new Error(`categories CSV: lot ${lot.slug} needs one max_categories_per_service, found ${[...limits].join(', ') || 'none'}`);
    const maxCategoriesPerService = Number([...limits][0]);
    if (!Number.isInteger(maxCategoriesPerService) || maxCategoriesPerService < 1) {
      throw new Error(`categories CSV: lot ${lot.slug} has max_categories_per_service "${[...limits][0]}"`);
    }
    const { categories, errors } = assignCategorySlugs(
      [],
      own.map((row) => ({ name: row.category.trim(), parentName: row.parent_category?.trim() || null })),
    );
    if (errors.length > 0) throw new Error(`categories CSV, lot ${lot.slug}: ${errors.map((error) => error.message).join('; ')}`);
    return { ...lot, maxCategoriesPerService, categories };
  });
}
