import { Module } from '@nestjs/common';
import { CatalogueModule } from '@app/catalogue';
import { AdminFrameworksController } from './admin-frameworks.controller';
import { AdminListingsController } from './admin-listings.controller';
import { AdminModerationController } from './admin-moderation.controller';
import { FrameworksController } from './frameworks.controller';
import { ListingSearchController } from './listing-search.controller';
import { ListingsController } from './listings.controller';

/**
 * The catalogue's routes. Order matters where paths overlap: fixed paths under /listings (the
 * search) come before ListingsController, whose /listings/:id would otherwise catch /listings/<word>.
 */
@Module({
  imports: [CatalogueModule],
  controllers: [
    FrameworksController,
    AdminFrameworksController,
    ListingSearchController,
    ListingsController,
    AdminModerationController,
    AdminListingsController,
  ],
})
export class CatalogueApiModule {}
