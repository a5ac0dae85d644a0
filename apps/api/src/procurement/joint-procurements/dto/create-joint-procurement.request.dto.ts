import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { JOINT_PROCUREMENT_LIMITS, OPPORTUNITY_LIMITS } from '@app/procurement';
import { IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

export class CreateJointProcurementRequestDto {
  @ApiProperty({ example: 'Shared case management for Kent councils', maxLength: JOINT_PROCUREMENT_LIMITS.title })
  @IsString()
  @IsNotEmpty()
  @MaxLength(JOINT_PROCUREMENT_LIMITS.title)
  title!: string;

  @ApiProperty({ format: 'uuid', description: "An open need of the buyer's council; it moves into the procurement" })
  @IsUUID()
  needId!: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '150000.00',
    description: "Pounds: the lead council's part of the spend; defaults to the need's estimated value",
    maxLength: OPPORTUNITY_LIMITS.money,
  })
  @IsOptional()
  @IsString()
  @MaxLength(OPPORTUNITY_LIMITS.money)
  valueShare?: string | null;
}
