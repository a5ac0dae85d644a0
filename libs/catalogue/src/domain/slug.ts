import type { FieldError } from '@app/shared';

/** Slugs name frameworks, lots and categories in URLs and filters: lower-case words joined by hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_SLUG_LENGTH = 100;

export function isSlug(value: unknown, maxLength = MAX_SLUG_LENGTH): value is string {
  return typeof value === 'string' && value.length <= maxLength && SLUG_PATTERN.test(value);
}

/** "Platform as a service (PaaS)" → "platform-as-a-service-paas". Accents are folded, not dropped. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/, '');
}

export interface CategoryName {
  name: string;
  parentName: string | null;
}

export interface SluggedCategory extends CategoryName {
  slug: string;
}

/**
 * Gives each new category of a lot its slug, from its name. G-Cloud lists some categories under
 * more than one parent ("Payroll" under finance and under HR), so a name that is not unique in the
 * lot is qualified by its parent ("human-resources-and-employee-management-payroll"). The rule
 * depends only on the names, never on their order, so reloading a file gives the same slugs.
 * Existing categories keep their slugs. `path` names the list in the field errors.
 */
export function assignCategorySlugs(
  existing: readonly { slug: string }[],
  additions: readonly CategoryName[],
  path = 'categories',
): { categories: SluggedCategory[]; errors: FieldError[] } {
  const taken = new Set(existing.map((category) => category.slug));
  const baseCount = new Map<string, number>();
  for (const addition of additions) {
    const base = slugify(addition.name);
    baseCount.set(base, (baseCount.get(base) ?? 0) + 1);
  }
  const errors: FieldError[] = [];
  const categories: SluggedCategory[] = [];
  additions.forEach((addition, index) => {
    const base = slugify(addition.name);
    if (!base) {
      errors.push({ field: `${path}[${index}].name`, message: `${path}[${index}].name must contain letters or digits` });
      return;
    }
    const shared = taken.has(base) || (baseCount.get(base) ?? 0) > 1;
    const slug = shared && addition.parentName ? slugify(`${addition.parentName} ${addition.name}`) : base;
    if (taken.has(slug)) {
      errors.push({
        field: `${path}[${index}].name`,
        message: `${path}[${index}].name: the lot already has a category "${addition.name}"${addition.parentName ? ` under "${addition.parentName}"` : ''}`,
      });
      return;
    }
    taken.add(slug);
    categories.push({ ...addition, slug });
  });
  return { categories, errors };
}
