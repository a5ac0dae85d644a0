import { ApiProperty } from '@nestjs/swagger';
import { AWARD_ROUTES, CONTRACT_SOURCES, type AwardRoute, type ContractSource } from '@app/procurement';
import { PageMetaResponseDto } from '../../../http/page.response.dto';

export class CouncilRefResponseDto {
  @ApiProperty({ example: 'E07000110', description: 'GSS code' })
  code!: string;

  @ApiProperty({ example: 'Maidstone Borough Council' })
  name!: string;
}

export class ContractResponseDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: CouncilRefResponseDto })
  council!: CouncilRefResponseDto;

  @ApiProperty({ enum: CONTRACT_SOURCES, description: 'recorded by the council, awarded here, or imported from OCDS' })
  source!: ContractSource;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The award that created it (source awarded)' })
  awardId!: string | null;

  @ApiProperty({ example: 'Revenues and benefits system' })
  title!: string;

  @ApiProperty()
  description!: string;

  @ApiProperty({ example: 'Weald Digital Ltd' })
  supplierName!: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  supplierId!: string | null;

  @ApiProperty({ type: String, nullable: true, example: '01234567' })
  supplierCompanyNumber!: string | null;

  @ApiProperty({ description: 'SME at award' })
  supplierIsSme!: boolean;

  @ApiProperty({ description: 'VCSE at award' })
  supplierIsVcse!: boolean;

  @ApiProperty({ type: [String], example: ['72260000'] })
  cpvCodes!: string[];

  @ApiProperty({ example: '360000.00', description: "Pounds; for an award, this council's share" })
  value!: string;

  @ApiProperty({ type: String, nullable: true, example: '120000.00', description: 'Pounds a year' })
  annualValue!: string | null;

  @ApiProperty({ format: 'date', example: '2023-04-01' })
  startDate!: string;

  @ApiProperty({ format: 'date', example: '2026-03-31' })
  endDate!: string;

  @ApiProperty({ type: String, format: 'date', nullable: true, example: '2027-03-31' })
  extensionUntil!: string | null;

  @ApiProperty({ enum: AWARD_ROUTES })
  awardedVia!: AwardRoute;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;
}

export class ContractPageResponseDto extends PageMetaResponseDto {
  @ApiProperty({ type: [ContractResponseDto], description: 'Soonest ending first' })
  items!: ContractResponseDto[];
}
