import { Body, Controller, Get, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import { NeedPartnersService } from '@app/matching';
import { isFullNeedView, NeedFullView, NeedService } from '@app/procurement';
import type { Request, Response } from 'express';
import { FormView } from '../http/form-view';
import { requireBuyer } from './buyer-user';
import { DATE_FIELDS, needErrorOnTheForm, needFormValues, PREFERENCE_FIELDS, readNeedForm } from './need.form';
import { toNeedPageView, toNeedRow } from './need.view';
import { ownNeed } from './own-need';

const FORM_VIEW = 'buyer/need-form';
const NEEDS_PER_PAGE = 50;

/** The buyer's own council's needs: list, record, change, and the partner councils matched to each. */
@Controller('buyer/needs')
export class NeedsPageController {
  constructor(
    @Inject(NeedService) private readonly needs: NeedService,
    @Inject(NeedPartnersService) private readonly partners: NeedPartnersService,
  ) {}

  @Get()
  async list(@Req() request: Request, @Res() response: Response, @Query('page') pageParam?: string): Promise<void> {
    const { actor, councilCode } = requireBuyer(request.actor);
    const page = Math.max(1, Number.parseInt(pageParam ?? '1', 10) || 1);
    const result = await this.needs.list(actor, { council: councilCode }, { page, pageSize: NEEDS_PER_PAGE });
    const rows = result.items.filter(isFullNeedView).map(toNeedRow);
    const pages = Math.max(1, Math.ceil(result.total / NEEDS_PER_PAGE));
    response.render('buyer/needs', {
      pageTitle: 'Your council’s needs',
      rows,
      saved: request.query.saved === '1',
      previousHref: page > 1 ? `/buyer/needs?page=${page - 1}` : null,
      nextHref: page < pages ? `/buyer/needs?page=${page + 1}` : null,
    });
  }

  @Get('new')
  newForm(@Req() request: Request, @Res() response: Response): void {
    requireBuyer(request.actor);
    this.prepareForm(response, '/buyer/needs/new', 'Record a need');
    response.render(FORM_VIEW, { values: {} });
  }

  @Post('new')
  @FormView(FORM_VIEW)
  async create(@Req() request: Request, @Res() response: Response, @Body() body: unknown): Promise<void> {
    this.prepareForm(response, '/buyer/needs/new', 'Record a need');
    const { actor } = requireBuyer(request.actor);
    const input = readNeedForm(body);
    let need: NeedFullView;
    try {
      need = await this.needs.create(actor, input);
    } catch (error) {
      throw needErrorOnTheForm(error);
    }
    response.redirect(303, `/buyer/needs/${need.id}`);
  }

  @Get(':id')
  async show(@Req() request: Request, @Res() response: Response, @Param('id') id: string): Promise<void> {
    const need = await ownNeed(this.needs, request, id);
    const partners = await this.partners.list(request.actor, need.id);
    response.render('buyer/need', { pageTitle: need.title, need: toNeedPageView(need, partners), dismissed: request.query.dismissed === '1' });
  }

  @Get(':id/edit')
  async editForm(@Req() request: Request, @Res() response: Response, @Param('id') id: string): Promise<void> {
    const need = await ownNeed(this.needs, request, id);
    this.prepareForm(response, `/buyer/needs/${need.id}/edit`, 'Change this need', `/buyer/needs/${need.id}`);
    response.render(FORM_VIEW, { values: needFormValues(need) });
  }

  @Post(':id/edit')
  @FormView(FORM_VIEW)
  async update(@Req() request: Request, @Res() response: Response, @Param('id') id: string, @Body() body: unknown): Promise<void> {
    const need = await ownNeed(this.needs, request, id);
    this.prepareForm(response, `/buyer/needs/${need.id}/edit`, 'Change this need', `/buyer/needs/${need.id}`);
    const input = readNeedForm(body);
    try {
      await this.needs.update(request.actor, need.id, input);
    } catch (error) {
      throw needErrorOnTheForm(error);
    }
    response.redirect(303, `/buyer/needs/${need.id}`);
  }

  @Post(':id/partners/:partnerNeedId/dismiss')
  async dismiss(@Req() request: Request, @Res() response: Response, @Param('id') id: string, @Param('partnerNeedId') partnerNeedId: string): Promise<void> {
    const need = await ownNeed(this.needs, request, id);
    await this.partners.dismiss(request.actor, need.id, partnerNeedId);
    response.redirect(303, `/buyer/needs/${need.id}?dismissed=1`);
  }

  /** In locals, so the exception filter's re-render of a refused form has the same page around it. */
  private prepareForm(response: Response, action: string, heading: string, backHref = '/buyer/needs'): void {
    response.locals.formAction = action;
    response.locals.heading = heading;
    response.locals.backHref = backHref;
    response.locals.preferenceFields = PREFERENCE_FIELDS;
    response.locals.dateFields = DATE_FIELDS;
  }

}
