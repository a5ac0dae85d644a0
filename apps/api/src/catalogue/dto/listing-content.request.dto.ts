import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CYBER_ESSENTIALS_LEVELS, LISTING_LIMITS } from '@app/catalogue';
import type { CyberEssentialsLevel } from '@app/catalogue';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';

export class PricingRequestDto {
  @ApiProperty({ example: '120.00', description: 'Lowest price in pounds, at most 2 decimals', maxLength: LISTING_LIMITS.price })
  @IsString()
  @MaxLength(LISTING_LIMITS.price)
  min!: string;

  @ApiProperty({ example: '450.00', description: 'Highest price in pounds, at most 2 decimals', maxLength: LISTING_LIMITS.price })
  @IsString()
  @MaxLength(LISTING_LIMITS.price)
  max!: string;

  @ApiProperty({ example: 'per user per month', maxLength: LISTING_LIMITS.priceUnit })
  @IsString()
  @IsNotEmpty()
  @MaxLength(LISTING_LIMITS.priceUnit)
  unit!: string;
}

/** Every standard is optional: on create a missing one is false / none / empty; on a change it keeps its value. */
export class StandardsRequestDto {
  @ApiPropertyOptional({ description: 'The software is published under an open-source licence' })
  @IsOptional()
  @IsBoolean()
  openSource?: boolean;

  @ApiPropertyOptional({ description: 'The service has a documented, public API' })
  @IsOptional()
  @IsBoolean()
  openApi?: boolean;

  @ApiPropertyOptional({ type: [String], example: ['OpenID Connect', 'CSV'], maxItems: LISTING_LIMITS.openStandards })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LISTING_LIMITS.openStandards)
  @IsString({ each: true })
  @MaxLength(LISTING_LIMITS.openStandard, { each: true })
  openStandards?: string[];

  @ApiPropertyOptional({ type: [String], example: ['CSV', 'JSON'], maxItems: LISTING_LIMITS.dataExportFormats })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LISTING_LIMITS.dataExportFormats)
  @IsString({ each: true })
  @MaxLength(LISTING_LIMITS.dataExportFormat, { each: true })
  dataExportFormats?: string[];

  @ApiPropertyOptional({ description: 'Certified to ISO/IEC 27001' })
  @IsOptional()
  @IsBoolean()
  iso27001?: boolean;

  @ApiPropertyOptional({ enum: CYBER_ESSENTIALS_LEVELS, description: 'none, Cyber Essentials (basic) or Cyber Essentials Plus' })
  @IsOptional()
  @IsString()
  @IsIn(CYBER_ESSENTIALS_LEVELS)
  cyberEssentials?: CyberEssentialsLevel;

  @ApiPropertyOptional({ description: 'Data is hosted in the UK' })
  @IsOptional()
  @IsBoolean()
  ukHosting?: boolean;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'https://example.com/accessibility', maxLength: LISTING_LIMITS.url, description: 'An https address' })
  @IsOptional()
  @IsString()
  @MaxLength(LISTING_LIMITS.url)
  accessibilityStatementUrl?: string | null;
}

/**
 * The content fields of a listing but its name, all optional: a draft needs only a name, and the
 * quality checks at submission ask for the rest. Create and update add the name, required or not.
 */
export class ListingContentRequestDto {
  @ApiPropertyOptional({ maxLength: LISTING_LIMITS.summary, description: 'One or two sentences for search results' })
  @IsOptional()
  @IsString()
  @MaxLength(LISTING_LIMITS.summary)
  summary?: string;

  @ApiPropertyOptional({ maxLength: LISTING_LIMITS.description })
  @IsOptional()
  @IsString()
  @MaxLength(LISTING_LIMITS.description)
  description?: string;

  @ApiPropertyOptional({ type: [String], maxItems: LISTING_LIMITS.features, example: ['Online self-service for residents'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LISTING_LIMITS.features)
  @IsString({ each: true })
  @MaxLength(LISTING_LIMITS.item, { each: true })
  features?: string[];

  @ApiPropertyOptional({ type: [String], maxItems: LISTING_LIMITS.benefits, example: ['Fewer calls to the contact centre'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LISTING_LIMITS.benefits)
  @IsString({ each: true })
  @MaxLength(LISTING_LIMITS.item, { each: true })
  benefits?: string[];

  @ApiPropertyOptional({
    type: [String],
    maxItems: LISTING_LIMITS.categories,
    example: ['payroll'],
    description: "Slugs (or ids) of the lot's categories; no more than the lot's maxCategoriesPerService",
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LISTING_LIMITS.categories)
  @IsString({ each: true })
  @MaxLength(LISTING_LIMITS.categoryRef, { each: true })
  categories?: string[];

  @ApiPropertyOptional({ type: [String], maxItems: LISTING_LIMITS.cpvCodes, example: ['72260000'], description: 'CPV 2008 codes, 8 digits, optionally with the check digit' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LISTING_LIMITS.cpvCodes)
  @IsString({ each: true })
  @MaxLength(LISTING_LIMITS.cpvCode, { each: true })
  cpvCodes?: string[];

  @ApiPropertyOptional({ type: PricingRequestDto, nullable: true, description: 'null clears it' })
  @IsOptional()
  @ValidateNested()
  @Type(() => PricingRequestDto)
  pricing?: PricingRequestDto | null;

  @ApiPropertyOptional({ type: StandardsRequestDto, description: 'Open source, open standards, security and hosting' })
  @IsOptional()
  @ValidateNested()
  @Type(() => StandardsRequestDto)
  standards?: StandardsRequestDto;
}
