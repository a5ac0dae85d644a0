import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AWARD_ROUTES, CONTRACT_LIMITS, type AwardRoute } from '@app/procurement';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { CPV_CODE_LENGTH, DATE_LENGTH, IsCalendarDate, MONEY_LENGTH } from './request-fields';

/** An existing arrangement of the buyer's council, for the register and the renewal pipeline. */
export class RecordContractRequestDto {
  @ApiProperty({ example: 'Revenues and benefits system', maxLength: CONTRACT_LIMITS.title })
  @IsString()
  @IsNotEmpty()
  @MaxLength(CONTRACT_LIMITS.title)
  title!: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: CONTRACT_LIMITS.description })
  @IsOptional()
  @IsString()
  @MaxLength(CONTRACT_LIMITS.description)
  description?: string | null;

  @ApiProperty({ example: 'Weald Digital Ltd', maxLength: CONTRACT_LIMITS.supplierName })
  @IsString()
  @IsNotEmpty()
  @MaxLength(CONTRACT_LIMITS.supplierName)
  supplierName!: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'The supplier, when it is registered here' })
  @IsOptional()
  @IsUUID()
  supplierId?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '01234567', description: "Companies House number; must match a registered supplier's", maxLength: CONTRACT_LIMITS.companyNumber })
  @IsOptional()
  @IsString()
  @MaxLength(CONTRACT_LIMITS.companyNumber)
  companyNumber?: string | null;

  @ApiProperty({ type: [String], example: ['72260000'], minItems: 1, maxItems: CONTRACT_LIMITS.cpvCodes, description: 'CPV codes that exist (GET /cpv)' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(CONTRACT_LIMITS.cpvCodes)
  @IsString({ each: true })
  @MaxLength(CPV_CODE_LENGTH, { each: true })
  cpvCodes!: string[];

  @ApiProperty({ example: '360000.00', description: 'Total value in pounds, at most 2 decimals', maxLength: MONEY_LENGTH })
  @IsString()
  @MaxLength(MONEY_LENGTH)
  value!: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: '120000.00', description: 'Pounds a year; when left out the pipeline annualises the total over the term', maxLength: MONEY_LENGTH })
  @IsOptional()
  @IsString()
  @MaxLength(MONEY_LENGTH)
  annualValue?: string | null;

  @ApiProperty({ format: 'date', example: '2023-04-01', maxLength: DATE_LENGTH })
  @IsCalendarDate()
  startDate!: string;

  @ApiProperty({ format: 'date', example: '2026-03-31', maxLength: DATE_LENGTH, description: 'On or after startDate' })
  @IsCalendarDate()
  endDate!: string;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, example: '2027-03-31', description: 'Latest date the extension options allow; on or after endDate' })
  @IsOptional()
  @IsCalendarDate()
  extensionUntil?: string | null;

  @ApiProperty({ enum: AWARD_ROUTES, description: 'direct award, competition, or a call-off from a framework' })
  @IsIn(AWARD_ROUTES)
  awardedVia!: AwardRoute;

  @ApiPropertyOptional({ description: "Whether the supplier was an SME at award; left out, a registered supplier's current status" })
  @IsOptional()
  @IsBoolean()
  supplierIsSme?: boolean;

  @ApiPropertyOptional({ description: "Whether the supplier was a VCSE at award; left out, a registered supplier's current status" })
  @IsOptional()
  @IsBoolean()
  supplierIsVcse?: boolean;
}
