import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ListingModerationService } from '@app/catalogue';
import type { Actor } from '@app/shared';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ApiProblems } from '../http/api-problems.decorator';
import { uuidParam } from '../http/uuid-param';
import { ListingReasonRequestDto, RejectListingRequestDto, RevertListingRequestDto } from './dto/listing-decision.request.dto';
import { ListingResponseDto } from './dto/listing.response.dto';

const DECISION = 'Administrators only. Audited, and the supplier’s users are told in the app. A listing not in a state that allows it answers 409 naming its state.';

@ApiTags('administration')
@ApiBearerAuth()
@Controller('admin/listings')
export class AdminListingsController {
  constructor(@Inject(ListingModerationService) private readonly moderation: ListingModerationService) {}

  @Post(':id/approve')
  @HttpCode(200)
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOperation({ summary: 'Publish a submitted listing, or make its pending revision the published text', description: DECISION })
  @ApiOkResponse({ type: ListingResponseDto })
  @ApiProblems(400, 401, 403, 404, 409)
  approve(@CurrentActor() actor: Actor | undefined, @Param('id', uuidParam('id')) id: string): Promise<ListingResponseDto> {
    return this.moderation.approve(actor, id);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOperation({
    summary: 'Reject a submitted listing (the supplier may edit and resubmit) or its pending revision (the published text stays)',
    description: DECISION,
  })
  @ApiOkResponse({ type: ListingResponseDto })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  reject(
    @CurrentActor() actor: Actor | undefined,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: RejectListingRequestDto,
  ): Promise<ListingResponseDto> {
    return this.moderation.reject(actor, id, body.reason);
  }

  @Post(':id/suspend')
  @HttpCode(200)
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOperation({ summary: 'Hide a published listing from buyers until it is reinstated', description: DECISION })
  @ApiOkResponse({ type: ListingResponseDto })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  suspend(
    @CurrentActor() actor: Actor | undefined,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: ListingReasonRequestDto,
  ): Promise<ListingResponseDto> {
    return this.moderation.suspend(actor, id, body.reason);
  }

  @Post(':id/reinstate')
  @HttpCode(200)
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOperation({ summary: 'Publish a suspended listing again', description: DECISION })
  @ApiOkResponse({ type: ListingResponseDto })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  reinstate(
    @CurrentActor() actor: Actor | undefined,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: ListingReasonRequestDto,
  ): Promise<ListingResponseDto> {
    return this.moderation.reinstate(actor, id, body.reason);
  }

  @Post(':id/revert')
  @HttpCode(200)
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOperation({
    summary: 'Republish an earlier published version as a new version',
    description: `The version on show is superseded; every version stays in the history. Not while a revision is pending. ${DECISION}`,
  })
  @ApiOkResponse({ type: ListingResponseDto })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  revert(
    @CurrentActor() actor: Actor | undefined,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: RevertListingRequestDto,
  ): Promise<ListingResponseDto> {
    return this.moderation.revert(actor, id, body.version, body.reason);
  }
}
