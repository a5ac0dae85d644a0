import { Body, Controller, Get, HttpCode, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { OpportunityMatchesService } from '@app/matching';
import {
  AwardService,
  JointProcurementService,
  JointProcurementView,
  OpportunityService,
  OpportunityView,
  QuestionService,
  RankingEntryView,
  ResponseService,
  ScoringService,
} from '@app/procurement';
import { DomainError, MAX_PAGE_SIZE } from '@app/shared';
import type { Request, Response } from 'express';
import { requireBuyer } from '../buyer/buyer-user';
import { formatPounds } from '../catalogue/money';
import { requirePageId } from '../catalogue/page-id';
import { formatDate } from '../http/dates';
import { formValues } from '../http/form-errors';
import { FormView } from '../http/form-view';
import { toOpportunityPageView } from '../opportunities/opportunity.view';
import { awardErrorOnTheForm, fieldsOf, readAnswerForm, readAwardForm, readScoreForm, text } from './procurement.forms';
import { awardPreview, procurementTag, scoreFormCriteria, scoreFormValues, toQuestionsToAnswer, toRankingRows, toResponseRows } from './procurement.view';
import { toSuggestedSupplierRows } from './suggested-suppliers.view';

const MANAGE_VIEW = 'procurements/opportunity';
const SCORE_VIEW = 'procurements/score';
const AWARD_VIEW = 'procurements/award';
const AWARD_CHECK_VIEW = 'procurements/award-check';

interface Managed {
  opportunity: OpportunityView;
  procurement: JointProcurementView;
  isLead: boolean;
}

/**
 * An opportunity as its councils' buyers run it: see the suppliers matching suggests, answer
 * suppliers' questions, close it, score the responses once closed, see the ranking and award. The
 * services check who may do each; a buyer of another council gets the 404 page (the joint
 * procurement does not exist for them).
 */
@Controller('buyer/opportunities')
export class ManageOpportunityPageController {
  constructor(
    @Inject(OpportunityService) private readonly opportunities: OpportunityService,
    @Inject(JointProcurementService) private readonly procurements: JointProcurementService,
    @Inject(QuestionService) private readonly questions: QuestionService,
    @Inject(ResponseService) private readonly responses: ResponseService,
    @Inject(ScoringService) private readonly scoring: ScoringService,
    @Inject(AwardService) private readonly awards: AwardService,
    @Inject(OpportunityMatchesService) private readonly matches: OpportunityMatchesService,
  ) {}

  @Get(':id')
  async show(@Req() request: Request, @Res() response: Response, @Param('id') id: string): Promise<void> {
    await this.preparePage(request, response, id);
    response.render(MANAGE_VIEW, { values: {}, notice: noticeFor(request.query) });
  }

  @Post(':id/questions/:questionId/answer')
  @FormView(MANAGE_VIEW)
  async answer(@Req() request: Request, @Res() response: Response, @Param('id') id: string, @Param('questionId') questionId: string, @Body() body: unknown): Promise<void> {
    const { opportunity } = await this.preparePage(request, response, id);
    const question = requirePageId(questionId, 'Question');
    const answer = readAnswerForm(body, `answer-${question}`);
    await this.questions.answer(request.actor, opportunity.id, question, answer).catch((error: unknown) => {
      throw error instanceof DomainError && error.fieldErrors.length > 0 ? DomainError.validation(error.code, [{ field: `answer-${question}`, message: 'Answer must be 5,000 characters or fewer' }]) : error;
    });
    response.redirect(303, `/buyer/opportunities/${opportunity.id}?answered=1#questions`);
  }

  @Post(':id/close')
  async close(@Req() request: Request, @Res() response: Response, @Param('id') id: string): Promise<void> {
    requireBuyer(request.actor);
    await this.opportunities.close(request.actor, requirePageId(id, 'Opportunity'));
    response.redirect(303, `/buyer/opportunities/${id}?closed=1`);
  }

  @Get(':id/responses/:responseId')
  async scoreForm(@Req() request: Request, @Res() response: Response, @Param('id') id: string, @Param('responseId') responseId: string): Promise<void> {
    const { values } = await this.prepareScore(request, response, id, responseId);
    response.render(SCORE_VIEW, { values });
  }

  @Post(':id/responses/:responseId')
  @FormView(SCORE_VIEW)
  async score(@Req() request: Request, @Res() response: Response, @Param('id') id: string, @Param('responseId') responseId: string, @Body() body: unknown): Promise<void> {
    const { opportunity } = await this.prepareScore(request, response, id, responseId);
    const scores = readScoreForm(body, opportunity.criteria);
    await this.scoring.score(request.actor, opportunity.id, responseId, scores);
    response.redirect(303, `/buyer/opportunities/${opportunity.id}?scored=1#responses`);
  }

  @Get(':id/award')
  async awardForm(@Req() request: Request, @Res() response: Response, @Param('id') id: string): Promise<void> {
    await this.prepareAward(request, response, id);
    response.render(AWARD_VIEW, { values: {} });
  }

  /** `step` is check (from the form: show what the award will do), change, or award (from the confirmation page). */
  @Post(':id/award')
  @HttpCode(200)
  @FormView(AWARD_VIEW)
  async award(@Req() request: Request, @Res() response: Response, @Param('id') id: string, @Body() body: unknown): Promise<void> {
    const { opportunity, procurement, ranking } = await this.prepareAward(request, response, id);
    const step = text(fieldsOf(body), 'step');
    const values = formValues(body);
    delete values.step;
    if (step === 'change') {
      response.render(AWARD_VIEW, { values });
      return;
    }
    const input = readAwardForm(body, ranking.map((entry) => entry.responseId));
    if (step === 'award') {
      await this.awards.award(request.actor, opportunity.id, input).catch((error: unknown) => Promise.reject(awardErrorOnTheForm(error)));
      response.redirect(303, `/buyer/opportunities/${opportunity.id}?awarded=1`);
      return;
    }
    const winner = ranking.find((entry) => entry.responseId === input.responseId)!;
    if (!winner.complete) throw awardErrorOnTheForm(new DomainError('invalid_state', 'RESPONSE_NOT_SCORED', 'Score every criterion first'));
    response.render(AWARD_CHECK_VIEW, {
      pageTitle: 'Check the award before you make it',
      preview: awardPreview(procurement, winner),
      dates: { start: formatDate(input.startDate), end: formatDate(input.endDate), extension: input.extensionUntil ? formatDate(input.extensionUntil) : 'No extension' },
      hidden: Object.entries(values).map(([name, value]) => ({ name, value })),
    });
  }

  /** The opportunity and its procurement; reading the procurement is the service's check that the buyer takes part. */
  private async load(request: Request, id: string): Promise<Managed> {
    const { actor, councilCode } = requireBuyer(request.actor);
    const opportunity = await this.opportunities.get(requirePageId(id, 'Opportunity'));
    const procurement = await this.procurements.get(actor, opportunity.jointProcurementId).catch((error: unknown) => {
      // A council invited but not in it, or one that declined, has nothing to run here.
      throw error instanceof DomainError && error.kind === 'not_found' ? DomainError.notFound('Opportunity') : error;
    });
    if (!procurement.participants.some((participant) => participant.council.code === councilCode)) throw DomainError.notFound('Opportunity');
    return { opportunity, procurement, isLead: procurement.leadCouncil.code === councilCode };
  }

  private async preparePage(request: Request, response: Response, id: string): Promise<Managed> {
    const managed = await this.load(request, id);
    const { opportunity, procurement, isLead } = managed;
    const questions = await this.questions.list(request.actor, opportunity.id, { page: 1, pageSize: MAX_PAGE_SIZE });
    const evaluating = opportunity.status === 'closed' || opportunity.status === 'awarded';
    const closedByLead = evaluating && procurement.status !== 'published';
    const [responses, ranking] = closedByLead
      ? await Promise.all([this.responses.list(request.actor, opportunity.id, { page: 1, pageSize: MAX_PAGE_SIZE }), this.scoring.ranking(request.actor, opportunity.id)])
      : [null, null];
    response.locals.pageTitle = opportunity.title;
    response.locals.opportunity = toOpportunityPageView(opportunity, []);
    response.locals.procurement = { href: `/joint-procurements/${procurement.id}`, title: procurement.title, status: procurementTag(procurement.status) };
    response.locals.questions = toQuestionsToAnswer(questions.items);
    response.locals.isLead = isLead;
    response.locals.canClose = isLead && (opportunity.status === 'open' || (opportunity.status === 'closed' && procurement.status === 'published'));
    response.locals.responses = responses ? toResponseRows(opportunity.id, responses.items) : null;
    response.locals.ranking = ranking ? toRankingRows(ranking) : null;
    // The matching service checks the buyer itself. Suggestions matter while suppliers can still
    // respond, so after that the section shows only the ones already stored, if any.
    const suggested = toSuggestedSupplierRows(await this.matches.list(request.actor, opportunity.id));
    response.locals.suggestedSuppliers = opportunity.status === 'open' || suggested.length > 0 ? suggested : null;
    response.locals.canAward = isLead && opportunity.status === 'closed' && closedByLead && (ranking ?? []).some((entry) => entry.complete);
    response.locals.awardHref = `/buyer/opportunities/${opportunity.id}/award`;
    return managed;
  }

  private async prepareScore(request: Request, response: Response, id: string, responseId: string): Promise<{ opportunity: OpportunityView; values: Record<string, string> }> {
    const { opportunity } = await this.load(request, id);
    const submitted = await this.responses.get(request.actor, opportunity.id, requirePageId(responseId, 'Response'));
    response.locals.pageTitle = `Score ${submitted.supplier.name}’s response`;
    response.locals.opportunity = { title: opportunity.title, href: `/buyer/opportunities/${opportunity.id}` };
    response.locals.supplierName = submitted.supplier.name;
    response.locals.summary = submitted.summary;
    response.locals.price = formatPounds(submitted.price);
    response.locals.criteria = scoreFormCriteria(opportunity, submitted);
    response.locals.formAction = `/buyer/opportunities/${opportunity.id}/responses/${submitted.id}`;
    return { opportunity, values: scoreFormValues(opportunity, submitted) };
  }

  private async prepareAward(request: Request, response: Response, id: string): Promise<Managed & { ranking: RankingEntryView[] }> {
    const managed = await this.load(request, id);
    const ranking = await this.scoring.ranking(request.actor, managed.opportunity.id);
    response.locals.pageTitle = 'Award the contract';
    response.locals.opportunity = { title: managed.opportunity.title, href: `/buyer/opportunities/${managed.opportunity.id}` };
    response.locals.formAction = `/buyer/opportunities/${managed.opportunity.id}/award`;
    response.locals.responseChoices = toRankingRows(ranking).map((entry, index) => ({ value: ranking[index].responseId, text: entry.supplier, hint: { text: `Ranked ${entry.rank}; ${entry.score}; price ${entry.price}` } }));
    return { ...managed, ranking };
  }
}

/** The success banner after a redirect, from its query flag. */
function noticeFor(query: Request['query']): string | null {
  if (query.published === '1') return 'Opportunity published. Suppliers can now ask questions and respond.';
  if (query.answered === '1') return 'Your answer has been published to every supplier';
  if (query.closed === '1') return 'The opportunity is closed. You can now read and score the responses.';
  if (query.scored === '1') return 'Scores saved';
  if (query.awarded === '1') return 'Contract awarded. The suppliers have been told the outcome.';
  return null;
}
