import { Module } from '@nestjs/common';
import { CatalogueModule } from '@app/catalogue';
import { OrganisationsModule } from '@app/organisations';
import { CatalogueWebModule } from '../catalogue/catalogue-web.module';
import { ListingChoices } from './listing-choices';
import { ListingsPageController } from './listings.page.controller';
import { SupplierProfilePageController } from './supplier-profile.page.controller';

/** The signed-in supplier's own pages: its profile and its listings. Council names come from SearchChoices. */
@Module({
  imports: [OrganisationsModule, CatalogueModule, CatalogueWebModule],
  controllers: [SupplierProfilePageController, ListingsPageController],
  providers: [ListingChoices],
})
export class SupplierWebModule {}
