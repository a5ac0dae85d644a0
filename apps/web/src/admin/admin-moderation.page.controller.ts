import { Body, Controller, Get, Inject, Param, Post, Query, Render, Req, Res, UseGuards } from '@nestjs/common';
import { isPrivateListingView, ListingModerationService, ListingService } from '@app/catalogue';
import { Actor, DomainError } from '@app/shared';
import type { Request, Response } from 'express';
import { requirePageId } from '../catalogue/page-id';
import { FormView } from '../http/form-view';
import { AdminGuard } from './admin.guard';
import { ADMIN_PAGE_SIZE, readPage, readReasonForm } from './admin-query';
import { PaginationView, paginationOf, QueueRowView, ReviewView, toQueueRow, toReviewView } from './admin.views';

const REVIEW_VIEW = 'admin/review';

@Controller('admin/moderation')
@UseGuards(AdminGuard)
export class AdminModerationPageController {
  constructor(
    @Inject(ListingModerationService) private readonly moderation: ListingModerationService,
    @Inject(ListingService) private readonly listings: ListingService,
  ) {}

  /** The queue exactly as the service orders it: best quality first, then oldest. */
  @Get()
  @Render('admin/moderation')
  async queue(@Req() request: Request, @Query() query: unknown): Promise<{ rows: QueueRowView[]; total: number; pagination?: PaginationView }> {
    const page = await this.moderation.queue(request.actor, { page: readPage(query), pageSize: ADMIN_PAGE_SIZE });
    return {
      rows: page.items.map(toQueueRow),
      total: page.total,
      pagination: paginationOf(page, (n) => (n > 1 ? `/admin/moderation?page=${n}` : '/admin/moderation')),
    };
  }

  @Get(':id')
  @Render(REVIEW_VIEW)
  async review(@Req() request: Request, @Param('id') id: string): Promise<{ review: ReviewView }> {
    return { review: await this.reviewOf(request.actor, id) };
  }

  @Post(':id/approve')
  async approve(@Req() request: Request, @Res() response: Response, @Param('id') id: string): Promise<void> {
    await this.moderation.approve(request.actor, requirePageId(id, 'Listing'));
    response.redirect(303, '/admin/moderation');
  }

  @Post(':id/reject')
  @FormView(REVIEW_VIEW)
  async reject(@Req() request: Request, @Res() response: Response, @Param('id') id: string, @Body() body: unknown): Promise<void> {
    await this.prepareRerender(request, response, id);
    await this.moderation.reject(request.actor, id, readReasonForm(body, 'reject'));
    response.redirect(303, '/admin/moderation');
  }

  @Post(':id/suspend')
  @FormView(REVIEW_VIEW)
  async suspend(@Req() request: Request, @Res() response: Response, @Param('id') id: string, @Body() body: unknown): Promise<void> {
    await this.prepareRerender(request, response, id);
    await this.moderation.suspend(request.actor, id, readReasonForm(body, 'suspend'));
    response.redirect(303, `/admin/moderation/${encodeURIComponent(id)}`);
  }

  @Post(':id/reinstate')
  @FormView(REVIEW_VIEW)
  async reinstate(@Req() request: Request, @Res() response: Response, @Param('id') id: string, @Body() body: unknown): Promise<void> {
    await this.prepareRerender(request, response, id);
    await this.moderation.reinstate(request.actor, id, readReasonForm(body, 'reinstate'));
    response.redirect(303, `/admin/moderation/${encodeURIComponent(id)}`);
  }

  /**
   * The exception filter re-renders a refused form with only the errors and the values typed; Express
   * merges response locals into every render, so the review itself is put there first.
   */
  private async prepareRerender(request: Request, response: Response, id: string): Promise<void> {
    response.locals.review = await this.reviewOf(request.actor, id);
  }

  private async reviewOf(actor: Actor | undefined, id: string): Promise<ReviewView> {
    const listing = await this.listings.get(actor, requirePageId(id, 'Listing'));
    // Administrators always get the private view; anything else is not theirs to review.
    if (!isPrivateListingView(listing)) throw DomainError.notFound('Listing');
    return toReviewView(listing);
  }
}
