import { Module } from '@nestjs/common';
import { CatalogueModule } from '@app/catalogue';
import { OrganisationsModule } from '@app/organisations';
import { CatalogueSearchPageController } from './catalogue-search.page.controller';
import { ListingPageController } from './listing.page.controller';
import { SearchChoices } from './search-choices';

@Module({
  imports: [CatalogueModule, OrganisationsModule],
  controllers: [CatalogueSearchPageController, ListingPageController],
  providers: [SearchChoices],
  exports: [SearchChoices],
})
export class CatalogueWebModule {}
