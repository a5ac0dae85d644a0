import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { JOINT_PROCUREMENT_LIMITS } from '@app/procurement';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

/** Cancelling needs a reason: it is published to the suppliers who responded. */
export class CancelRequestDto {
  @ApiProperty({ example: 'The councils found a shared service elsewhere', maxLength: JOINT_PROCUREMENT_LIMITS.note })
  @IsString()
  @IsNotEmpty()
  @MaxLength(JOINT_PROCUREMENT_LIMITS.note)
  reason!: string;
}

/** Declining or withdrawing an invitation may say why. */
export class OptionalReasonRequestDto {
  @ApiPropertyOptional({ type: String, nullable: true, example: 'Our contract runs another two years', maxLength: JOINT_PROCUREMENT_LIMITS.note })
  @IsOptional()
  @IsString()
  @MaxLength(JOINT_PROCUREMENT_LIMITS.note)
  reason?: string | null;
}
