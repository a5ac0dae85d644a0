import { isSlug } from './slug';

/** Limits on what an administrator defines, shared with the API's DTOs. */
export const FRAMEWORK_LIMITS = {
  slug: 60,
  name: 160,
  description: 5_000,
  lots: 30,
  categoriesPerLot: 500,
  categoryName: 120,
  maxCategoriesPerService: 100,
} as const;

export interface CategoryDefinition {
  name: string;
  parentName: string | null;
}

export interface LotDefinition {
  slug: string;
  name: string;
  description: string;
  maxCategoriesPerService: number;
  categories: CategoryDefinition[];
}

type Fail = (field: string, message: string) => void;

/** A required single-line text, trimmed; '' after a failure. */
export function requiredText(value: unknown, field: string, maxLength: number, fail: Fail): string {
  if (typeof value !== 'string' || value.trim() === '') {
    fail(field, `${field} is required`);
    return '';
  }
  const text = value.trim();
  if (text.length > maxLength) fail(field, `${field} must be at most ${maxLength} characters`);
  return text;
}

export function optionalText(value: unknown, field: string, maxLength: number, fail: Fail): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') {
    fail(field, `${field} must be text`);
    return '';
  }
  const text = value.trim();
  if (text.length > maxLength) fail(field, `${field} must be at most ${maxLength} characters`);
  return text;
}

export function slugField(value: unknown, field: string, fail: Fail): string {
  if (typeof value !== 'string' || value === '') {
    fail(field, `${field} is required`);
    return '';
  }
  if (!isSlug(value, FRAMEWORK_LIMITS.slug)) {
    fail(field, `${field} must be lower-case letters, digits and single hyphens (g-cloud-14), at most ${FRAMEWORK_LIMITS.slug} characters`);
    return '';
  }
  return value;
}

export function categoryDefinition(value: unknown, path: string, fail: Fail): CategoryDefinition {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(path, `${path} must be an object with a name`);
    return { name: '', parentName: null };
  }
  const given = value as Record<string, unknown>;
  const parentName = optionalText(given.parentName, `${path}.parentName`, FRAMEWORK_LIMITS.categoryName, fail);
  return { name: requiredText(given.name, `${path}.name`, FRAMEWORK_LIMITS.categoryName, fail), parentName: parentName || null };
}

/**
 * Checks new lots (for a new framework, or added to one) and returns them normalised. Lot slugs
 * must differ from each other and from `existingSlugs`. Category slugs are assigned later, against
 * the lot's existing categories (slug.ts).
 */
export function validateLotDefinitions(value: unknown, path: string, existingSlugs: readonly string[], fail: Fail): LotDefinition[] {
  if (!Array.isArray(value)) {
    fail(path, `${path} must be a list of lots`);
    return [];
  }
  if (value.length > FRAMEWORK_LIMITS.lots) {
    fail(path, `${path} must have at most ${FRAMEWORK_LIMITS.lots} lots`);
    return [];
  }
  const seen = new Set(existingSlugs);
  return value.map((lot: unknown, index): LotDefinition => {
    const at = `${path}[${index}]`;
    if (typeof lot !== 'object' || lot === null || Array.isArray(lot)) {
      fail(at, `${at} must be an object`);
      return { slug: '', name: '', description: '', maxCategoriesPerService: 0, categories: [] };
    }
    const given = lot as Record<string, unknown>;
    const slug = slugField(given.slug, `${at}.slug`, fail);
    if (slug && seen.has(slug)) fail(`${at}.slug`, `${at}.slug: the framework already has a lot ${slug}`);
    seen.add(slug);
    const max = given.maxCategoriesPerService;
    if (typeof max !== 'number' || !Number.isInteger(max) || max < 1 || max > FRAMEWORK_LIMITS.maxCategoriesPerService) {
      fail(`${at}.maxCategoriesPerService`, `${at}.maxCategoriesPerService must be a whole number from 1 to ${FRAMEWORK_LIMITS.maxCategoriesPerService}`);
    }
    let categories: CategoryDefinition[] = [];
    if (given.categories !== undefined && !Array.isArray(given.categories)) {
      fail(`${at}.categories`, `${at}.categories must be a list`);
    } else if (Array.isArray(given.categories) && given.categories.length > FRAMEWORK_LIMITS.categoriesPerLot) {
      fail(`${at}.categories`, `${at}.categories must have at most ${FRAMEWORK_LIMITS.categoriesPerLot} entries`);
    } else {
      categories = ((given.categories as unknown[] | undefined) ?? []).map((category, position) =>
        categoryDefinition(category, `${at}.categories[${position}]`, fail),
      );
    }
    return {
      slug,
      name: requiredText(given.name, `${at}.name`, FRAMEWORK_LIMITS.name, fail),
      description: optionalText(given.description, `${at}.description`, FRAMEWORK_LIMITS.description, fail),
      maxCategoriesPerService: max as number,
      categories,
    };
  });
}
