import { Body, Controller, Get, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { SAVED_SEARCH_LIMITS, SavedSearchService } from '@app/saved-searches';
import type { Request, Response } from 'express';
import { requirePageId } from '../catalogue/page-id';
import { FormView } from '../http/form-view';
import { OpportunityFilterChoiceReader } from '../opportunities/opportunity-filter-choices';
import { confirmationFor, FREQUENCY_TEXT, readFrequencyForm, readSaveForm, toSavedSearchRows } from './saved-searches.view';

const LIST_VIEW = 'account/saved-searches';
const SAVE_VIEW = 'account/save-search';
const BASE = '/account/saved-searches';

/** The signed-in user's saved searches: saved from the catalogue or opportunities page, changed and deleted here. */
@Controller('account/saved-searches')
export class SavedSearchesPageController {
  constructor(
    @Inject(SavedSearchService) private readonly searches: SavedSearchService,
    @Inject(OpportunityFilterChoiceReader) private readonly opportunityChoices: OpportunityFilterChoiceReader,
  ) {}

  @Get()
  async list(@Req() request: Request, @Res() response: Response): Promise<void> {
    await this.prepareList(request, response);
    response.render(LIST_VIEW, { confirmation: confirmationFor(request.query.done) });
  }

  /** From the "Save this search" form; a refusal shows the form again on its own page, filters kept. */
  @Post()
  @FormView(SAVE_VIEW)
  async save(@Req() request: Request, @Res() response: Response, @Body() body: unknown): Promise<void> {
    response.locals.frequencies = FREQUENCY_TEXT;
    await this.searches.create(request.actor, readSaveForm(body));
    response.redirect(303, `${BASE}?done=saved`);
  }

  @Post(':id/frequency')
  @FormView(LIST_VIEW)
  async changeFrequency(@Req() request: Request, @Res() response: Response, @Param('id') id: string, @Body() body: unknown): Promise<void> {
    const searchId = requirePageId(id, 'Saved search');
    await this.prepareList(request, response);
    await this.searches.update(request.actor, searchId, { frequency: readFrequencyForm(body, searchId) });
    response.redirect(303, `${BASE}?done=changed`);
  }

  @Post(':id/delete')
  async remove(@Req() request: Request, @Res() response: Response, @Param('id') id: string): Promise<void> {
    await this.searches.remove(request.actor, requirePageId(id, 'Saved search'));
    response.redirect(303, `${BASE}?done=deleted`);
  }

  /** The list in locals, so a refused change re-renders the same page with its error summary. */
  private async prepareList(request: Request, response: Response): Promise<void> {
    const page = await this.searches.list(request.actor, { page: 1, pageSize: SAVED_SEARCH_LIMITS.perUser });
    // Lots and councils are named only when an opportunity search needs them.
    const names = page.items.some((search) => search.kind === 'opportunities') ? await this.opportunityChoices.read() : undefined;
    response.locals.rows = toSavedSearchRows(page.items, names);
  }
}
