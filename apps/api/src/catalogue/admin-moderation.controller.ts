import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ListingModerationService } from '@app/catalogue';
import type { Actor } from '@app/shared';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ApiProblems } from '../http/api-problems.decorator';
import { PageQueryDto } from '../http/page-query.dto';
import { ModerationPageResponseDto } from './dto/moderation.response.dto';

@ApiTags('administration')
@ApiBearerAuth()
@Controller('admin/moderation')
export class AdminModerationController {
  constructor(@Inject(ListingModerationService) private readonly moderation: ListingModerationService) {}

  @Get()
  @ApiOperation({
    summary: 'Listings waiting for a decision: new submissions and pending revisions (administrators only)',
    description: 'Highest quality score first, then oldest first. Each revision lists what it changes against the published text.',
  })
  @ApiOkResponse({ type: ModerationPageResponseDto })
  @ApiProblems(400, 401, 403)
  queue(@CurrentActor() actor: Actor | undefined, @Query() query: PageQueryDto): Promise<ModerationPageResponseDto> {
    return this.moderation.queue(actor, query.toPageRequest());
  }
}
