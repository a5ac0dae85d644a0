import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { PipelineService } from '@app/procurement';
import type { Actor } from '@app/shared';
import { CurrentActor } from '../../auth/current-actor.decorator';
import { ApiProblems } from '../../http/api-problems.decorator';
import { PipelineQueryDto } from './dto/pipeline.query.dto';
import { PipelineResponseDto } from './dto/pipeline.response.dto';

@ApiTags('pipeline')
@ApiBearerAuth()
@Controller('councils')
export class PipelineController {
  constructor(@Inject(PipelineService) private readonly pipeline: PipelineService) {}

  @Get(':code/pipeline')
  @ApiParam({ name: 'code', description: 'GSS code', example: 'E07000110' })
  @ApiOperation({
    summary: "A council's renewal pipeline (its buyers and administrators)",
    description:
      'Contracts ending within the horizon, each with a recommendation and every reason: joint re-tender when other councils have similar ' +
      'contracts or collaborative needs within 6 months of the end; else renegotiate when the annual price is above the median of at least 3 ' +
      'peers in the same CPV group (first 3 digits); else renew when an extension is left; else re-tender. Anyone else gets 404.',
  })
  @ApiOkResponse({ type: PipelineResponseDto })
  @ApiProblems(400, 401, 403, 404, 422)
  get(@CurrentActor() actor: Actor | undefined, @Param('code') code: string, @Query() query: PipelineQueryDto): Promise<PipelineResponseDto> {
    return this.pipeline.forCouncil(actor, code, query.horizonMonths);
  }
}
