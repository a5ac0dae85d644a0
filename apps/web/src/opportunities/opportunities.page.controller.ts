import { Body, Controller, Get, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { OpportunityService, OpportunityView, QuestionService, ResponseService, ResponseView } from '@app/procurement';
import { Actor, MAX_PAGE_SIZE } from '@app/shared';
import type { Request, Response } from 'express';
import { requirePageId } from '../catalogue/page-id';
import { FormView } from '../http/form-view';
import { opportunitiesSaveForm } from '../saved-searches/saved-searches.view';
import { requireOwnSupplier } from '../supplier/supplier-user';
import { OpportunityFilterChoiceReader } from './opportunity-filter-choices';
import { filtersInUse, OPPORTUNITIES_PER_PAGE, opportunitiesHref, readOpportunityQuery } from './opportunity-filters.query';
import { toOpportunityFiltersView } from './opportunity-filters.view';
import { readQuestionForm, readResponseForm, responseErrorOnTheForm, responseFormValues } from './opportunity.forms';
import { responseFormCriteria, toOpportunityPageView, toOpportunityRow, toOwnResponseView } from './opportunity.view';

const LIST_VIEW = 'opportunities/list';
const SHOW_VIEW = 'opportunities/opportunity';
const RESPOND_VIEW = 'opportunities/respond';

/** Open opportunities for anyone; a signed-in supplier's questions and response on each. */
@Controller('opportunities')
export class OpportunitiesPageController {
  constructor(
    @Inject(OpportunityService) private readonly opportunities: OpportunityService,
    @Inject(QuestionService) private readonly questions: QuestionService,
    @Inject(ResponseService) private readonly responses: ResponseService,
    @Inject(OpportunityFilterChoiceReader) private readonly filterChoices: OpportunityFilterChoiceReader,
  ) {}

  @Get()
  async list(@Req() request: Request, @Res() response: Response): Promise<void> {
    const choices = await this.filterChoices.read();
    const councils = new Set(choices.councils.map((council) => council.gssCode));
    const form = readOpportunityQuery(request.query, { isCouncil: (code) => councils.has(code) });
    if (!form.ok) {
      // The page again, with an error summary and the form; no list is shown for filters it cannot apply.
      const filters = toOpportunityFiltersView(form.values, choices, form.errors);
      response.status(400).render(LIST_VIEW, { filters, errors: filters.errors, rows: [], total: 0, refused: true });
      return;
    }
    const { values } = form;
    const result = await this.opportunities.list(form.filter, { page: values.page, pageSize: OPPORTUNITIES_PER_PAGE });
    const pages = Math.max(1, Math.ceil(result.total / OPPORTUNITIES_PER_PAGE));
    const filters = toOpportunityFiltersView(values, choices);
    response.render(LIST_VIEW, {
      filters,
      filtered: filters.applied.length > 0,
      rows: result.items.map(toOpportunityRow),
      total: result.total,
      firstPage: opportunitiesHref(values),
      previous: values.page > 1 ? opportunitiesHref(values, Math.min(values.page - 1, pages)) : null,
      next: values.page < pages ? opportunitiesHref(values, values.page + 1) : null,
      // Signed-in users can be told about new opportunities matching these filters.
      saveSearch: request.actor ? opportunitiesSaveForm(filtersInUse(values)) : undefined,
    });
  }

  @Get(':id')
  async show(@Req() request: Request, @Res() response: Response, @Param('id') id: string): Promise<void> {
    await this.preparePage(request.actor, response, id);
    response.render(SHOW_VIEW, { values: {}, asked: request.query.asked === '1', saved: request.query.saved });
  }

  @Post(':id/questions')
  @FormView(SHOW_VIEW)
  async ask(@Req() request: Request, @Res() response: Response, @Param('id') id: string, @Body() body: unknown): Promise<void> {
    requireOwnSupplier(request.actor);
    const opportunity = await this.preparePage(request.actor, response, id);
    await this.questions.ask(request.actor, opportunity.id, readQuestionForm(body));
    response.redirect(303, `/opportunities/${opportunity.id}?asked=1#questions`);
  }

  @Get(':id/respond')
  async respondForm(@Req() request: Request, @Res() response: Response, @Param('id') id: string): Promise<void> {
    const { opportunity, own } = await this.prepareForm(request.actor, response, id);
    if (opportunity.status !== 'open') {
      response.redirect(303, `/opportunities/${opportunity.id}#your-response`);
      return;
    }
    response.render(RESPOND_VIEW, { values: responseFormValues(own, opportunity.criteria) });
  }

  @Post(':id/respond')
  @FormView(RESPOND_VIEW)
  async respond(@Req() request: Request, @Res() response: Response, @Param('id') id: string, @Body() body: unknown): Promise<void> {
    const { opportunity } = await this.prepareForm(request.actor, response, id);
    const input = readResponseForm(body, opportunity.criteria);
    await this.responses.save(request.actor, opportunity.id, input).catch((error: unknown) => Promise.reject(responseErrorOnTheForm(error)));
    response.redirect(303, `/opportunities/${opportunity.id}?saved=${input.submit ? 'submitted' : 'draft'}#your-response`);
  }

  /** The opportunity page's content, in locals so a refused question re-renders the same page. */
  private async preparePage(actor: Actor | undefined, response: Response, id: string): Promise<OpportunityView> {
    const opportunity = await this.opportunities.get(requirePageId(id, 'Opportunity'));
    const [questions, own] = await Promise.all([this.questions.list(actor, opportunity.id, { page: 1, pageSize: MAX_PAGE_SIZE }), this.ownResponse(actor, opportunity.id)]);
    const supplier = actor?.role === 'supplier' && actor.status === 'active' && actor.supplierId !== null;
    response.locals.opportunity = toOpportunityPageView(opportunity, questions.items);
    response.locals.canAsk = supplier && opportunity.status === 'open';
    response.locals.canRespond = supplier && opportunity.status === 'open';
    response.locals.ownResponse = own ? toOwnResponseView(opportunity, own) : null;
    return opportunity;
  }

  private async prepareForm(actor: Actor | undefined, response: Response, id: string): Promise<{ opportunity: OpportunityView; own: ResponseView | undefined }> {
    requireOwnSupplier(actor);
    const opportunity = await this.opportunities.get(requirePageId(id, 'Opportunity'));
    const own = await this.ownResponse(actor, opportunity.id);
    response.locals.opportunity = toOpportunityPageView(opportunity, []);
    response.locals.criteria = responseFormCriteria(opportunity);
    response.locals.hasResponse = own !== undefined;
    return { opportunity, own };
  }

  /** A supplier's own response (none or one); nobody else has one. */
  private async ownResponse(actor: Actor | undefined, opportunityId: string): Promise<ResponseView | undefined> {
    if (actor?.role !== 'supplier' || actor.status !== 'active' || !actor.supplierId) return undefined;
    const own = await this.responses.list(actor, opportunityId, { page: 1, pageSize: 1 });
    return own.items[0];
  }
}
