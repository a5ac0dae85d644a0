import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { checkListingQuality } from '../domain/quality';
import { CategoryOrmEntity } from '../infrastructure/category.orm-entity';
import { FrameworkOrmEntity } from '../infrastructure/framework.orm-entity';
import { ListingVersionOrmEntity } from '../infrastructure/listing-version.orm-entity';
import type { ListingOrmEntity } from '../infrastructure/listing.orm-entity';
import { contentOfListing, contentOfVersion, toContentView } from '../infrastructure/listing.mapper';
import { LotOrmEntity } from '../infrastructure/lot.orm-entity';
import type { ListingPlacementView, ListingPrivateView, ListingPublicView, ListingVersionView } from './listing.views';

/** Lookups a set of views needs, fetched once for the whole set. */
export interface ListingLookups {
  frameworks: Map<string, FrameworkOrmEntity>;
  lots: Map<string, LotOrmEntity>;
  categories: Map<string, CategoryOrmEntity>;
}

/**
 * Builds listing views from rows in a fixed number of queries whatever the number of listings:
 * frameworks, lots, categories and (for private views) pending revisions, one query each.
 */
export async function presentListings(
  manager: EntityManager,
  listings: ListingOrmEntity[],
  isPrivate: (listing: ListingOrmEntity) => boolean,
): Promise<(ListingPublicView | ListingPrivateView)[]> {
  const privateIds = listings.filter((listing) => isPrivate(listing) && listing.pendingVersion !== null);
  const pending = privateIds.length
    ? await manager.find(ListingVersionOrmEntity, {
        where: privateIds.map((listing) => ({ listingId: listing.id, version: listing.pendingVersion! })),
      })
    : [];
  const lookups = await loadLookups(manager, listings, [...listings.map((listing) => listing.categoryIds), ...pending.map((version) => contentOfVersion(version).categoryIds)]);
  return listings.map((listing) => {
    const view = publicView(listing, lookups);
    if (!isPrivate(listing)) return view;
    const revision = pending.find((version) => version.listingId === listing.id) ?? null;
    const result: ListingPrivateView = {
      ...view,
      createdAt: listing.createdAt.toISOString(),
      submittedAt: listing.submittedAt?.toISOString() ?? null,
      rejectionReason: listing.rejectionReason,
      quality: { score: listing.qualityScore, missing: listing.qualityMissing },
      pendingRevision: revision
        ? {
            ...toContentView(contentOfVersion(revision), lookups.categories),
            version: revision.version,
            createdAt: revision.createdAt.toISOString(),
            qualityScore: revision.qualityScore,
          }
        : null,
    };
    return result;
  });
}

export async function loadLookups(manager: EntityManager, listings: Pick<ListingOrmEntity, 'frameworkId' | 'lotId'>[], categoryIdLists: string[][]): Promise<ListingLookups> {
  const frameworkIds = [...new Set(listings.map((listing) => listing.frameworkId))];
  const lotIds = [...new Set(listings.map((listing) => listing.lotId))];
  const categoryIds = [...new Set(categoryIdLists.flat())];
  // One after another: a transaction's manager has one connection, which must not be given two queries at once.
  const frameworks = frameworkIds.length ? await manager.findBy(FrameworkOrmEntity, { id: In(frameworkIds) }) : [];
  const lots = lotIds.length ? await manager.findBy(LotOrmEntity, { id: In(lotIds) }) : [];
  const categories = categoryIds.length ? await manager.findBy(CategoryOrmEntity, { id: In(categoryIds) }) : [];
  return {
    frameworks: new Map(frameworks.map((framework) => [framework.id, framework])),
    lots: new Map(lots.map((lot) => [lot.id, lot])),
    categories: new Map(categories.map((category) => [category.id, category])),
  };
}

export function placementOf(listing: Pick<ListingOrmEntity, 'frameworkId' | 'lotId'>, lookups: ListingLookups): ListingPlacementView {
  const framework = lookups.frameworks.get(listing.frameworkId)!;
  const lot = lookups.lots.get(listing.lotId)!;
  return {
    framework: { slug: framework.slug, name: framework.name, status: framework.status },
    lot: { slug: lot.slug, name: lot.name },
  };
}

function publicView(listing: ListingOrmEntity, lookups: ListingLookups): ListingPublicView {
  return {
    id: listing.id,
    status: listing.status,
    supplier: { id: listing.supplierId, name: listing.supplierName, isSme: listing.supplierIsSme, isVcse: listing.supplierIsVcse },
    ...placementOf(listing, lookups),
    ...toContentView(contentOfListing(listing), lookups.categories),
    version: listing.currentVersion,
    publishedAt: listing.publishedAt?.toISOString() ?? null,
    updatedAt: listing.updatedAt.toISOString(),
  };
}

export function versionView(
  version: ListingVersionOrmEntity,
  listing: Pick<ListingOrmEntity, 'currentVersion' | 'pendingVersion'>,
  categories: ReadonlyMap<string, CategoryOrmEntity>,
): ListingVersionView {
  return {
    version: version.version,
    state: version.state,
    current: version.version === listing.currentVersion,
    pending: version.version === listing.pendingVersion,
    qualityScore: version.qualityScore,
    createdAt: version.createdAt.toISOString(),
    createdBy: version.createdBy,
    decidedAt: version.decidedAt?.toISOString() ?? null,
    decidedBy: version.decidedBy,
    reason: version.reason,
    content: toContentView(contentOfVersion(version), categories),
  };
}

/** The quality figures a listing row keeps for its visible content. */
export function qualityColumnsOf(report: ReturnType<typeof checkListingQuality>) {
  return { qualityScore: report.score, qualityMissing: report.missing };
}
