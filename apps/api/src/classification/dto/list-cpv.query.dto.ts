import { ApiPropertyOptional } from '@nestjs/swagger';
import { CPV_LEVELS, type CpvLevel } from '@app/classification';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../http/page-query.dto';

export class ListCpvQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    description: 'Words each starting a word of the label (softw develop); digits search by code prefix',
    example: 'software development',
    maxLength: 100,
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ description: 'Code prefix: 722 finds every 722xxxxx code', example: '722', maxLength: 8 })
  @IsOptional()
  @IsString()
  @MaxLength(8)
  code?: string;

  @ApiPropertyOptional({ enum: CPV_LEVELS })
  @IsOptional()
  @IsIn(CPV_LEVELS)
  level?: CpvLevel;
}
