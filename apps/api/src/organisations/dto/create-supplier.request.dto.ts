import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SUPPLIER_LIMITS } from '@app/organisations';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { OfficeRequestDto } from './office.request.dto';

// Money is a string of pounds: the longest the database can hold is 13 digits, a point and 2 decimals.
const MONEY_LENGTH = 16;

export class CreateSupplierRequestDto {
  @ApiProperty({ example: 'Weald Digital Ltd', maxLength: SUPPLIER_LIMITS.name })
  @IsString()
  @IsNotEmpty()
  @MaxLength(SUPPLIER_LIMITS.name)
  name!: string;

  @ApiProperty({
    example: '01234567',
    maxLength: SUPPLIER_LIMITS.companyNumber,
    description: 'Companies House number: 8 digits (leading zeros may be left off) or a 2-letter prefix such as SC, NI, OC and 6 digits',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(SUPPLIER_LIMITS.companyNumber)
  companyNumber!: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'GB123456789', description: 'GB and 9 or 12 digits', maxLength: SUPPLIER_LIMITS.vatNumber })
  @IsOptional()
  @IsString()
  @MaxLength(SUPPLIER_LIMITS.vatNumber)
  vatNumber?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '01622 000000', maxLength: SUPPLIER_LIMITS.phone })
  @IsOptional()
  @IsString()
  @MaxLength(SUPPLIER_LIMITS.phone)
  phone?: string | null;

  @ApiProperty({ example: 25, minimum: 0, maximum: SUPPLIER_LIMITS.maxStaff })
  @IsInt()
  @Min(0)
  @Max(SUPPLIER_LIMITS.maxStaff)
  staffCount!: number;

  @ApiProperty({ example: '2500000.00', description: 'Annual turnover in pounds, at most 2 decimals', maxLength: MONEY_LENGTH })
  @IsString()
  @MaxLength(MONEY_LENGTH)
  turnover!: string;

  @ApiProperty({ example: '800000.00', description: 'Balance-sheet total in pounds, at most 2 decimals', maxLength: MONEY_LENGTH })
  @IsString()
  @MaxLength(MONEY_LENGTH)
  balanceSheetTotal!: string;

  @ApiProperty({ example: false, description: 'Voluntary, community or social enterprise' })
  @IsBoolean()
  isVcse!: boolean;

  @ApiProperty({ type: [OfficeRequestDto], minItems: SUPPLIER_LIMITS.minOffices, maxItems: SUPPLIER_LIMITS.maxOffices })
  @IsArray()
  @ArrayMinSize(SUPPLIER_LIMITS.minOffices)
  @ArrayMaxSize(SUPPLIER_LIMITS.maxOffices)
  @ValidateNested({ each: true })
  @Type(() => OfficeRequestDto)
  offices!: OfficeRequestDto[];
}
