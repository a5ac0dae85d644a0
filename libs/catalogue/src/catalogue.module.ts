import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { ClassificationModule } from '@app/classification';
import { NotificationsModule } from '@app/notifications';
import { OrganisationsModule } from '@app/organisations';
import { FrameworkReferenceLoader } from './application/framework-reference.loader';
import { FrameworkService } from './application/framework.service';
import { ListingModerationService } from './application/listing-moderation.service';
import { ListingNotifier } from './application/listing-notifier';
import { ListingSupplierFactsService } from './application/listing-supplier-facts.service';
import { ListingService } from './application/listing.service';
import { PublishedListingsExport } from './application/open-data/published-listings-export';
import { ListingSearchService } from './application/search/listing-search.service';
import { CatalogueImporter } from './application/import/catalogue-importer.service';

/** Every service the catalogue offers; add new ones here, one a line. */
const SERVICES = [
  FrameworkReferenceLoader,
  FrameworkService,
  ListingService,
  ListingModerationService,
  ListingNotifier,
  ListingSupplierFactsService,
  ListingSearchService,
  CatalogueImporter,
  PublishedListingsExport,
];

/** Frameworks, lots, categories, listings and their moderation. Needs the global DataSource and OutboxService. */
@Module({
  imports: [AuditModule, ClassificationModule, OrganisationsModule, NotificationsModule],
  providers: SERVICES,
  exports: SERVICES,
})
export class CatalogueModule {}
