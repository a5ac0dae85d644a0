import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { OPPORTUNITY_LIMITS, ROUTES, type Route } from '@app/procurement';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { CriterionRequestDto } from './criterion.request.dto';

/** What a buyer writes to publish an opportunity (and what the linter checks). */
export class OpportunityDraftRequestDto {
  @ApiProperty({ example: 'Case management for adult social care', maxLength: OPPORTUNITY_LIMITS.title })
  @IsString()
  @IsNotEmpty()
  @MaxLength(OPPORTUNITY_LIMITS.title)
  title!: string;

  @ApiProperty({ enum: ROUTES, description: 'framework: a call-off from a lot, only suppliers with a published listing on it may respond; open: any supplier' })
  @IsIn(ROUTES)
  route!: Route;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'The framework lot (GET /frameworks/:slug); required on the framework route, left out on the open route' })
  @IsOptional()
  @IsUUID()
  lotId?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'The problem the councils need solved', maxLength: OPPORTUNITY_LIMITS.requirement })
  @IsOptional()
  @IsString()
  @MaxLength(OPPORTUNITY_LIMITS.requirement)
  problemStatement?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Who the users are and what they need to do', maxLength: OPPORTUNITY_LIMITS.requirement })
  @IsOptional()
  @IsString()
  @MaxLength(OPPORTUNITY_LIMITS.requirement)
  userNeeds?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'What is in and out of scope', maxLength: OPPORTUNITY_LIMITS.requirement })
  @IsOptional()
  @IsString()
  @MaxLength(OPPORTUNITY_LIMITS.requirement)
  scope?: string | null;

  @ApiProperty({ example: '250000.00', description: 'Pounds, at most 2 decimals, more than zero', maxLength: OPPORTUNITY_LIMITS.money })
  @IsString()
  @MaxLength(OPPORTUNITY_LIMITS.money)
  budget!: string;

  @ApiProperty({
    format: 'date-time',
    example: '2030-03-31T12:00:00Z',
    description: `With a time zone; at least ${OPPORTUNITY_LIMITS.minOpenHours} hour and at most ${OPPORTUNITY_LIMITS.maxOpenDays} days after publication. Under 10 days is flagged for review.`,
    maxLength: 40,
  })
  @IsString()
  @MaxLength(40)
  @IsISO8601({ strict: true })
  closingAt!: string;

  @ApiProperty({ type: [CriterionRequestDto], minItems: 1, maxItems: OPPORTUNITY_LIMITS.criteria, description: 'Weights sum to 100' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(OPPORTUNITY_LIMITS.criteria)
  @ValidateNested({ each: true })
  @Type(() => CriterionRequestDto)
  criteria!: CriterionRequestDto[];
}
