import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../http/page-query.dto';
import { queryBoolean } from '../../http/query-transforms';

export class ListSuppliersQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ type: Boolean, description: 'Only SMEs (true) or only larger suppliers (false)' })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  sme?: boolean;

  @ApiPropertyOptional({ type: Boolean, description: 'Only VCSEs (true) or only others (false)' })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  vcse?: boolean;

  @ApiPropertyOptional({ example: 'E10000016', description: 'GSS code of a council the supplier must be local to', maxLength: 9 })
  @IsOptional()
  @IsString()
  @MaxLength(9)
  localTo?: string;
}
