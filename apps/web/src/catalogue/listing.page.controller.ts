import { Controller, Get, Inject, Param, Render, Req } from '@nestjs/common';
import { ListingService } from '@app/catalogue';
import type { Request } from 'express';
import { ListingPageView, toListingPageView } from './listing.view';
import { requirePageId } from './page-id';

@Controller('catalogue')
export class ListingPageController {
  constructor(@Inject(ListingService) private readonly listings: ListingService) {}

  /** A published listing for anyone; ListingService answers 404 for what this visitor may not see. */
  @Get(':id')
  @Render('catalogue/listing')
  async show(@Req() request: Request, @Param('id') id: string): Promise<{ listing: ListingPageView; pageTitle: string }> {
    const listing = toListingPageView(await this.listings.get(request.actor, requirePageId(id, 'Listing')));
    return { listing, pageTitle: listing.pageTitle };
  }
}
