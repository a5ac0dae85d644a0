import { ApiProperty } from '@nestjs/swagger';
import { JOINT_PROCUREMENT_LIMITS } from '@app/procurement';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsString, MaxLength } from 'class-validator';

export class InviteCouncilsRequestDto {
  @ApiProperty({ type: [String], example: ['E07000105', 'E10000016'], minItems: 1, maxItems: JOINT_PROCUREMENT_LIMITS.invitations, description: 'GSS codes of current English councils' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(JOINT_PROCUREMENT_LIMITS.invitations)
  @IsString({ each: true })
  @MaxLength(9, { each: true })
  councilCodes!: string[];
}
