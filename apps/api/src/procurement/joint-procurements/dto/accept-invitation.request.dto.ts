import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { OPPORTUNITY_LIMITS } from '@app/procurement';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

export class AcceptInvitationRequestDto {
  @ApiProperty({ format: 'uuid', description: "An open need of the buyer's council; it moves into the procurement" })
  @IsUUID()
  needId!: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '90000.00',
    description: "Pounds: this council's part of the spend; defaults to the need's estimated value",
    maxLength: OPPORTUNITY_LIMITS.money,
  })
  @IsOptional()
  @IsString()
  @MaxLength(OPPORTUNITY_LIMITS.money)
  valueShare?: string | null;
}
