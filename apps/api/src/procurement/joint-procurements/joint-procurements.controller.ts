import { Body, Controller, Get, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { JointProcurementService } from '@app/procurement';
import type { Actor } from '@app/shared';
import { CurrentActor } from '../../auth/current-actor.decorator';
import { ApiProblems } from '../../http/api-problems.decorator';
import { uuidParam } from '../../http/uuid-param';
import { OpportunityDraftRequestDto } from '../opportunities/dto/opportunity-draft.request.dto';
import { PublishedOpportunityResponseDto } from '../opportunities/dto/opportunity.response.dto';
import { AcceptInvitationRequestDto } from './dto/accept-invitation.request.dto';
import { CreateJointProcurementRequestDto } from './dto/create-joint-procurement.request.dto';
import { InviteCouncilsRequestDto } from './dto/invite-councils.request.dto';
import { JointProcurementResponseDto } from './dto/joint-procurement.response.dto';
import { CancelRequestDto, OptionalReasonRequestDto } from './dto/reason.request.dto';

const STATES =
  'States: forming → published → evaluating → awarded | cancelled; invitations pending → accepted | declined | withdrawn. ' +
  'A request the current state does not allow answers 409 naming the state.';

@ApiTags('joint procurements')
@ApiBearerAuth()
@ApiParam({ name: 'id', format: 'uuid' })
@Controller('joint-procurements')
export class JointProcurementsController {
  constructor(@Inject(JointProcurementService) private readonly procurements: JointProcurementService) {}

  @Post()
  @ApiOperation({
    summary: "Start a joint procurement from one of the buyer's council's needs (the buyer's council leads)",
    description: `The need moves into the procurement. ${STATES} Audited.`,
  })
  @ApiCreatedResponse({ type: JointProcurementResponseDto })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  create(@CurrentActor() actor: Actor | undefined, @Body() body: CreateJointProcurementRequestDto): Promise<JointProcurementResponseDto> {
    return this.procurements.create(actor, body);
  }

  @Get(':id')
  @ApiOperation({
    summary: 'The working details of a joint procurement',
    description: 'For buyers of participating councils, councils with a pending invitation, and administrators; anyone else gets 404.',
  })
  @ApiOkResponse({ type: JointProcurementResponseDto })
  @ApiProblems(400, 401, 404)
  get(@CurrentActor() actor: Actor | undefined, @Param('id', uuidParam('id')) id: string): Promise<JointProcurementResponseDto> {
    return this.procurements.get(actor, id);
  }

  @Post(':id/invitations')
  @HttpCode(200)
  @ApiOperation({ summary: 'Invite councils by GSS code (lead buyers, while forming)', description: `Invited councils' buyers are notified. ${STATES}` })
  @ApiOkResponse({ type: JointProcurementResponseDto })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  invite(
    @CurrentActor() actor: Actor | undefined,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: InviteCouncilsRequestDto,
  ): Promise<JointProcurementResponseDto> {
    return this.procurements.invite(actor, id, body.councilCodes);
  }

  @Post(':id/invitations/:invitationId/accept')
  @HttpCode(200)
  @ApiParam({ name: 'invitationId', format: 'uuid' })
  @ApiOperation({
    summary: "Join with one of the council's open needs and a value share (buyers of the invited council)",
    description: `Another council's invitation answers 404. ${STATES}`,
  })
  @ApiOkResponse({ type: JointProcurementResponseDto })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  accept(
    @CurrentActor() actor: Actor | undefined,
    @Param('id', uuidParam('id')) id: string,
    @Param('invitationId', uuidParam('invitationId')) invitationId: string,
    @Body() body: AcceptInvitationRequestDto,
  ): Promise<JointProcurementResponseDto> {
    return this.procurements.accept(actor, id, invitationId, body);
  }

  @Post(':id/invitations/:invitationId/decline')
  @HttpCode(200)
  @ApiParam({ name: 'invitationId', format: 'uuid' })
  @ApiOperation({ summary: 'Decline an invitation (buyers of the invited council)', description: `Answers with the invitation only: the council no longer sees the working details. ${STATES}` })
  @ApiOkResponse({ type: JointProcurementResponseDto })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  decline(
    @CurrentActor() actor: Actor | undefined,
    @Param('id', uuidParam('id')) id: string,
    @Param('invitationId', uuidParam('invitationId')) invitationId: string,
    @Body() body: OptionalReasonRequestDto,
  ): Promise<JointProcurementResponseDto> {
    return this.procurements.decline(actor, id, invitationId, body.reason);
  }

  @Post(':id/invitations/:invitationId/withdraw')
  @HttpCode(200)
  @ApiParam({ name: 'invitationId', format: 'uuid' })
  @ApiOperation({ summary: 'Withdraw a pending invitation (lead buyers, while forming)', description: STATES })
  @ApiOkResponse({ type: JointProcurementResponseDto })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  withdraw(
    @CurrentActor() actor: Actor | undefined,
    @Param('id', uuidParam('id')) id: string,
    @Param('invitationId', uuidParam('invitationId')) invitationId: string,
    @Body() body: OptionalReasonRequestDto,
  ): Promise<JointProcurementResponseDto> {
    return this.procurements.withdrawInvitation(actor, id, invitationId, body.reason);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Cancel the joint procurement at any stage before award (lead buyers)',
    description: `Its opportunity is cancelled too, the needs return to their councils open, and responding suppliers are told the reason. ${STATES}`,
  })
  @ApiOkResponse({ type: JointProcurementResponseDto })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  cancel(@CurrentActor() actor: Actor | undefined, @Param('id', uuidParam('id')) id: string, @Body() body: CancelRequestDto): Promise<JointProcurementResponseDto> {
    return this.procurements.cancel(actor, id, body.reason);
  }

  @Post(':id/publish')
  @ApiOperation({
    summary: 'Publish the opportunity (lead buyers, while forming)',
    description:
      'Creates the public opportunity and answers it with the quality linter\'s warnings, which never block. Invitations still pending lapse. ' +
      `A tender window under 10 days is flagged for review. ${STATES}`,
  })
  @ApiCreatedResponse({ type: PublishedOpportunityResponseDto })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  publish(
    @CurrentActor() actor: Actor | undefined,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: OpportunityDraftRequestDto,
  ): Promise<PublishedOpportunityResponseDto> {
    return this.procurements.publish(actor, id, body);
  }
}
