import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { NEED_LIMITS } from '@app/procurement';
import { IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { DATE_EXAMPLE, DATE_LENGTH, IsCalendarDate, MONEY_LENGTH } from '../../contracts/dto/request-fields';

/** The arrangement the need would replace. */
export class CurrentContractRequestDto {
  @ApiProperty({ example: 'Weald Digital Ltd', maxLength: NEED_LIMITS.supplierName })
  @IsString()
  @IsNotEmpty()
  @MaxLength(NEED_LIMITS.supplierName)
  supplierName!: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'The supplier, when it is registered here' })
  @IsOptional()
  @IsUUID()
  supplierId?: string | null;

  @ApiProperty({ example: DATE_EXAMPLE, format: 'date', maxLength: DATE_LENGTH })
  @IsCalendarDate()
  endDate!: string;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, example: '2027-03-31', description: 'Latest date the extension options allow; on or after endDate' })
  @IsOptional()
  @IsCalendarDate()
  extensionUntil?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '120000.00', description: 'Pounds a year, at most 2 decimals', maxLength: MONEY_LENGTH })
  @IsOptional()
  @IsString()
  @MaxLength(MONEY_LENGTH)
  annualValue?: string | null;
}
