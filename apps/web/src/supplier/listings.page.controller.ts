import { Body, Controller, Get, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { isPrivateListingView, ListingPrivateView, ListingService } from '@app/catalogue';
import { Actor, DomainError } from '@app/shared';
import type { Request, Response } from 'express';
import { requirePageId } from '../catalogue/page-id';
import { formErrors } from '../http/form-errors';
import { FormView } from '../http/form-view';
import { ListingChoices, ListingPlacement } from './listing-choices';
import { listingErrorOnTheForm, listingFormState, readListingForm, ticked } from './listing.form';
import { toOwnListingRow, toOwnListingView } from './listing.view';
import { requireOwnSupplier } from './supplier-user';

const LOT_VIEW = 'supplier/listing-lot';
const FORM_VIEW = 'supplier/listing-form';
const SHOW_VIEW = 'supplier/listing';
const LIST_VIEW = 'supplier/listings';
const OWN_LISTINGS_PAGE_SIZE = 25;

/** The supplier's own listings: start one on an open framework's lot, change it, submit it, withdraw it. */
@Controller('supplier/listings')
export class ListingsPageController {
  constructor(
    @Inject(ListingService) private readonly listings: ListingService,
    @Inject(ListingChoices) private readonly choices: ListingChoices,
  ) {}

  @Get()
  async ownListings(@Req() request: Request, @Res() response: Response): Promise<void> {
    const { actor } = requireOwnSupplier(request.actor);
    const requested = Number(request.query.page);
    const page = Number.isInteger(requested) && requested >= 1 && requested <= 10_000 ? requested : 1;
    const listings = await this.listings.listOwn(actor, { page, pageSize: OWN_LISTINGS_PAGE_SIZE });
    const pages = Math.max(1, Math.ceil(listings.total / OWN_LISTINGS_PAGE_SIZE));
    response.render(LIST_VIEW, {
      rows: listings.items.map(toOwnListingRow),
      total: listings.total,
      previous: page > 1 ? `/supplier/listings?page=${page - 1}` : null,
      next: page < pages ? `/supplier/listings?page=${page + 1}` : null,
    });
  }

  @Get('new')
  async chooseLot(@Req() request: Request, @Res() response: Response): Promise<void> {
    requireOwnSupplier(request.actor);
    response.locals.lots = await this.choices.openLots();
    response.render(LOT_VIEW, { values: {} });
  }

  @Post('new')
  @FormView(LOT_VIEW)
  async lotChosen(@Req() request: Request, @Res() response: Response, @Body() body: unknown): Promise<void> {
    requireOwnSupplier(request.actor);
    const lots = await this.choices.openLots();
    response.locals.lots = lots;
    const chosen = typeof body === 'object' && body !== null ? (body as Record<string, unknown>).lot : undefined;
    const offered = lots.some((lot) => lot.value === chosen);
    if (typeof chosen !== 'string' || !offered) {
      throw DomainError.validation('LOT_NOT_CHOSEN', [{ field: 'lot', message: 'Select the framework lot your service is for' }]);
    }
    response.redirect(303, `/supplier/listings/new/${chosen}`);
  }

  @Get('new/:framework/:lot')
  async newForm(@Req() request: Request, @Res() response: Response, @Param('framework') framework: string, @Param('lot') lot: string): Promise<void> {
    requireOwnSupplier(request.actor);
    this.prepareForm(response, await this.choices.placement(framework, lot, true), `/supplier/listings/new/${framework}/${lot}`, 'new', {});
    response.render(FORM_VIEW, { values: { cyberEssentials: 'none' } });
  }

  @Post('new/:framework/:lot')
  @FormView(FORM_VIEW)
  async create(
    @Req() request: Request,
    @Res() response: Response,
    @Param('framework') framework: string,
    @Param('lot') lot: string,
    @Body() body: unknown,
  ): Promise<void> {
    requireOwnSupplier(request.actor);
    const placement = await this.choices.placement(framework, lot, true);
    this.prepareForm(response, placement, `/supplier/listings/new/${framework}/${lot}`, 'new', body);
    const input = readListingForm(body);
    const created = await this.listings
      .create(request.actor, { ...input, framework: placement.framework.slug, lot: placement.lot.slug })
      .catch((error: unknown) => Promise.reject(listingErrorOnTheForm(error)));
    response.redirect(303, `/supplier/listings/${created.id}`);
  }

  @Get(':id')
  async show(@Req() request: Request, @Res() response: Response, @Param('id') id: string): Promise<void> {
    const listing = await this.ownListing(request.actor, id);
    response.render(SHOW_VIEW, { listing: toOwnListingView(listing), submitted: request.query.submitted === '1' });
  }

  @Get(':id/edit')
  async editForm(@Req() request: Request, @Res() response: Response, @Param('id') id: string): Promise<void> {
    const listing = await this.ownListing(request.actor, id);
    const state = listingFormState(listing);
    const placement = await this.choices.placement(listing.framework.slug, listing.lot.slug, false);
    this.prepareForm(response, placement, `/supplier/listings/${listing.id}/edit`, 'edit', { ...state.ticked });
    response.locals.listingName = listing.name;
    response.render(FORM_VIEW, { values: state.values });
  }

  @Post(':id/edit')
  @FormView(FORM_VIEW)
  async update(@Req() request: Request, @Res() response: Response, @Param('id') id: string, @Body() body: unknown): Promise<void> {
    const listing = await this.ownListing(request.actor, id);
    const placement = await this.choices.placement(listing.framework.slug, listing.lot.slug, false);
    this.prepareForm(response, placement, `/supplier/listings/${listing.id}/edit`, 'edit', body);
    response.locals.listingName = listing.name;
    const input = readListingForm(body);
    await this.listings.update(request.actor, listing.id, input).catch((error: unknown) => Promise.reject(listingErrorOnTheForm(error)));
    response.redirect(303, `/supplier/listings/${listing.id}`);
  }

  /**
   * Quality check failures come back on the listing's own page as an error summary whose links open
   * the form at the field to fix; the page has no inputs of its own to link to.
   */
  @Post(':id/submit')
  async submit(@Req() request: Request, @Res() response: Response, @Param('id') id: string): Promise<void> {
    const listing = await this.ownListing(request.actor, id);
    try {
      await this.listings.submit(request.actor, listing.id);
    } catch (error) {
      const refusal = listingErrorOnTheForm(error);
      if (!(refusal instanceof DomainError) || refusal.kind !== 'validation') throw refusal;
      const errors = formErrors(refusal.fieldErrors, refusal.message);
      for (const item of errors.summary) if (item.href) item.href = `/supplier/listings/${listing.id}/edit${item.href}`;
      response.status(422).render(SHOW_VIEW, { listing: toOwnListingView(listing), errors });
      return;
    }
    response.redirect(303, `/supplier/listings/${listing.id}?submitted=1`);
  }

  @Get(':id/withdraw')
  async confirmWithdraw(@Req() request: Request, @Res() response: Response, @Param('id') id: string): Promise<void> {
    const listing = await this.ownListing(request.actor, id);
    response.render('supplier/listing-withdraw', { listing: toOwnListingView(listing) });
  }

  @Post(':id/withdraw')
  async withdraw(@Req() request: Request, @Res() response: Response, @Param('id') id: string): Promise<void> {
    const listing = await this.ownListing(request.actor, id);
    await this.listings.withdraw(request.actor, listing.id);
    response.redirect(303, `/supplier/listings/${listing.id}`);
  }

  /** In locals, so the exception filter's re-render of a refused form has the same page around it. */
  private prepareForm(response: Response, placement: ListingPlacement, action: string, mode: 'new' | 'edit', typed: unknown): void {
    response.locals.placement = placement;
    response.locals.formAction = action;
    response.locals.mode = mode;
    response.locals.ticked = { categories: ticked(typed, 'categories'), standards: ticked(typed, 'standards') };
  }

  /** The caller's own supplier's listing; anyone else's, published or not, is page not found. */
  private async ownListing(actor: Actor | undefined, id: string): Promise<ListingPrivateView> {
    const { supplierId } = requireOwnSupplier(actor);
    const listing = await this.listings.get(actor, requirePageId(id, 'Listing'));
    if (!isPrivateListingView(listing) || listing.supplier.id !== supplierId) throw DomainError.notFound('Listing');
    return listing;
  }
}
