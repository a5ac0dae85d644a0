import type { FieldError } from '@app/shared';
import { CategoryRef, ListingContent, LotRules, validateListingContent } from '../../domain/listing-content';
import { checkListingQuality, QualityReport } from '../../domain/quality';
import type { ImportIssue, SourceRow } from './catalogue-import.parser';
import { ListingRowKey, readListingRow, toFileField } from './listing-import-row';

/** A lot a row may be imported onto, with what the content rules need. */
export interface ImportLot {
  frameworkId: string;
  lotId: string;
  rules: LotRules;
  categories: readonly CategoryRef[];
  /** Lower-cased category name → the categories with that name (more than one when G-Cloud lists it under two parents). */
  categoriesByName: ReadonlyMap<string, readonly (CategoryRef & { parentName: string | null })[]>;
}

export interface ImportSupplierRef {
  id: string;
  active: boolean;
}

/** What checking a row looks up; each answer is either the thing or why the row cannot have it. */
export interface ImportLookups {
  lot(framework: string, lot: string): ImportLot | FieldError;
  supplier(companyNumber: string): ImportSupplierRef | FieldError;
  isKnownCpv(code: string): boolean;
}

export interface CheckedListing {
  key: ListingRowKey;
  supplierId: string;
  lot: ImportLot;
  content: ListingContent;
  quality: QualityReport;
}

export type ListingRowCheck = { ok: true; listing: CheckedListing } | { ok: false; issues: ImportIssue[] };

/**
 * Checks one row exactly as the API checks a listing and then its submission: the content rules
 * (validateListingContent) and the quality checks (checkListingQuality), since an imported listing
 * is published at once. Every problem of the row is reported, each naming its column.
 */
export function checkListingRow(row: SourceRow, lookups: ImportLookups): ListingRowCheck {
  const { key, input, errors } = readListingRow(row.values);

  const lot = key.framework && key.lot ? lookups.lot(key.framework, key.lot) : null;
  if (lot && 'field' in lot) errors.push(lot);
  const place = lot && !('field' in lot) ? lot : null;

  const supplier = key.companyNumber ? lookups.supplier(key.companyNumber) : null;
  if (supplier && 'field' in supplier) errors.push(supplier);

  // Categories this step has already reported, so the content rules do not report them again.
  const reported = new Set<string>();
  if (place && Array.isArray(input.categories)) {
    input.categories = input.categories.map((ref: unknown, index) => {
      // Not text: left for the content rules to report.
      if (typeof ref !== 'string') return ref as string;
      const resolved = categoryByNameOrSlug(place, ref, index);
      if (typeof resolved !== 'string') {
        errors.push(resolved);
        reported.add(resolved.field);
        return ref;
      }
      return resolved;
    });
  }
  // With no known lot the categories cannot be judged, but every other field still is.
  const rules = place?.rules ?? { slug: key.lot || '?', maxCategoriesPerService: Number.MAX_SAFE_INTEGER };
  const isKnownCpv = (code: string) => lookups.isKnownCpv(code);
  const validation = validateListingContent(place ? input : { ...input, categories: undefined }, rules, place?.categories ?? [], isKnownCpv);
  if (!validation.ok) errors.push(...validation.errors.filter((error) => !reported.has(error.field)).map(toFileField));

  // The submission checks need valid content. When only references failed (an unknown lot,
  // category or CPV code), they still run on the rest, so one run reports every problem of the row.
  const unjudged = new Set<string>(place ? [] : ['categories']);
  let content = validation.ok ? validation.content : null;
  if (!validation.ok && validation.errors.every((error) => /^(categories|cpvCodes)\b/.test(error.field))) {
    const rest = validateListingContent({ ...input, categories: undefined, cpvCodes: undefined }, rules, [], isKnownCpv);
    if (rest.ok) content = rest.content;
    unjudged.add('categories').add('cpvCodes');
  }
  let quality: QualityReport | null = null;
  if (content) {
    quality = checkListingQuality(content);
    errors.push(...quality.failures.filter((failure) => !unjudged.has(failure.field)).map(toFileField));
  }

  if (errors.length > 0 || !validation.ok || !quality || !place || !supplier || 'field' in supplier) {
    return { ok: false, issues: uniqueErrors(errors).map((error) => ({ location: row.location, ...error })) };
  }
  return { ok: true, listing: { key, supplierId: supplier.id, lot: place, content: validation.content, quality } };
}

/**
 * A file may name a category by its slug (or id), as the API does, or by the name a person reads.
 * A name G-Cloud lists under two parents is ambiguous, and the error lists the slugs to choose from.
 */
function categoryByNameOrSlug(lot: ImportLot, ref: string, index: number): string | FieldError {
  const text = ref.trim();
  if (lot.categories.some((category) => category.slug === text || category.id === text)) return text;
  const named = lot.categoriesByName.get(text.toLowerCase()) ?? [];
  if (named.length === 1) return named[0].slug;
  if (named.length > 1) {
    return {
      field: `categories[${index}]`,
      message: `categories[${index}] "${text}" is a category of lot ${lot.rules.slug} under more than one parent: give one of the slugs ${named.map((category) => category.slug).join(', ')}`,
    };
  }
  return text;
}

function uniqueErrors(errors: FieldError[]): FieldError[] {
  const seen = new Set<string>();
  return errors.filter((error) => {
    const key = `${error.field}\u0000${error.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
