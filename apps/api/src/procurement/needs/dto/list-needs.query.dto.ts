import { ApiPropertyOptional } from '@nestjs/swagger';
import { NEED_STATUSES, type NeedStatus } from '@app/procurement';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../../http/page-query.dto';
import { CPV_FILTER_PATTERN } from '../../contracts/dto/request-fields';

export class ListNeedsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'E07000110', description: 'GSS code of the council holding the need', maxLength: 9 })
  @IsOptional()
  @IsString()
  @MaxLength(9)
  council?: string;

  @ApiPropertyOptional({ example: '722', description: '2 to 8 digits a CPV code of the need starts with', maxLength: 8 })
  @IsOptional()
  @IsString()
  @MaxLength(8)
  @Matches(CPV_FILTER_PATTERN, { message: 'cpv must be 2 to 8 digits of a CPV code' })
  cpv?: string;

  @ApiPropertyOptional({ enum: NEED_STATUSES })
  @IsOptional()
  @IsIn(NEED_STATUSES)
  status?: NeedStatus;
}
