import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { OPPORTUNITY_LIMITS, RESPONSE_LIMITS } from '@app/procurement';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';

export class ResponseAnswerRequestDto {
  @ApiProperty({ format: 'uuid', description: 'A criterion of the opportunity' })
  @IsUUID()
  criterionId!: string;

  @ApiProperty({ example: 'Our service records a visit once, offline on a phone, and syncs.', maxLength: RESPONSE_LIMITS.answer })
  @IsString()
  @MaxLength(RESPONSE_LIMITS.answer)
  answer!: string;
}

export class SaveResponseRequestDto {
  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: "One of the supplier's published listings on the opportunity's lot; left out, the first published one is used",
  })
  @IsOptional()
  @IsUUID()
  listingId?: string | null;

  @ApiProperty({ example: '180000.00', description: 'The whole-contract price in pounds, at most 2 decimals; it becomes the award value', maxLength: OPPORTUNITY_LIMITS.money })
  @IsString()
  @MaxLength(OPPORTUNITY_LIMITS.money)
  price!: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: RESPONSE_LIMITS.summary })
  @IsOptional()
  @IsString()
  @MaxLength(RESPONSE_LIMITS.summary)
  summary?: string | null;

  @ApiProperty({ type: [ResponseAnswerRequestDto], maxItems: OPPORTUNITY_LIMITS.criteria, description: 'One answer per criterion; a submission answers every criterion' })
  @IsArray()
  @ArrayMaxSize(OPPORTUNITY_LIMITS.criteria)
  @ValidateNested({ each: true })
  @Type(() => ResponseAnswerRequestDto)
  answers!: ResponseAnswerRequestDto[];

  @ApiProperty({ description: 'true submits (replacing an earlier submission); false saves a draft, which buyers never see' })
  @IsBoolean()
  submit!: boolean;
}
