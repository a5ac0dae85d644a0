import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FRAMEWORK_LIMITS } from '@app/catalogue';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

export class CategoryRequestDto {
  @ApiProperty({ example: 'Payroll', maxLength: FRAMEWORK_LIMITS.categoryName, description: 'The slug is made from it' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(FRAMEWORK_LIMITS.categoryName)
  name!: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Accounting and finance', maxLength: FRAMEWORK_LIMITS.categoryName })
  @IsOptional()
  @IsString()
  @MaxLength(FRAMEWORK_LIMITS.categoryName)
  parentName?: string | null;
}

export class LotRequestDto {
  @ApiProperty({ example: 'cloud-software', maxLength: FRAMEWORK_LIMITS.slug, description: 'Lower-case letters, digits and hyphens; unique in the framework' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(FRAMEWORK_LIMITS.slug)
  slug!: string;

  @ApiProperty({ example: 'Cloud software', maxLength: FRAMEWORK_LIMITS.name })
  @IsString()
  @IsNotEmpty()
  @MaxLength(FRAMEWORK_LIMITS.name)
  name!: string;

  @ApiPropertyOptional({ maxLength: FRAMEWORK_LIMITS.description })
  @IsOptional()
  @IsString()
  @MaxLength(FRAMEWORK_LIMITS.description)
  description?: string;

  @ApiProperty({ example: 20, minimum: 1, maximum: FRAMEWORK_LIMITS.maxCategoriesPerService })
  @IsInt()
  @Min(1)
  @Max(FRAMEWORK_LIMITS.maxCategoriesPerService)
  maxCategoriesPerService!: number;

  @ApiPropertyOptional({ type: [CategoryRequestDto], maxItems: FRAMEWORK_LIMITS.categoriesPerLot })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(FRAMEWORK_LIMITS.categoriesPerLot)
  @ValidateNested({ each: true })
  @Type(() => CategoryRequestDto)
  categories?: CategoryRequestDto[];
}

export class CreateFrameworkRequestDto {
  @ApiProperty({ example: 'g-cloud-14', maxLength: FRAMEWORK_LIMITS.slug, description: 'Lower-case letters, digits and hyphens; unique' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(FRAMEWORK_LIMITS.slug)
  slug!: string;

  @ApiProperty({ example: 'G-Cloud 14', maxLength: FRAMEWORK_LIMITS.name })
  @IsString()
  @IsNotEmpty()
  @MaxLength(FRAMEWORK_LIMITS.name)
  name!: string;

  @ApiPropertyOptional({ maxLength: FRAMEWORK_LIMITS.description })
  @IsOptional()
  @IsString()
  @MaxLength(FRAMEWORK_LIMITS.description)
  description?: string;

  @ApiProperty({ type: [LotRequestDto], minItems: 1, maxItems: FRAMEWORK_LIMITS.lots })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(FRAMEWORK_LIMITS.lots)
  @ValidateNested({ each: true })
  @Type(() => LotRequestDto)
  lots!: LotRequestDto[];
}
