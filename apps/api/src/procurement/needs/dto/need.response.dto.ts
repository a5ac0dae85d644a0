import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { NEED_STATUSES, type NeedClosure, type NeedStatus } from '@app/procurement';
import { CouncilRefResponseDto } from '../../contracts/dto/contract.response.dto';
import { PageMetaResponseDto } from '../../../http/page.response.dto';

const FULL = "Only for the need's own council's buyers and administrators";

export class CurrentContractResponseDto {
  @ApiProperty({ example: 'Weald Digital Ltd' })
  supplierName!: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  supplierId!: string | null;

  @ApiProperty({ format: 'date', example: '2026-03-31' })
  endDate!: string;

  @ApiProperty({ type: String, format: 'date', nullable: true, example: '2027-03-31' })
  extensionUntil!: string | null;

  @ApiProperty({ type: String, nullable: true, example: '120000.00', description: 'Pounds a year' })
  annualValue!: string | null;
}

export class NeedPreferencesResponseDto {
  @ApiProperty()
  sme!: boolean;

  @ApiProperty()
  local!: boolean;

  @ApiProperty()
  openSource!: boolean;

  @ApiProperty()
  openStandards!: boolean;

  @ApiProperty()
  ukHosting!: boolean;
}

/**
 * One shape for both views: `access` says which. Another council's collaborative need is a
 * summary (what and when); the commercial fields are present only in full.
 */
export class NeedResponseDto {
  @ApiProperty({ enum: ['full', 'summary'] })
  access!: 'full' | 'summary';

  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: CouncilRefResponseDto })
  council!: CouncilRefResponseDto;

  @ApiProperty({ enum: NEED_STATUSES })
  status!: NeedStatus;

  @ApiProperty({ example: 'Revenues and benefits system' })
  title!: string;

  @ApiProperty({ type: [String], example: ['72260000'] })
  cpvCodes!: string[];

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  lotId!: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true, example: '2026-10-01' })
  wantedStartDate!: string | null;

  @ApiProperty()
  openToCollaboration!: boolean;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, description: 'Summary only: when the current contract ends' })
  currentContractEndDate?: string | null;

  @ApiPropertyOptional({ enum: ['closed-by-buyer', 'joint-procurement'], nullable: true, description: `${FULL}; why a closed need closed` })
  closure?: NeedClosure | null;

  @ApiPropertyOptional({ description: FULL })
  description?: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: '450000.00', description: `${FULL}; pounds` })
  estimatedValue?: string | null;

  @ApiPropertyOptional({ type: CurrentContractResponseDto, nullable: true, description: FULL })
  currentContract?: CurrentContractResponseDto | null;

  @ApiPropertyOptional({ type: NeedPreferencesResponseDto, description: FULL })
  preferences?: NeedPreferencesResponseDto;

  @ApiPropertyOptional({ format: 'date-time', description: FULL })
  createdAt?: string;

  @ApiPropertyOptional({ format: 'date-time', description: FULL })
  updatedAt?: string;
}

export class NeedPageResponseDto extends PageMetaResponseDto {
  @ApiProperty({ type: [NeedResponseDto], description: "Own council's needs first (full), then other councils' collaborative needs (summary)" })
  items!: NeedResponseDto[];
}
