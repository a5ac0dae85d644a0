import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { OpportunityMatchesService } from '@app/matching';
import type { Actor } from '@app/shared';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ApiProblems } from '../http/api-problems.decorator';
import { uuidParam } from '../http/uuid-param';
import { OpportunityMatchesResponseDto } from './dto/opportunity-matches.response.dto';

@ApiTags('opportunities')
@ApiBearerAuth()
@Controller('opportunities/:id/matches')
export class OpportunityMatchesController {
  constructor(@Inject(OpportunityMatchesService) private readonly matches: OpportunityMatchesService) {}

  @Get()
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOperation({
    summary: 'Listings that fit this opportunity',
    description:
      'Published listings on its lot, ranked by relevance (CPV, text) and the buyers\' preferences, with reasons and SME, VCSE and local flags. ' +
      'Buyers of a participating council and administrators only; anyone else gets 404.',
  })
  @ApiOkResponse({ type: OpportunityMatchesResponseDto })
  @ApiProblems(400, 401, 403, 404)
  async list(@CurrentActor() actor: Actor | undefined, @Param('id', uuidParam('id')) id: string): Promise<OpportunityMatchesResponseDto> {
    return { items: await this.matches.list(actor, id) };
  }
}
