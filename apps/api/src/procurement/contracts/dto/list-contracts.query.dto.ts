import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../../http/page-query.dto';
import { CPV_FILTER_PATTERN, IsCalendarDate } from './request-fields';

export class ListContractsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'E07000110', description: 'GSS code of the council holding the contract', maxLength: 9 })
  @IsOptional()
  @IsString()
  @MaxLength(9)
  council?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'A registered supplier' })
  @IsOptional()
  @IsUUID()
  supplier?: string;

  @ApiPropertyOptional({ example: '722', description: '2 to 8 digits a CPV code of the contract starts with', maxLength: 8 })
  @IsOptional()
  @IsString()
  @MaxLength(8)
  @Matches(CPV_FILTER_PATTERN, { message: 'cpv must be 2 to 8 digits of a CPV code' })
  cpv?: string;

  @ApiPropertyOptional({ format: 'date', example: '2026-12-31', description: 'Ends on or before this date' })
  @IsOptional()
  @IsCalendarDate()
  endBefore?: string;

  @ApiPropertyOptional({ format: 'date', example: '2026-01-01', description: 'Ends on or after this date' })
  @IsOptional()
  @IsCalendarDate()
  endAfter?: string;
}
