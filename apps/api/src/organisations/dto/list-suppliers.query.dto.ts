import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../http/page-query.dto';

// Query strings carry text: only the words true and false become booleans, anything else fails IsBoolean.
const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class ListSuppliersQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ type: Boolean, description: 'Only SMEs (true) or only larger suppliers (false)' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  sme?: boolean;

  @ApiPropertyOptional({ type: Boolean, description: 'Only VCSEs (true) or only others (false)' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  vcse?: boolean;

  @ApiPropertyOptional({ example: 'E10000016', description: 'GSS code of a council the supplier must be local to', maxLength: 9 })
  @IsOptional()
  @IsString()
  @MaxLength(9)
  localTo?: string;
}
