import { ApiProperty } from '@nestjs/swagger';
import { OPPORTUNITY_STATUSES, ROUTES, type OpportunityStatus, type Route } from '@app/procurement';
import { CouncilNameResponseDto } from '../../joint-procurements/dto/council-name.response.dto';
import { LintWarningResponseDto } from './lint-warning.response.dto';
import { PageMetaResponseDto } from '../../../http/page.response.dto';

export class CriterionResponseDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Quality of the service' })
  name!: string;

  @ApiProperty({ example: '' })
  description!: string;

  @ApiProperty({ example: 60, description: 'Percent; the weights sum to 100' })
  weight!: number;
}

class FrameworkRefResponseDto {
  @ApiProperty({ example: 'g-cloud-13' })
  slug!: string;

  @ApiProperty({ example: 'G-Cloud 13' })
  name!: string;
}

export class LotRefResponseDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'cloud-software' })
  slug!: string;

  @ApiProperty({ example: 'Cloud software' })
  name!: string;

  @ApiProperty({ type: FrameworkRefResponseDto })
  framework!: FrameworkRefResponseDto;
}

class AwardedSupplierResponseDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Weald Digital Ltd' })
  name!: string;

  @ApiProperty()
  isSme!: boolean;

  @ApiProperty()
  isVcse!: boolean;
}

export class AwardSummaryResponseDto {
  @ApiProperty({ format: 'date-time' })
  awardedAt!: string;

  @ApiProperty({ type: AwardedSupplierResponseDto })
  supplier!: AwardedSupplierResponseDto;

  @ApiProperty({ example: '180000.00', description: 'Pounds: the winning price, split between the councils by their shares' })
  value!: string;
}

/** Public: the requirement, the rules of the competition and the award once made. */
export class OpportunityResponseDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid', description: 'Its working details are only for the participating councils' })
  jointProcurementId!: string;

  @ApiProperty({ example: 'Case management for adult social care' })
  title!: string;

  @ApiProperty({ enum: ROUTES })
  route!: Route;

  @ApiProperty({ type: LotRefResponseDto, nullable: true })
  lot!: LotRefResponseDto | null;

  @ApiProperty()
  problemStatement!: string;

  @ApiProperty()
  userNeeds!: string;

  @ApiProperty()
  scope!: string;

  @ApiProperty({ example: '250000.00', description: 'Pounds' })
  budget!: string;

  @ApiProperty({ enum: OPPORTUNITY_STATUSES, description: 'An open opportunity past its closing time reads as closed' })
  status!: OpportunityStatus;

  @ApiProperty({ type: CouncilNameResponseDto })
  leadCouncil!: CouncilNameResponseDto;

  @ApiProperty({ type: [CouncilNameResponseDto], description: 'Every participating council, the lead first' })
  councils!: CouncilNameResponseDto[];

  @ApiProperty({ type: [CriterionResponseDto] })
  criteria!: CriterionResponseDto[];

  @ApiProperty({ format: 'date-time' })
  publishedAt!: string;

  @ApiProperty({ format: 'date-time' })
  closingAt!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  closedAt!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  cancelledAt!: string | null;

  @ApiProperty({ type: String, nullable: true })
  cancellationReason!: string | null;

  @ApiProperty({ type: AwardSummaryResponseDto, nullable: true })
  award!: AwardSummaryResponseDto | null;
}

export class PublishedOpportunityResponseDto extends OpportunityResponseDto {
  @ApiProperty({ type: [LintWarningResponseDto], description: "The quality linter's advice; it did not block publication" })
  warnings!: LintWarningResponseDto[];
}

export class OpportunityPageResponseDto extends PageMetaResponseDto {
  @ApiProperty({ type: [OpportunityResponseDto] })
  items!: OpportunityResponseDto[];
}

class AwardContractResponseDto {
  @ApiProperty({ type: CouncilNameResponseDto })
  council!: CouncilNameResponseDto;

  @ApiProperty({ example: '90000.00', description: "Pounds: this council's share; the shares sum to the award value to the penny" })
  value!: string;
}

export class AwardOutcomeResponseDto {
  @ApiProperty({ type: OpportunityResponseDto })
  opportunity!: OpportunityResponseDto;

  @ApiProperty({ format: 'uuid', description: 'Names the award on the contracts it created (GET /contracts)' })
  awardId!: string;

  @ApiProperty({ type: [AwardContractResponseDto], description: 'One contract per participating council' })
  contracts!: AwardContractResponseDto[];
}
