import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SUPPLIER_LIMITS } from '@app/organisations';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

export class OfficeRequestDto {
  @ApiProperty({ example: 'E07000110', description: 'GSS code of the council the office is in', maxLength: SUPPLIER_LIMITS.councilCode })
  @IsString()
  @IsNotEmpty()
  @MaxLength(SUPPLIER_LIMITS.councilCode)
  councilCode!: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'ME14 1XQ', maxLength: SUPPLIER_LIMITS.postcode })
  @IsOptional()
  @IsString()
  @MaxLength(SUPPLIER_LIMITS.postcode)
  postcode?: string | null;
}
