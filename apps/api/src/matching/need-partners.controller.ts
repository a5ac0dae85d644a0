import { Controller, Get, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { NeedPartnersService } from '@app/matching';
import type { Actor } from '@app/shared';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ApiProblems } from '../http/api-problems.decorator';
import { uuidParam } from '../http/uuid-param';
import { NeedPartnersResponseDto } from './dto/need-partners.response.dto';

@ApiTags('needs')
@ApiBearerAuth()
@Controller('needs/:id/partners')
export class NeedPartnersController {
  constructor(@Inject(NeedPartnersService) private readonly partners: NeedPartnersService) {}

  @Get()
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOperation({
    summary: 'Councils that could buy this need together with you',
    description:
      "Other councils' open needs open to collaboration, scored on CPV codes, text, timing, lot and region, with the reasons. " +
      "The need's own council's buyers and administrators only; anyone else gets 404. Recomputed by the worker when the need changes.",
  })
  @ApiOkResponse({ type: NeedPartnersResponseDto })
  @ApiProblems(400, 401, 403, 404)
  async list(@CurrentActor() actor: Actor | undefined, @Param('id', uuidParam('id')) id: string): Promise<NeedPartnersResponseDto> {
    return { items: await this.partners.list(actor, id) };
  }

  @Post(':partnerNeedId/dismiss')
  @HttpCode(204)
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiParam({ name: 'partnerNeedId', format: 'uuid' })
  @ApiOperation({ summary: 'Hide a partner suggestion', description: 'It stays hidden until this need changes. 404 for an unknown suggestion.' })
  @ApiNoContentResponse()
  @ApiProblems(400, 401, 403, 404)
  async dismiss(
    @CurrentActor() actor: Actor | undefined,
    @Param('id', uuidParam('id')) id: string,
    @Param('partnerNeedId', uuidParam('partnerNeedId')) partnerNeedId: string,
  ): Promise<void> {
    await this.partners.dismiss(actor, id, partnerNeedId);
  }
}
