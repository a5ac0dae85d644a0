import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MAX_SCORE, MIN_SCORE, SCORE_LIMITS } from '@app/procurement';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';

export class CriterionScoreRequestDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  criterionId!: string;

  @ApiProperty({ example: 80, minimum: MIN_SCORE, maximum: MAX_SCORE, description: 'Whole points; 100 fully meets the criterion' })
  @IsInt()
  @Min(MIN_SCORE)
  @Max(MAX_SCORE)
  score!: number;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: SCORE_LIMITS.comment })
  @IsOptional()
  @IsString()
  @MaxLength(SCORE_LIMITS.comment)
  comment?: string | null;
}

export class ScoreResponseRequestDto {
  @ApiProperty({ type: [CriterionScoreRequestDto], minItems: 1, maxItems: SCORE_LIMITS.scores, description: 'Agreed scores; a criterion scored again is replaced' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(SCORE_LIMITS.scores)
  @ValidateNested({ each: true })
  @Type(() => CriterionScoreRequestDto)
  scores!: CriterionScoreRequestDto[];
}
