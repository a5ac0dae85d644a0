import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageMetaResponseDto } from '../../http/page.response.dto';

const PRIVATE = "Only for the supplier's own users and administrators";

export class SupplierOfficeResponseDto {
  @ApiProperty({ example: 'E07000110' })
  councilCode!: string;

  @ApiProperty({ example: 'Maidstone Borough Council' })
  councilName!: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'ME14 1XQ', description: PRIVATE })
  postcode?: string | null;
}

/** One shape for both views: the private fields are present only for those allowed to see them. */
export class SupplierResponseDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Weald Digital Ltd' })
  name!: string;

  @ApiProperty({ example: '01234567' })
  companyNumber!: string;

  @ApiProperty({ description: 'Derived: fewer than 250 staff and turnover ≤ £44m or balance sheet ≤ £38m (Procurement Act 2023)' })
  isSme!: boolean;

  @ApiProperty()
  isVcse!: boolean;

  @ApiProperty({ type: [SupplierOfficeResponseDto] })
  offices!: SupplierOfficeResponseDto[];

  @ApiProperty({
    type: [String],
    example: ['E07000105', 'E07000110', 'E10000016'],
    description: 'Derived: GSS codes of the councils whose area meets the area (council, county, combined authority) of an office',
  })
  localTo!: string[];

  @ApiPropertyOptional({ type: String, nullable: true, example: 'GB123456789', description: PRIVATE })
  vatNumber?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '01622 000000', description: PRIVATE })
  phone?: string | null;

  @ApiPropertyOptional({ example: 25, description: PRIVATE })
  staffCount?: number;

  @ApiPropertyOptional({ example: '2500000.00', description: `${PRIVATE}; pounds` })
  turnover?: string;

  @ApiPropertyOptional({ example: '800000.00', description: `${PRIVATE}; pounds` })
  balanceSheetTotal?: string;

  @ApiPropertyOptional({ enum: ['active', 'suspended'], description: PRIVATE })
  status?: 'active' | 'suspended';

  @ApiPropertyOptional({ format: 'date-time', description: PRIVATE })
  createdAt?: string;

  @ApiPropertyOptional({ format: 'date-time', description: PRIVATE })
  updatedAt?: string;
}

export class SupplierPageResponseDto extends PageMetaResponseDto {
  @ApiProperty({ type: [SupplierResponseDto], description: 'Public profiles of active suppliers, by name' })
  items!: SupplierResponseDto[];
}
