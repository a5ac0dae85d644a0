import { Body, Controller, Get, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import { NeedPartnersService } from '@app/matching';
import { JointProcurementService, NeedService } from '@app/procurement';
import type { Request, Response } from 'express';
import { requireBuyer } from '../buyer/buyer-user';
import { FormView } from '../http/form-view';
import { ownNeed } from '../buyer/own-need';
import { fieldsOf, readJointProcurementForm, serviceErrorOnTheForm, SHARE_ERRORS, text } from './procurement.forms';

const FORM_VIEW = 'procurements/buy-together';
const GSS_CODE = /^[EWSN]\d{8}$/;

/** "Buy this together": a joint procurement started from one of the buyer's needs, its council the lead. */
@Controller('buyer/needs')
export class BuyTogetherPageController {
  constructor(
    @Inject(NeedService) private readonly needs: NeedService,
    @Inject(JointProcurementService) private readonly procurements: JointProcurementService,
    @Inject(NeedPartnersService) private readonly partners: NeedPartnersService,
  ) {}

  /** `partnerNeed` names the partner suggestion the buyer started from, to invite its council next. */
  @Get(':id/buy-together')
  async form(@Req() request: Request, @Res() response: Response, @Param('id') id: string, @Query('partnerNeed') partnerNeed?: string): Promise<void> {
    const need = await ownNeed(this.needs, request, id);
    this.prepare(response, need.id, need.title, need.estimatedValue);
    const partner = partnerNeed ? (await this.partners.list(request.actor, need.id)).find((candidate) => candidate.partnerNeedId === partnerNeed) : undefined;
    response.render(FORM_VIEW, { values: { title: need.title, partner: partner?.councilCode ?? '' }, partnerName: partner?.councilName ?? null });
  }

  @Post(':id/buy-together')
  @FormView(FORM_VIEW)
  async create(@Req() request: Request, @Res() response: Response, @Param('id') id: string, @Body() body: unknown): Promise<void> {
    const { actor } = requireBuyer(request.actor);
    const need = await ownNeed(this.needs, request, id);
    this.prepare(response, need.id, need.title, need.estimatedValue);
    const procurement = await this.procurements
      .create(actor, readJointProcurementForm(body, need.id))
      .catch((error: unknown) => Promise.reject(serviceErrorOnTheForm(error, SHARE_ERRORS, 'title')));
    // The partner the buyer started from is ticked on the invite form that comes next.
    const partner = text(fieldsOf(body), 'partner');
    const query = GSS_CODE.test(partner) ? `?created=1&partner=${partner}` : '?created=1';
    response.redirect(303, `/joint-procurements/${procurement.id}${query}#invite`);
  }

  private prepare(response: Response, needId: string, needTitle: string, estimate: string | null): void {
    response.locals.pageTitle = 'Buy this together';
    response.locals.formAction = `/buyer/needs/${needId}/buy-together`;
    response.locals.backHref = `/buyer/needs/${needId}`;
    response.locals.needTitle = needTitle;
    response.locals.hasEstimate = estimate !== null;
  }
}
