import { Body, Controller, Get, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { NeedPartnersService } from '@app/matching';
import { isFullNeedView, JointProcurementService, JointProcurementView, NeedFullView, NeedService } from '@app/procurement';
import { DomainError, MAX_PAGE_SIZE } from '@app/shared';
import type { Request, Response } from 'express';
import { requireBuyer } from '../buyer/buyer-user';
import { requirePageId } from '../catalogue/page-id';
import { FormView } from '../http/form-view';
import { formValues } from '../http/form-errors';
import { councilField, readAcceptForm, readInviteForm, readReason, serviceErrorOnTheForm, SHARE_ERRORS } from './procurement.forms';
import { inviteChoices, needChoices, toJointProcurementPageView } from './procurement.view';

const PAGE_VIEW = 'procurements/procurement';
const ACCEPT_VIEW = 'procurements/accept';
const DECLINE_VIEW = 'procurements/decline';

/**
 * A joint procurement's page for the councils in it and those invited: who takes part, the
 * invitations and their answers; the lead invites and withdraws, an invited council accepts or
 * declines. The service decides who may see and do what; a stranger's request is its 404.
 */
@Controller('joint-procurements')
export class JointProcurementPageController {
  constructor(
    @Inject(JointProcurementService) private readonly procurements: JointProcurementService,
    @Inject(NeedService) private readonly needs: NeedService,
    @Inject(NeedPartnersService) private readonly partners: NeedPartnersService,
  ) {}

  @Get(':id')
  async show(@Req() request: Request, @Res() response: Response, @Param('id') id: string): Promise<void> {
    // Coming from "Buy together" on a partner suggestion, that partner is ticked on the invite form.
    const partner = typeof request.query.partner === 'string' ? request.query.partner : '';
    await this.preparePage(request, response, id, partner ? { [councilField(partner)]: 'yes' } : {});
    response.render(PAGE_VIEW, { values: {}, notice: noticeFor(request.query) });
  }

  @Post(':id/invitations')
  @FormView(PAGE_VIEW)
  async invite(@Req() request: Request, @Res() response: Response, @Param('id') id: string, @Body() body: unknown): Promise<void> {
    const { procurement, offered } = await this.preparePage(request, response, id, formValues(body));
    const codes = readInviteForm(body, offered);
    await this.procurements.invite(request.actor, procurement.id, codes);
    response.redirect(303, `/joint-procurements/${procurement.id}?invited=${codes.length}#invitations`);
  }

  @Post(':id/invitations/:invitationId/withdraw')
  async withdraw(@Req() request: Request, @Res() response: Response, @Param('id') id: string, @Param('invitationId') invitationId: string): Promise<void> {
    requireBuyer(request.actor);
    await this.procurements.withdrawInvitation(request.actor, requirePageId(id, 'Joint procurement'), requirePageId(invitationId, 'Invitation'), readReason(request.body));
    response.redirect(303, `/joint-procurements/${id}?withdrawn=1#invitations`);
  }

  @Get(':id/invitations/:invitationId/accept')
  async acceptForm(@Req() request: Request, @Res() response: Response, @Param('id') id: string, @Param('invitationId') invitationId: string): Promise<void> {
    await this.prepareAnswer(request, response, id, invitationId, true);
    response.render(ACCEPT_VIEW, { values: {} });
  }

  @Post(':id/invitations/:invitationId/accept')
  @FormView(ACCEPT_VIEW)
  async accept(@Req() request: Request, @Res() response: Response, @Param('id') id: string, @Param('invitationId') invitationId: string, @Body() body: unknown): Promise<void> {
    const { procurement, openNeeds } = await this.prepareAnswer(request, response, id, invitationId, true);
    const answer = readAcceptForm(body, openNeeds.map((need) => need.id));
    await this.procurements
      .accept(request.actor, procurement.id, invitationId, answer)
      .catch((error: unknown) => Promise.reject(serviceErrorOnTheForm(error, SHARE_ERRORS, 'needId')));
    response.redirect(303, `/joint-procurements/${procurement.id}?accepted=1`);
  }

  @Get(':id/invitations/:invitationId/decline')
  async declineForm(@Req() request: Request, @Res() response: Response, @Param('id') id: string, @Param('invitationId') invitationId: string): Promise<void> {
    await this.prepareAnswer(request, response, id, invitationId, false);
    response.render(DECLINE_VIEW, { values: {} });
  }

  @Post(':id/invitations/:invitationId/decline')
  @FormView(DECLINE_VIEW)
  async decline(@Req() request: Request, @Res() response: Response, @Param('id') id: string, @Param('invitationId') invitationId: string, @Body() body: unknown): Promise<void> {
    const { procurement } = await this.prepareAnswer(request, response, id, invitationId, false);
    await this.procurements
      .decline(request.actor, procurement.id, invitationId, readReason(body))
      .catch((error: unknown) => Promise.reject(serviceErrorOnTheForm(error, SHARE_ERRORS, 'reason')));
    // Having declined, the council no longer reads the procurement: back to its list.
    response.redirect(303, '/buyer/procurements?declined=1');
  }

  /** The page's content in locals, so a refused invitation re-renders the same page around its errors. */
  private async preparePage(
    request: Request,
    response: Response,
    id: string,
    ticked: Record<string, string>,
  ): Promise<{ procurement: JointProcurementView; offered: string[] }> {
    const { actor, councilCode } = requireBuyer(request.actor);
    const procurement = await this.procurements.get(actor, requirePageId(id, 'Joint procurement'));
    const view = toJointProcurementPageView(procurement, councilCode);
    const leadNeed = procurement.participants.find((participant) => participant.isLead)?.need.id;
    // Only the lead invites, and only while forming; the candidates are the partner councils of its need.
    const partners = view.isLead && view.forming && leadNeed ? await this.partners.list(actor, leadNeed) : [];
    const choices = inviteChoices(partners, procurement, ticked);
    response.locals.pageTitle = procurement.title;
    response.locals.procurement = view;
    response.locals.inviteChoices = choices;
    return { procurement, offered: choices.map((choice) => choice.code) };
  }

  /** The invitation for the buyer's own council, and (to accept) the council's open needs to join with. */
  private async prepareAnswer(
    request: Request,
    response: Response,
    id: string,
    invitationId: string,
    withNeeds: boolean,
  ): Promise<{ procurement: JointProcurementView; openNeeds: NeedFullView[] }> {
    const { actor, councilCode } = requireBuyer(request.actor);
    const procurement = await this.procurements.get(actor, requirePageId(id, 'Joint procurement'));
    const invitation = procurement.invitations.find((candidate) => candidate.id === invitationId && candidate.council.code === councilCode);
    if (!invitation) throw DomainError.notFound('Invitation');
    const openNeeds = withNeeds
      ? (await this.needs.list(actor, { council: councilCode, status: 'open' }, { page: 1, pageSize: MAX_PAGE_SIZE })).items.filter(isFullNeedView)
      : [];
    const values = request.method === 'POST' ? formValues(request.body) : {};
    response.locals.pageTitle = withNeeds ? `Join ${procurement.title}` : `Decline the invitation to ${procurement.title}`;
    response.locals.procurement = toJointProcurementPageView(procurement, councilCode);
    response.locals.formAction = `/joint-procurements/${procurement.id}/invitations/${invitation.id}/${withNeeds ? 'accept' : 'decline'}`;
    response.locals.needChoices = needChoices(openNeeds, values);
    return { procurement, openNeeds };
  }
}

/** The success banner after a redirect, from its query flag. */
function noticeFor(query: Request['query']): string | null {
  if (query.created === '1') return 'Joint procurement started. Invite partner councils to join it.';
  if (typeof query.invited === 'string' && /^\d+$/.test(query.invited)) return query.invited === '1' ? 'Invitation sent' : `${query.invited} invitations sent`;
  if (query.withdrawn === '1') return 'Invitation withdrawn';
  if (query.accepted === '1') return 'Your council has joined this joint procurement';
  return null;
}
