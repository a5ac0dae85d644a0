import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FRAMEWORK_LIMITS, FRAMEWORK_STATUSES } from '@app/catalogue';
import type { FrameworkStatus } from '@app/catalogue';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { CategoryRequestDto, LotRequestDto } from './create-framework.request.dto';

export class AddCategoryRequestDto extends CategoryRequestDto {
  @ApiProperty({ example: 'cloud-software', maxLength: FRAMEWORK_LIMITS.slug, description: 'Slug of an existing lot, or of one added in the same change' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(FRAMEWORK_LIMITS.slug)
  lot!: string;
}

/** Every field optional; lots and categories are only ever added. */
export class UpdateFrameworkRequestDto {
  @ApiPropertyOptional({ maxLength: FRAMEWORK_LIMITS.name })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(FRAMEWORK_LIMITS.name)
  name?: string;

  @ApiPropertyOptional({ maxLength: FRAMEWORK_LIMITS.description })
  @IsOptional()
  @IsString()
  @MaxLength(FRAMEWORK_LIMITS.description)
  description?: string;

  @ApiPropertyOptional({
    enum: FRAMEWORK_STATUSES,
    description: 'Only the next step: coming → open → live → expired. Anything else answers 409 naming the current status.',
  })
  @IsOptional()
  @IsString()
  @IsIn(FRAMEWORK_STATUSES)
  status?: FrameworkStatus;

  @ApiPropertyOptional({ type: [LotRequestDto], maxItems: FRAMEWORK_LIMITS.lots })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(FRAMEWORK_LIMITS.lots)
  @ValidateNested({ each: true })
  @Type(() => LotRequestDto)
  addLots?: LotRequestDto[];

  @ApiPropertyOptional({ type: [AddCategoryRequestDto], maxItems: FRAMEWORK_LIMITS.categoriesPerLot })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(FRAMEWORK_LIMITS.categoriesPerLot)
  @ValidateNested({ each: true })
  @Type(() => AddCategoryRequestDto)
  addCategories?: AddCategoryRequestDto[];
}
