import { Body, Controller, Get, Inject, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { NeedService } from '@app/procurement';
import type { Actor } from '@app/shared';
import { CurrentActor } from '../../auth/current-actor.decorator';
import { ApiProblems } from '../../http/api-problems.decorator';
import { uuidParam } from '../../http/uuid-param';
import { CreateNeedRequestDto } from './dto/create-need.request.dto';
import { ListNeedsQueryDto } from './dto/list-needs.query.dto';
import { NeedPageResponseDto, NeedResponseDto } from './dto/need.response.dto';
import { UpdateNeedRequestDto } from './dto/update-need.request.dto';

@ApiTags('needs')
@ApiBearerAuth()
@Controller('needs')
export class NeedsController {
  constructor(@Inject(NeedService) private readonly needs: NeedService) {}

  @Post()
  @ApiOperation({
    summary: "Record a need of the signed-in buyer's council",
    description: 'CPV codes and the lot must exist; the wanted start may not be in the past; money in pounds. Audited.',
  })
  @ApiCreatedResponse({ type: NeedResponseDto })
  @ApiProblems(400, 401, 403, 422)
  create(@CurrentActor() actor: Actor | undefined, @Body() body: CreateNeedRequestDto): Promise<NeedResponseDto> {
    return this.needs.create(actor, body);
  }

  @Get()
  @ApiOperation({
    summary: "The buyer's council's needs, and other councils' needs open to collaboration",
    description: "Own council's needs in full (any status) come first; other councils' open, collaborative needs as summaries. Administrators see every need in full.",
  })
  @ApiOkResponse({ type: NeedPageResponseDto })
  @ApiProblems(400, 401, 403, 422)
  list(@CurrentActor() actor: Actor | undefined, @Query() query: ListNeedsQueryDto): Promise<NeedPageResponseDto> {
    return this.needs.list(actor, { council: query.council, cpv: query.cpv, status: query.status }, query.toPageRequest());
  }

  @Get(':id')
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOperation({
    summary: 'A need',
    description: "In full for its own council's buyers and administrators; a summary for other councils' buyers while it is open and open to collaboration; 404 otherwise.",
  })
  @ApiOkResponse({ type: NeedResponseDto })
  @ApiProblems(400, 401, 403, 404)
  get(@CurrentActor() actor: Actor | undefined, @Param('id', uuidParam('id')) id: string): Promise<NeedResponseDto> {
    return this.needs.get(actor, id);
  }

  @Patch(':id')
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOperation({
    summary: "Change, close or reopen a need (its own council's buyers)",
    description:
      'Fields left out keep their value; null clears an optional one; preferences merge. status closed closes an open need, open reopens ' +
      'one its buyers closed. Content changes need an open need (409 otherwise). Another council gets 404. Audited.',
  })
  @ApiOkResponse({ type: NeedResponseDto })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  update(
    @CurrentActor() actor: Actor | undefined,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: UpdateNeedRequestDto,
  ): Promise<NeedResponseDto> {
    return this.needs.update(actor, id, body);
  }
}
