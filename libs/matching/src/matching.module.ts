import { Module } from '@nestjs/common';
import { NotificationsModule } from '@app/notifications';
import { OrganisationsModule } from '@app/organisations';
import { NeedPartnersService } from './application/need-partners.service';
import { OpportunityMatchesService } from './application/opportunity-matches.service';
import { PartnerMatchingService } from './application/partner-matching.service';
import { SupplierMatchesService } from './application/supplier-matches.service';
import { SupplierMatchingService } from './application/supplier-matching.service';

const SERVICES = [PartnerMatchingService, NeedPartnersService, SupplierMatchingService, OpportunityMatchesService, SupplierMatchesService];

/** Partner councils and supplier matches: computed by the worker, read through the API. */
@Module({
  imports: [OrganisationsModule, NotificationsModule],
  providers: SERVICES,
  exports: SERVICES,
})
export class MatchingModule {}
