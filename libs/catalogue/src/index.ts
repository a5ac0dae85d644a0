import { CategoryOrmEntity } from './infrastructure/category.orm-entity';
import { FrameworkOrmEntity } from './infrastructure/framework.orm-entity';
import { ListingVersionOrmEntity } from './infrastructure/listing-version.orm-entity';
import { ListingOrmEntity } from './infrastructure/listing.orm-entity';
import { LotOrmEntity } from './infrastructure/lot.orm-entity';

export const CATALOGUE_ENTITIES = [FrameworkOrmEntity, LotOrmEntity, CategoryOrmEntity, ListingOrmEntity, ListingVersionOrmEntity];

export { CatalogueModule } from './catalogue.module';

// Frameworks, lots and categories.
export { FrameworkReferenceLoader } from './application/framework-reference.loader';
export { FrameworkService } from './application/framework.service';
export type {
  AddedCategory,
  CategoryView,
  FrameworkFilter,
  FrameworkPatch,
  FrameworkSummaryView,
  FrameworkView,
  LotSummaryView,
  LotView,
  NewCategory,
  NewFramework,
  NewLot,
} from './application/framework.views';
export { FRAMEWORK_LIMITS } from './domain/framework-definition';
export { assertFrameworkTransition, FRAMEWORK_STATUSES, isFrameworkStatus, nextFrameworkStatus } from './domain/framework-status';
export type { FrameworkStatus } from './domain/framework-status';
export { assignCategorySlugs, isSlug, slugify } from './domain/slug';

// Listings, their rules and their moderation. The importer shares the content rules and quality checks.
export { ListingModerationService } from './application/listing-moderation.service';
export { ListingSupplierFactsService } from './application/listing-supplier-facts.service';
export { ListingService } from './application/listing.service';
export { isPrivateListingView } from './application/listing.views';
export type {
  ListingContentView,
  ListingPatch,
  ListingPrivateView,
  OwnListingSummaryView,
  ListingPublicView,
  ListingRevisionView,
  ListingVersionView,
  ListingView,
  ModerationItemView,
  NewListing,
} from './application/listing.views';
export { CYBER_ESSENTIALS_LEVELS, DEFAULT_STANDARDS, LISTING_LIMITS, mergeListingInput, validateListingContent } from './domain/listing-content';
export type {
  CategoryRef,
  CyberEssentialsLevel,
  ListingContent,
  ListingInput,
  ListingPricing,
  ListingStandards,
  ListingValidation,
  LotRules,
} from './domain/listing-content';
export { diffListingContent } from './domain/listing-diff';
export type { DiffValue, DisplayContent, FieldChange } from './domain/listing-diff';
export { describeListingState, LISTING_ACTIONS, LISTING_STATUSES, planListingTransition } from './domain/listing-state';
export type { ListingAction, ListingEffect, ListingState, ListingStatus, ListingTransition } from './domain/listing-state';
export { BANNED_PHRASES, bannedPhrasesIn, checkListingQuality, QUALITY_CHECKLIST } from './domain/quality';
export type { QualityReport } from './domain/quality';

export { ListingSearchService } from './application/search/listing-search.service';
export type { FacetCount, ListingSearchItem, ListingSearchResult } from './application/search/search.views';
export { cpvFilterPrefix, MAX_QUERY_LENGTH, normaliseQueryText } from './domain/search-criteria';
export type { SearchCriteria } from './domain/search-criteria';

// Open data: the published catalogue as JSON and CSV.
export { LISTING_EXPORT_BATCH_SIZE, PublishedListingsExport } from './application/open-data/published-listings-export';
export { OPEN_LISTING_CSV_COLUMNS, toOpenListing } from './application/open-data/open-listing';
export type { OpenListing } from './application/open-data/open-listing';

// Bulk import (an administrator's load of a catalogue file) and the benchmark catalogue generator.
export { CatalogueImporter } from './application/import/catalogue-importer.service';
export { DEFAULT_BATCH_SIZE, MAX_BATCH_SIZE } from './application/import/catalogue-import.report';
export type { ImportOptions, ImportProgress, ImportReport } from './application/import/catalogue-import.report';
export { ImportFileError, importFormatOf } from './application/import/catalogue-import.parser';
export type { ImportFormat, ImportIssue } from './application/import/catalogue-import.parser';
export { LISTING_IMPORT_FIELDS } from './application/import/catalogue-import.format';
export type { CatalogueImportFile, ListingImportRow, SupplierImportRow } from './application/import/catalogue-import.format';
export { DISTINCTIVE_SERVICE_NAMES, GENERATOR_CPV_DIVISIONS, generateCatalogue } from './application/import/catalogue-generator';
export type { GeneratorOptions, GeneratorReference } from './application/import/catalogue-generator';
export { readGeneratorReference } from './application/import/catalogue-generator.reference';
