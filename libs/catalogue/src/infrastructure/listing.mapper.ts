import { penceToPounds, poundsToPence } from '@app/shared';
import type { CategoryView } from '../application/framework.views';
import type { ListingContentView } from '../application/listing.views';
import type { DisplayContent } from '../domain/listing-diff';
import { DEFAULT_STANDARDS, ListingContent, ListingStandards } from '../domain/listing-content';
import type { CategoryOrmEntity } from './category.orm-entity';
import type { ListingVersionOrmEntity } from './listing-version.orm-entity';
import type { ListingOrmEntity } from './listing.orm-entity';

/** The content the listing row shows (the published version once there is one). */
export function contentOfListing(row: ListingOrmEntity): ListingContent {
  return {
    name: row.name,
    summary: row.summary,
    description: row.description,
    features: row.features,
    benefits: row.benefits,
    categoryIds: row.categoryIds,
    cpvCodes: row.cpvCodes,
    pricing:
      row.priceMinPence !== null && row.priceMaxPence !== null && row.priceUnit !== null
        ? { min: penceToPounds(row.priceMinPence), max: penceToPounds(row.priceMaxPence), unit: row.priceUnit }
        : null,
    standards: {
      openSource: row.openSource,
      openApi: row.openApi,
      openStandards: row.openStandards,
      dataExportFormats: row.dataExportFormats,
      iso27001: row.iso27001,
      cyberEssentials: row.cyberEssentials,
      ukHosting: row.ukHosting,
      accessibilityStatementUrl: row.accessibilityStatementUrl,
    },
  };
}

/** A version's stored content. Written only from validated content, so read back as it was. */
export function contentOfVersion(version: ListingVersionOrmEntity): ListingContent {
  const stored = version.content as Partial<ListingContent>;
  return {
    name: stored.name ?? '',
    summary: stored.summary ?? '',
    description: stored.description ?? '',
    features: stored.features ?? [],
    benefits: stored.benefits ?? [],
    categoryIds: stored.categoryIds ?? [],
    cpvCodes: stored.cpvCodes ?? [],
    pricing: stored.pricing ? { min: stored.pricing.min, max: stored.pricing.max, unit: stored.pricing.unit } : null,
    standards: { ...DEFAULT_STANDARDS, ...(stored.standards ?? {}) } as ListingStandards,
  };
}

/** The listing columns that hold content; never the search columns, which a trigger keeps. */
export function listingColumnsOf(content: ListingContent) {
  return {
    name: content.name,
    summary: content.summary,
    description: content.description,
    features: content.features,
    benefits: content.benefits,
    categoryIds: content.categoryIds,
    cpvCodes: content.cpvCodes,
    priceMinPence: content.pricing ? poundsToPence(content.pricing.min).toString() : null,
    priceMaxPence: content.pricing ? poundsToPence(content.pricing.max).toString() : null,
    priceUnit: content.pricing?.unit ?? null,
    openSource: content.standards.openSource,
    openApi: content.standards.openApi,
    openStandards: content.standards.openStandards,
    dataExportFormats: content.standards.dataExportFormats,
    iso27001: content.standards.iso27001,
    cyberEssentials: content.standards.cyberEssentials,
    ukHosting: content.standards.ukHosting,
    accessibilityStatementUrl: content.standards.accessibilityStatementUrl,
  };
}

export function toCategoryView(category: CategoryOrmEntity): CategoryView {
  return { id: category.id, slug: category.slug, name: category.name, parentName: category.parentName };
}

/** Content with its categories looked up; a category id not in `categories` is left out. */
export function toContentView(content: ListingContent, categories: ReadonlyMap<string, CategoryOrmEntity>): ListingContentView {
  const { categoryIds, ...rest } = content;
  return {
    ...rest,
    categories: categoryIds.flatMap((id) => {
      const category = categories.get(id);
      return category ? [toCategoryView(category)] : [];
    }),
  };
}

/** Content as a moderator's diff shows it: categories by name. */
export function toDisplayContent(content: ListingContent, categories: ReadonlyMap<string, CategoryOrmEntity>): DisplayContent {
  const { categoryIds, ...rest } = content;
  return { ...rest, categories: categoryIds.map((id) => categories.get(id)?.name ?? id) };
}
