import { Body, Controller, Get, HttpCode, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { JointProcurementService, NeedService, OpportunityService } from '@app/procurement';
import { DomainError } from '@app/shared';
import type { Request, Response } from 'express';
import { requireBuyer } from '../buyer/buyer-user';
import { requirePageId } from '../catalogue/page-id';
import { formValues } from '../http/form-errors';
import { FormView } from '../http/form-view';
import { ownNeed } from '../buyer/own-need';
import { fieldsOf, text } from './procurement.forms';
import { draftSummary, warningTexts } from './procurement.view';
import { PublishChoices } from './publish-choices';
import { CRITERION_ROWS, OPEN_ROUTE, publishErrorOnTheForm, readPublishForm } from './publish.form';

const FORM_VIEW = 'procurements/publish-form';
const CHECK_VIEW = 'procurements/publish-check';

/** What is being published: a joint procurement (its lead) or one need of the buyer's council on its own. */
interface PublishTarget {
  formAction: string;
  backHref: string;
  caption: string;
  defaults: Record<string, string>;
  publish: (body: unknown) => Promise<string>;
}

/**
 * Publishing an opportunity, in the check-your-answers pattern: the form, then a check page with
 * the quality linter's warnings (advice, never a block), then publish. The answers travel in hidden
 * fields, so nothing is kept between the steps.
 */
@Controller()
export class PublishPageController {
  constructor(
    @Inject(JointProcurementService) private readonly procurements: JointProcurementService,
    @Inject(OpportunityService) private readonly opportunities: OpportunityService,
    @Inject(NeedService) private readonly needs: NeedService,
    @Inject(PublishChoices) private readonly choices: PublishChoices,
  ) {}

  @Get('joint-procurements/:id/publish')
  async procurementForm(@Req() request: Request, @Res() response: Response, @Param('id') id: string): Promise<void> {
    const target = await this.forProcurement(request, response, id);
    response.render(FORM_VIEW, { values: target.defaults });
  }

  @Post('joint-procurements/:id/publish')
  @HttpCode(200)
  @FormView(FORM_VIEW)
  async procurementStep(@Req() request: Request, @Res() response: Response, @Param('id') id: string, @Body() body: unknown): Promise<void> {
    await this.step(request, response, await this.forProcurement(request, response, id), body);
  }

  @Get('buyer/needs/:id/publish')
  async needForm(@Req() request: Request, @Res() response: Response, @Param('id') id: string): Promise<void> {
    const target = await this.forNeed(request, response, id);
    response.render(FORM_VIEW, { values: target.defaults });
  }

  @Post('buyer/needs/:id/publish')
  @HttpCode(200)
  @FormView(FORM_VIEW)
  async needStep(@Req() request: Request, @Res() response: Response, @Param('id') id: string, @Body() body: unknown): Promise<void> {
    await this.step(request, response, await this.forNeed(request, response, id), body);
  }

  /** `step` is check (from the form), change (back to the form) or publish (from the check page). */
  private async step(request: Request, response: Response, target: PublishTarget, body: unknown): Promise<void> {
    const step = text(fieldsOf(body), 'step');
    const values = formValues(body);
    delete values.step;
    if (step === 'change') {
      response.render(FORM_VIEW, { values });
      return;
    }
    const { draft, rows } = readPublishForm(body);
    if (step === 'publish') {
      const opportunityId = await target.publish(body).catch((error: unknown) => Promise.reject(publishErrorOnTheForm(error, rows)));
      response.redirect(303, `/buyer/opportunities/${opportunityId}?published=1`);
      return;
    }
    const warnings = await this.opportunities.lintDraft(request.actor, draft).catch((error: unknown) => Promise.reject(publishErrorOnTheForm(error, rows)));
    const lots = response.locals.lots as { value: string; text: string }[];
    const lotName = lots.find((lot) => lot.value === (draft.lotId ?? OPEN_ROUTE))?.text ?? 'Open to any supplier';
    response.render(CHECK_VIEW, {
      pageTitle: 'Check the opportunity before publishing it',
      summary: draftSummary(draft, lotName),
      warnings: warningTexts(warnings),
      hidden: Object.entries(values).map(([name, value]) => ({ name, value })),
    });
  }

  private async forProcurement(request: Request, response: Response, id: string): Promise<PublishTarget> {
    const { actor, councilCode } = requireBuyer(request.actor);
    const procurement = await this.procurements.get(actor, requirePageId(id, 'Joint procurement'));
    if (procurement.leadCouncil.code !== councilCode) throw new DomainError('forbidden', 'LEAD_COUNCIL_ONLY', 'Only buyers of the lead council can publish the opportunity');
    const target: PublishTarget = {
      formAction: `/joint-procurements/${procurement.id}/publish`,
      backHref: `/joint-procurements/${procurement.id}`,
      caption: procurement.title,
      defaults: { title: procurement.title, budget: procurement.estimatedValue ?? '' },
      publish: async (body) => (await this.procurements.publish(actor, procurement.id, readPublishForm(body).draft)).id,
    };
    await this.prepare(response, target);
    return target;
  }

  private async forNeed(request: Request, response: Response, id: string): Promise<PublishTarget> {
    const { actor } = requireBuyer(request.actor);
    const need = await ownNeed(this.needs, request, id);
    const target: PublishTarget = {
      formAction: `/buyer/needs/${need.id}/publish`,
      backHref: `/buyer/needs/${need.id}`,
      caption: need.title,
      defaults: { title: need.title, budget: need.estimatedValue ?? '', problemStatement: need.description },
      publish: async (body) => (await this.procurements.publishSingleNeed(actor, { ...readPublishForm(body).draft, needId: need.id })).id,
    };
    await this.prepare(response, target);
    return target;
  }

  /** In locals, so the exception filter's re-render of a refused form has the same page around it. */
  private async prepare(response: Response, target: PublishTarget): Promise<void> {
    response.locals.pageTitle = 'Publish an opportunity';
    response.locals.formAction = target.formAction;
    response.locals.backHref = target.backHref;
    response.locals.caption = target.caption;
    response.locals.lots = await this.choices.lots();
    response.locals.criterionRows = Array.from({ length: CRITERION_ROWS }, (_, index) => index);
  }
}
