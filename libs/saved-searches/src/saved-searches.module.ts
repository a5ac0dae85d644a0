import { Module } from '@nestjs/common';
import { CatalogueModule } from '@app/catalogue';
import { NotificationsModule } from '@app/notifications';
import { OrganisationsModule } from '@app/organisations';
import { ProcurementModule } from '@app/procurement';
import { SavedSearchAlertsService } from './application/saved-search-alerts.service';
import { SavedSearchMatcher } from './application/saved-search-matcher';
import { SavedSearchService } from './application/saved-search.service';

const SERVICES = [SavedSearchService, SavedSearchMatcher, SavedSearchAlertsService];

/** Saved searches: kept through the API and web, matched against new items by the worker. */
@Module({
  imports: [OrganisationsModule, NotificationsModule, CatalogueModule, ProcurementModule],
  providers: SERVICES,
  exports: SERVICES,
})
export class SavedSearchesModule {}
