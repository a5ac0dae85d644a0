import { ApiProperty } from '@nestjs/swagger';
import { INVITATION_STATUSES, JOINT_PROCUREMENT_STATUSES, type InvitationStatus, type JointProcurementStatus } from '@app/procurement';
import { CouncilNameResponseDto } from './council-name.response.dto';

class ParticipantNeedResponseDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Case management' })
  title!: string;

  @ApiProperty({ type: String, nullable: true, example: '150000.00', description: 'Pounds' })
  estimatedValue!: string | null;
}

export class ParticipantResponseDto {
  @ApiProperty({ type: CouncilNameResponseDto })
  council!: CouncilNameResponseDto;

  @ApiProperty()
  isLead!: boolean;

  @ApiProperty({ type: ParticipantNeedResponseDto })
  need!: ParticipantNeedResponseDto;

  @ApiProperty({ example: '150000.00', description: "Pounds: the council's part; the award is split in proportion to the shares" })
  valueShare!: string;

  @ApiProperty({ format: 'date-time' })
  joinedAt!: string;
}

export class InvitationResponseDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: CouncilNameResponseDto })
  council!: CouncilNameResponseDto;

  @ApiProperty({ enum: INVITATION_STATUSES })
  status!: InvitationStatus;

  @ApiProperty({ format: 'date-time' })
  invitedAt!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  answeredAt!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Why it was declined or withdrawn' })
  note!: string | null;
}

/** Working details: for buyers of participating or invited councils and administrators only. */
export class JointProcurementResponseDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Shared case management for Kent councils' })
  title!: string;

  @ApiProperty({ enum: JOINT_PROCUREMENT_STATUSES })
  status!: JointProcurementStatus;

  @ApiProperty({ type: CouncilNameResponseDto })
  leadCouncil!: CouncilNameResponseDto;

  @ApiProperty({ type: [ParticipantResponseDto], description: 'The lead first, then councils in the order they joined' })
  participants!: ParticipantResponseDto[];

  @ApiProperty({ type: [InvitationResponseDto] })
  invitations!: InvitationResponseDto[];

  @ApiProperty({ type: String, nullable: true, example: '240000.00', description: "Pounds: the participating needs' estimated values summed" })
  estimatedValue!: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  opportunityId!: string | null;

  @ApiProperty({ type: String, nullable: true })
  cancellationReason!: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  publishedAt!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  awardedAt!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  cancelledAt!: string | null;
}
