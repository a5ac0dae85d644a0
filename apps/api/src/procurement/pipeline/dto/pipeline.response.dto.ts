import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { RECOMMENDATIONS, type Recommendation } from '@app/procurement';
import { ContractResponseDto, CouncilRefResponseDto } from '../../contracts/dto/contract.response.dto';

const REASON_CODES = [
  'partners-found',
  'no-partners',
  'price-above-median',
  'price-not-above-median',
  'too-few-peer-prices',
  'extension-available',
  'no-extension',
] as const;

export class PartnerEvidenceResponseDto {
  @ApiProperty({ enum: ['contract', 'need'] })
  kind!: 'contract' | 'need';

  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty({ enum: ['contract-end', 'wanted-start', 'current-contract-end'] })
  dateKind!: 'contract-end' | 'wanted-start' | 'current-contract-end';

  @ApiProperty({ format: 'date' })
  date!: string;

  @ApiProperty({ example: 2, description: "Whole months between this date and the contract's end" })
  monthsApart!: number;
}

export class PartnerResponseDto {
  @ApiProperty({ example: 'E07000105' })
  councilCode!: string;

  @ApiProperty({ example: 'Ashford Borough Council' })
  councilName!: string;

  @ApiProperty({ type: [PartnerEvidenceResponseDto] })
  evidence!: PartnerEvidenceResponseDto[];
}

/** One finding of one rule; which fields are present depends on the code. */
export class RecommendationReasonResponseDto {
  @ApiProperty({ enum: REASON_CODES })
  code!: (typeof REASON_CODES)[number];

  @ApiProperty({ example: '£130000.00 a year is £30000.00 (30%) above the median of 3 similar contracts, £100000.00' })
  summary!: string;

  @ApiPropertyOptional({ example: 6, description: 'partners-found, no-partners' })
  windowMonths?: number;

  @ApiPropertyOptional({ type: [PartnerResponseDto], description: 'partners-found' })
  partners?: PartnerResponseDto[];

  @ApiPropertyOptional({ example: '130000.00', description: 'price-*: pounds a year' })
  annualValue?: string;

  @ApiPropertyOptional({ example: '100000.00', description: 'price-*: median of peers, pounds a year' })
  peerMedian?: string;

  @ApiPropertyOptional({ example: 3, description: 'price-*, too-few-peer-prices' })
  peerCount?: number;

  @ApiPropertyOptional({ example: '30000.00', description: 'price-above-median: pounds a year' })
  aboveBy?: string;

  @ApiPropertyOptional({ type: Number, nullable: true, example: 30, description: 'price-above-median: percent, one decimal' })
  aboveByPercent?: number | null;

  @ApiPropertyOptional({ example: 3, description: 'too-few-peer-prices: peers the median needs' })
  needed?: number;

  @ApiPropertyOptional({ format: 'date', description: 'extension-available' })
  extensionUntil?: string;

  @ApiPropertyOptional({ example: 12, description: 'extension-available: whole months of extension' })
  monthsAvailable?: number;
}

export class PipelineItemResponseDto {
  @ApiProperty({ type: ContractResponseDto })
  contract!: ContractResponseDto;

  @ApiProperty({ enum: RECOMMENDATIONS })
  recommendation!: Recommendation;

  @ApiProperty({ enum: RECOMMENDATIONS, isArray: true, description: 'Every outcome whose rule holds, in order of precedence' })
  applicable!: Recommendation[];

  @ApiProperty({ type: [RecommendationReasonResponseDto] })
  reasons!: RecommendationReasonResponseDto[];

  @ApiProperty({ example: '120000.00', description: 'Pounds a year, as compared with peers' })
  annualValue!: string;

  @ApiProperty({ description: 'True when worked out from the total value and the term' })
  annualValueDerived!: boolean;

  @ApiProperty({ type: [String], example: ['722'], description: 'CPV groups (first 3 digits) compared with peers' })
  cpvGroups!: string[];
}

export class PipelineRulesResponseDto {
  @ApiProperty({ example: 6 })
  partnerWindowMonths!: number;

  @ApiProperty({ example: 3 })
  minPeersForMedian!: number;

  @ApiProperty({ example: 24 })
  peerPriceLookbackMonths!: number;

  @ApiProperty({ example: 'same CPV group (first 3 digits)' })
  similarCpv!: string;
}

export class PipelineResponseDto {
  @ApiProperty({ type: CouncilRefResponseDto })
  council!: CouncilRefResponseDto;

  @ApiProperty({ format: 'date', description: 'The UK date the horizon starts from' })
  asOf!: string;

  @ApiProperty({ example: 18 })
  horizonMonths!: number;

  @ApiProperty({ type: PipelineRulesResponseDto })
  rules!: PipelineRulesResponseDto;

  @ApiProperty({ type: [PipelineItemResponseDto], description: 'Soonest ending first' })
  items!: PipelineItemResponseDto[];
}
