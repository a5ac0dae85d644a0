import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class SupplierModerationRequestDto {
  @ApiPropertyOptional({ example: 'Company dissolved at Companies House', maxLength: 1000, description: 'Kept in the audit log' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string;
}
