import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ResponseService, ScoringService } from '@app/procurement';
import type { Actor } from '@app/shared';
import { CurrentActor } from '../../auth/current-actor.decorator';
import { ApiProblems } from '../../http/api-problems.decorator';
import { PageQueryDto } from '../../http/page-query.dto';
import { uuidParam } from '../../http/uuid-param';
import { BidPageResponseDto, BidResponseDto } from './dto/bid.response.dto';
import { SaveResponseRequestDto } from './dto/response.request.dto';
import { ScoreResponseRequestDto } from './dto/score.request.dto';

@ApiTags('opportunities')
@ApiBearerAuth()
@ApiParam({ name: 'id', format: 'uuid' })
@Controller('opportunities/:id/responses')
export class OpportunityResponsesController {
  constructor(
    @Inject(ResponseService) private readonly responses: ResponseService,
    @Inject(ScoringService) private readonly scoring: ScoringService,
  ) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({
    summary: "Save or submit the supplier's response (supplier users, while open)",
    description:
      'One response per supplier: saving again replaces it (draft → submitted; a submission is replaced only by submitting again). On the framework route ' +
      'only a supplier with a published listing on the lot may respond; a refusal (403 SUPPLIER_NOT_ELIGIBLE) says why. After close nothing changes (409).',
  })
  @ApiOkResponse({ type: BidResponseDto })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  save(@CurrentActor() actor: Actor | undefined, @Param('id', uuidParam('id')) id: string, @Body() body: SaveResponseRequestDto): Promise<BidResponseDto> {
    return this.responses.save(actor, id, body);
  }

  @Get()
  @ApiOperation({
    summary: 'Responses: a supplier its own; the procurement\'s buyers and administrators every submitted one, after close',
    description: 'Responses are sealed until close (409 for buyers before); buyers of other councils get 404.',
  })
  @ApiOkResponse({ type: BidPageResponseDto })
  @ApiProblems(400, 401, 403, 404, 409)
  list(@CurrentActor() actor: Actor | undefined, @Param('id', uuidParam('id')) id: string, @Query() query: PageQueryDto): Promise<BidPageResponseDto> {
    return this.responses.list(actor, id, query.toPageRequest());
  }

  @Get(':rid')
  @ApiParam({ name: 'rid', format: 'uuid' })
  @ApiOperation({ summary: 'A response', description: "Another supplier's response answers 404, even by id." })
  @ApiOkResponse({ type: BidResponseDto })
  @ApiProblems(400, 401, 403, 404, 409)
  get(
    @CurrentActor() actor: Actor | undefined,
    @Param('id', uuidParam('id')) id: string,
    @Param('rid', uuidParam('rid')) rid: string,
  ): Promise<BidResponseDto> {
    return this.responses.get(actor, id, rid);
  }

  @Post(':rid/scores')
  @HttpCode(200)
  @ApiParam({ name: 'rid', format: 'uuid' })
  @ApiOperation({
    summary: "Score a submitted response per criterion, 0 to 100 (buyers of the procurement's councils, after close, before award)",
    description: 'One agreed score per criterion; scoring a criterion again replaces its score. Scored on every criterion, the response becomes scored.',
  })
  @ApiOkResponse({ type: BidResponseDto })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  score(
    @CurrentActor() actor: Actor | undefined,
    @Param('id', uuidParam('id')) id: string,
    @Param('rid', uuidParam('rid')) rid: string,
    @Body() body: ScoreResponseRequestDto,
  ): Promise<BidResponseDto> {
    return this.scoring.score(actor, id, rid, body.scores);
  }
}
