import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { OPPORTUNITY_LIMITS } from '@app/procurement';
import { IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export class CriterionRequestDto {
  @ApiProperty({ example: 'Quality of the service', maxLength: OPPORTUNITY_LIMITS.criterionName })
  @IsString()
  @IsNotEmpty()
  @MaxLength(OPPORTUNITY_LIMITS.criterionName)
  name!: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'How well the service meets the user needs', maxLength: OPPORTUNITY_LIMITS.criterionDescription })
  @IsOptional()
  @IsString()
  @MaxLength(OPPORTUNITY_LIMITS.criterionDescription)
  description?: string | null;

  @ApiProperty({ example: 60, minimum: 1, maximum: 100, description: 'A whole percentage; the weights of an opportunity sum to 100' })
  @IsInt()
  @Min(1)
  @Max(100)
  weight!: number;
}
