import { readFile } from 'node:fs/promises';
import { parseCsvRecords, resourcePath } from '@app/shared';
import { parseFrameworkCsv } from '../../infrastructure/framework-csv';
import { FrameworkReferenceLoader } from '../framework-reference.loader';
import type { GeneratorReference } from './catalogue-generator';

/**
 * The generator's reference data, read from the files the application itself loads at start-up
 * (CPV 2008, the English councils, G-Cloud 13 lots and categories with the loader's own slugs),
 * so that every code, council and category in a generated file is one the database knows.
 */
export async function readGeneratorReference(): Promise<GeneratorReference> {
  const [cpvCsv, councilsCsv, lotsCsv, categoriesCsv] = await Promise.all([
    readFile(resourcePath('libs', 'classification', 'data', 'cpv-2008-en.csv'), 'utf8'),
    readFile(resourcePath('libs', 'organisations', 'data', 'england-local-authorities-current.csv'), 'utf8'),
    readFile(FrameworkReferenceLoader.LOTS_FILE, 'utf8'),
    readFile(FrameworkReferenceLoader.CATEGORIES_FILE, 'utf8'),
  ]);
  return {
    cpvCodes: parseCsvRecords(cpvCsv).map((row) => ({ code: row.code, label: row.label_en })),
    councils: parseCsvRecords(councilsCsv).map((row) => ({
      gssCode: row.gss_code,
      shortName: row.nice_name,
      typeCode: row.type_code,
      lowerTierOrUnitary: row.is_lower_tier_or_unitary === 'True',
    })),
    lots: parseFrameworkCsv(FrameworkReferenceLoader.NAME, lotsCsv, categoriesCsv).map((lot) => ({
      framework: FrameworkReferenceLoader.NAME,
      slug: lot.slug,
      name: lot.name,
      maxCategoriesPerService: lot.maxCategoriesPerService,
      categories: lot.categories.map((category) => ({ slug: category.slug, name: category.name })),
    })),
  };
}
