import { Module } from '@nestjs/common';
import { CatalogueModule } from '@app/catalogue';
import { MatchingModule } from '@app/matching';
import { OrganisationsModule } from '@app/organisations';
import { CatalogueWebModule } from '../catalogue/catalogue-web.module';
import { ListingChoices } from './listing-choices';
import { ListingsPageController } from './listings.page.controller';
import { MatchesPageController } from './matches.page.controller';
import { SupplierProfilePageController } from './supplier-profile.page.controller';

/** The signed-in supplier's own pages: its profile, its listings and the opportunities matched to them. Council names come from SearchChoices. */
@Module({
  imports: [OrganisationsModule, CatalogueModule, CatalogueWebModule, MatchingModule],
  controllers: [SupplierProfilePageController, ListingsPageController, MatchesPageController],
  providers: [ListingChoices],
})
export class SupplierWebModule {}
