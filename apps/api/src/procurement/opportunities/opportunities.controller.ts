import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { AwardService, JointProcurementService, OpportunityService, ScoringService } from '@app/procurement';
import type { Actor } from '@app/shared';
import { CurrentActor } from '../../auth/current-actor.decorator';
import { Public } from '../../auth/public.decorator';
import { ApiProblems } from '../../http/api-problems.decorator';
import { uuidParam } from '../../http/uuid-param';
import { CancelRequestDto } from '../joint-procurements/dto/reason.request.dto';
import { AwardRequestDto } from './dto/award.request.dto';
import { RankingResponseDto } from './dto/bid.response.dto';
import { CreateOpportunityRequestDto } from './dto/create-opportunity.request.dto';
import { LintResponseDto } from './dto/lint-warning.response.dto';
import { ListOpportunitiesQueryDto } from './dto/list-opportunities.query.dto';
import { OpportunityDraftRequestDto } from './dto/opportunity-draft.request.dto';
import { AwardOutcomeResponseDto, OpportunityPageResponseDto, OpportunityResponseDto, PublishedOpportunityResponseDto } from './dto/opportunity.response.dto';

const STATES = 'States: open → closed → awarded | cancelled. A request the current state does not allow answers 409 naming the state.';

@ApiTags('opportunities')
@Controller('opportunities')
export class OpportunitiesController {
  constructor(
    @Inject(OpportunityService) private readonly opportunities: OpportunityService,
    @Inject(JointProcurementService) private readonly procurements: JointProcurementService,
    @Inject(ScoringService) private readonly scoring: ScoringService,
    @Inject(AwardService) private readonly awards: AwardService,
  ) {}

  @Post()
  @ApiBearerAuth()
  @ApiOperation({
    summary: "Publish an opportunity from a single need of the buyer's council",
    description:
      'A joint procurement of one council, created and published at once; to buy with other councils, start one at POST /joint-procurements. ' +
      `Answers with the quality linter's warnings, which never block. ${STATES}`,
  })
  @ApiCreatedResponse({ type: PublishedOpportunityResponseDto })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  create(@CurrentActor() actor: Actor | undefined, @Body() body: CreateOpportunityRequestDto): Promise<PublishedOpportunityResponseDto> {
    return this.procurements.publishSingleNeed(actor, body);
  }

  @Post('lint')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Check a draft with the quality linter before publishing it (buyers)',
    description:
      'Warns about a missing problem statement, user needs or scope; a budget above the usual ceiling for the lot; brand names (unless "or equivalent"), ' +
      'lock-in demands and trademark signs; a tender window under 10 days. Nothing is saved.',
  })
  @ApiOkResponse({ type: LintResponseDto })
  @ApiProblems(400, 401, 403, 422)
  async lintDraft(@CurrentActor() actor: Actor | undefined, @Body() body: OpportunityDraftRequestDto): Promise<LintResponseDto> {
    return { warnings: await this.opportunities.lintDraft(actor, body) };
  }

  @Get()
  @Public()
  @ApiOperation({ summary: 'Opportunities: open ones by default, soonest closing first; filter by status, route, lot and participating council' })
  @ApiOkResponse({ type: OpportunityPageResponseDto })
  @ApiProblems(400, 422)
  list(@Query() query: ListOpportunitiesQueryDto): Promise<OpportunityPageResponseDto> {
    return this.opportunities.list({ status: query.status, route: query.route, lotId: query.lotId, council: query.council }, query.toPageRequest());
  }

  @Get(':id')
  @Public()
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOperation({ summary: 'An opportunity: requirements, criteria, councils and, once made, the award' })
  @ApiOkResponse({ type: OpportunityResponseDto })
  @ApiProblems(400, 404)
  get(@Param('id', uuidParam('id')) id: string): Promise<OpportunityResponseDto> {
    return this.opportunities.get(id);
  }

  @Get(':id/lint')
  @Public()
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOperation({ summary: "The quality linter's warnings on a published opportunity" })
  @ApiOkResponse({ type: LintResponseDto })
  @ApiProblems(400, 404)
  async lint(@Param('id', uuidParam('id')) id: string): Promise<LintResponseDto> {
    return { warnings: await this.opportunities.lint(id) };
  }

  @Post(':id/close')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOperation({
    summary: 'Close the opportunity to responses (lead buyers), at or before its closing time',
    description: `Responses become readable to the procurement's buyers; the joint procurement moves to evaluation. A single response is flagged for review. ${STATES}`,
  })
  @ApiOkResponse({ type: OpportunityResponseDto })
  @ApiProblems(400, 401, 403, 404, 409)
  close(@CurrentActor() actor: Actor | undefined, @Param('id', uuidParam('id')) id: string): Promise<OpportunityResponseDto> {
    return this.opportunities.close(actor, id);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOperation({ summary: 'Cancel the opportunity and its joint procurement at any stage before award (lead buyers)', description: `Responding suppliers are told the reason. ${STATES}` })
  @ApiOkResponse({ type: OpportunityResponseDto })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  cancel(@CurrentActor() actor: Actor | undefined, @Param('id', uuidParam('id')) id: string, @Body() body: CancelRequestDto): Promise<OpportunityResponseDto> {
    return this.opportunities.cancel(actor, id, body.reason);
  }

  @Get(':id/ranking')
  @ApiBearerAuth()
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOperation({
    summary: "Submitted responses ranked by weighted score (the procurement's buyers and administrators, after close)",
    description: 'Weighted score = Σ weight × score / 100 (scores 0 to 100 per criterion). Equal scores go to the lower price; responses not fully scored are unranked, last.',
  })
  @ApiOkResponse({ type: RankingResponseDto })
  @ApiProblems(400, 401, 403, 404, 409)
  async ranking(@CurrentActor() actor: Actor | undefined, @Param('id', uuidParam('id')) id: string): Promise<RankingResponseDto> {
    return { items: await this.scoring.ranking(actor, id) };
  }

  @Post(':id/award')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOperation({
    summary: 'Award the contract to a fully scored response (lead buyers, after close)',
    description:
      'In one transaction: the opportunity and joint procurement are awarded and each participating council gets a contract for its share of the price ' +
      '(split in proportion to the value shares, largest remainder, so the parts sum to the price to the penny), with the supplier\'s SME/VCSE status at award. ' +
      `Every responding supplier is told the outcome. An award more than 20% above the estimate is flagged for review. ${STATES}`,
  })
  @ApiOkResponse({ type: AwardOutcomeResponseDto })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  award(@CurrentActor() actor: Actor | undefined, @Param('id', uuidParam('id')) id: string, @Body() body: AwardRequestDto): Promise<AwardOutcomeResponseDto> {
    return this.awards.award(actor, id, body);
  }
}
