import { Body, Controller, Get, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { OpportunityService, OpportunityView, QuestionService, ResponseService, ResponseView } from '@app/procurement';
import { Actor, MAX_PAGE_SIZE } from '@app/shared';
import type { Request, Response } from 'express';
import { requirePageId } from '../catalogue/page-id';
import { FormView } from '../http/form-view';
import { opportunitiesSaveForm } from '../saved-searches/saved-searches.view';
import { requireOwnSupplier } from '../supplier/supplier-user';
import { readQuestionForm, readResponseForm, responseErrorOnTheForm, responseFormValues } from './opportunity.forms';
import { responseFormCriteria, toOpportunityPageView, toOpportunityRow, toOwnResponseView } from './opportunity.view';

const LIST_VIEW = 'opportunities/list';
const SHOW_VIEW = 'opportunities/opportunity';
const RESPOND_VIEW = 'opportunities/respond';
const LIST_PAGE_SIZE = 20;

/** Open opportunities for anyone; a signed-in supplier's questions and response on each. */
@Controller('opportunities')
export class OpportunitiesPageController {
  constructor(
    @Inject(OpportunityService) private readonly opportunities: OpportunityService,
    @Inject(QuestionService) private readonly questions: QuestionService,
    @Inject(ResponseService) private readonly responses: ResponseService,
  ) {}

  @Get()
  async list(@Req() request: Request, @Res() response: Response): Promise<void> {
    const requested = Number(request.query.page);
    const page = Number.isInteger(requested) && requested >= 1 && requested <= 10_000 ? requested : 1;
    const result = await this.opportunities.list({ status: 'open' }, { page, pageSize: LIST_PAGE_SIZE });
    const pages = Math.max(1, Math.ceil(result.total / LIST_PAGE_SIZE));
    response.render(LIST_VIEW, {
      rows: result.items.map(toOpportunityRow),
      total: result.total,
      previous: page > 1 ? `/opportunities?page=${page - 1}` : null,
      next: page < pages ? `/opportunities?page=${page + 1}` : null,
      // Signed-in users can be told about new opportunities.
      saveSearch: request.actor ? opportunitiesSaveForm() : undefined,
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
