import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../http/page-query.dto';

export class ListCouncilsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Part of the name, any case', example: 'york', maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({
    description: 'Type code: NMD (district), UA (unitary), MD (metropolitan district), LBO (London borough), CC (City of London), CTY (county), COMB (combined authority), SRA (GLA)',
    example: 'CTY',
    maxLength: 10,
  })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  type?: string;

  @ApiPropertyOptional({ description: 'English region, as named by ONS', example: 'South East', maxLength: 50 })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  region?: string;
}
