import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../http/page-query.dto';
import { queryBoolean } from '../../http/query-transforms';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export class SearchListingsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    description: 'Free text in web-search syntax: words, "quoted phrases", -excluded, or. Misspelt service or supplier names still find close matches.',
    example: 'case management',
    maxLength: 10_000,
  })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  q?: string;

  @ApiPropertyOptional({ example: 'g-cloud-13', description: 'Framework slug' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @Matches(SLUG, { message: 'framework must be a framework slug such as g-cloud-13' })
  framework?: string;

  @ApiPropertyOptional({ example: 'cloud-software', description: 'Lot slug' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @Matches(SLUG, { message: 'lot must be a lot slug such as cloud-software' })
  lot?: string;

  @ApiPropertyOptional({ example: 'payroll', description: 'Category slug' })
  @IsOptional()
  @IsString()
  @MaxLength(150)
  @Matches(SLUG, { message: 'category must be a category slug such as payroll' })
  category?: string;

  @ApiPropertyOptional({ example: '7226', description: 'CPV code or prefix; 72 finds the whole IT services division' })
  @IsOptional()
  @IsString()
  @Matches(/^\d{2,8}(-\d)?$/, { message: 'cpv must be 2 to 8 digits of a CPV code, such as 72 or 72260000' })
  cpv?: string;

  @ApiPropertyOptional({ type: Boolean, description: 'Only SME suppliers (true) or only larger ones (false)' })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  sme?: boolean;

  @ApiPropertyOptional({ type: Boolean, description: 'Only VCSE suppliers' })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  vcse?: boolean;

  @ApiPropertyOptional({ example: 'E08000035', description: 'GSS code: suppliers local to this council through its county and combined authority' })
  @IsOptional()
  @IsString()
  @Matches(/^E\d{8}$/, { message: 'localTo must be a council GSS code such as E08000035' })
  localTo?: string;

  @ApiPropertyOptional({ type: Boolean })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  openSource?: boolean;

  @ApiPropertyOptional({ type: Boolean })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  openApi?: boolean;

  @ApiPropertyOptional({ type: Boolean, description: 'Only services hosted in the UK' })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  ukHosting?: boolean;

  @ApiPropertyOptional({ example: '5000.00', description: 'Pounds: services whose minimum price is at most this' })
  @IsOptional()
  @IsString()
  @Matches(/^(0|[1-9]\d{0,12})(\.\d{1,2})?$/, { message: 'maxPrice must be an amount of pounds such as 5000 or 5000.00' })
  maxPrice?: string;
}
