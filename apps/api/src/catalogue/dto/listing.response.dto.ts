import { ApiProperty } from '@nestjs/swagger';
import { CYBER_ESSENTIALS_LEVELS, FRAMEWORK_STATUSES, LISTING_STATUSES } from '@app/catalogue';
import type { CyberEssentialsLevel, FrameworkStatus, ListingPricing, ListingStandards, ListingStatus } from '@app/catalogue';
import { CategoryResponseDto } from './framework.response.dto';
import { PageMetaResponseDto } from '../../http/page.response.dto';

const PRIVATE = "Only for the supplier's own users and administrators";

export class PricingResponseDto implements ListingPricing {
  @ApiProperty({ example: '120.00', description: 'Pounds' })
  min!: string;

  @ApiProperty({ example: '450.00', description: 'Pounds' })
  max!: string;

  @ApiProperty({ example: 'per user per month' })
  unit!: string;
}

export class StandardsResponseDto implements ListingStandards {
  @ApiProperty()
  openSource!: boolean;

  @ApiProperty()
  openApi!: boolean;

  @ApiProperty({ type: [String], example: ['OpenID Connect'] })
  openStandards!: string[];

  @ApiProperty({ type: [String], example: ['CSV', 'JSON'] })
  dataExportFormats!: string[];

  @ApiProperty()
  iso27001!: boolean;

  @ApiProperty({ enum: CYBER_ESSENTIALS_LEVELS })
  cyberEssentials!: CyberEssentialsLevel;

  @ApiProperty()
  ukHosting!: boolean;

  @ApiProperty({ type: String, nullable: true, example: 'https://example.com/accessibility' })
  accessibilityStatementUrl!: string | null;
}

export class ListingContentResponseDto {
  @ApiProperty({ example: 'Council tax and benefits portal' })
  name!: string;

  @ApiProperty()
  summary!: string;

  @ApiProperty()
  description!: string;

  @ApiProperty({ type: [String] })
  features!: string[];

  @ApiProperty({ type: [String] })
  benefits!: string[];

  @ApiProperty({ type: [CategoryResponseDto] })
  categories!: CategoryResponseDto[];

  @ApiProperty({ type: [String], example: ['72260000'] })
  cpvCodes!: string[];

  @ApiProperty({ type: PricingResponseDto, nullable: true })
  pricing!: PricingResponseDto | null;

  @ApiProperty({ type: StandardsResponseDto })
  standards!: StandardsResponseDto;
}

export class ListingSupplierResponseDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Weald Digital Ltd' })
  name!: string;

  @ApiProperty()
  isSme!: boolean;

  @ApiProperty()
  isVcse!: boolean;
}

export class ListingFrameworkRefDto {
  @ApiProperty({ example: 'g-cloud-13' })
  slug!: string;

  @ApiProperty({ example: 'G-Cloud 13' })
  name!: string;

  @ApiProperty({ enum: FRAMEWORK_STATUSES })
  status!: FrameworkStatus;
}

export class ListingLotRefDto {
  @ApiProperty({ example: 'cloud-software' })
  slug!: string;

  @ApiProperty({ example: 'Cloud software' })
  name!: string;
}

export class ListingQualityResponseDto {
  @ApiProperty({ example: 85, minimum: 0, maximum: 100, description: 'Completeness at the last submission' })
  score!: number;

  @ApiProperty({ type: [String], example: ['benefits', 'standards.accessibilityStatementUrl'], description: 'Fields that would raise the score' })
  missing!: string[];
}

export class ListingRevisionResponseDto extends ListingContentResponseDto {
  @ApiProperty({ example: 3 })
  version!: number;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ example: 90 })
  qualityScore!: number;
}

/**
 * One shape for everyone: buyers and the public get the published content; the supplier's own users
 * and administrators also get the private fields (quality, rejection reason, pending revision).
 */
export class ListingResponseDto extends ListingContentResponseDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({
    enum: LISTING_STATUSES,
    description: 'draft → submitted → published | rejected; published ⇄ suspended; any → withdrawn. Others only ever see published.',
  })
  status!: ListingStatus;

  @ApiProperty({ type: ListingSupplierResponseDto })
  supplier!: ListingSupplierResponseDto;

  @ApiProperty({ type: ListingFrameworkRefDto })
  framework!: ListingFrameworkRefDto;

  @ApiProperty({ type: ListingLotRefDto })
  lot!: ListingLotRefDto;

  @ApiProperty({ example: 2, description: 'The version shown' })
  version!: number;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When it was first published' })
  publishedAt!: string | null;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;

  @ApiProperty({ required: false, format: 'date-time', description: PRIVATE })
  createdAt?: string;

  @ApiProperty({ required: false, type: String, format: 'date-time', nullable: true, description: `${PRIVATE}; when it last went to moderation` })
  submittedAt?: string | null;

  @ApiProperty({ required: false, type: String, nullable: true, description: `${PRIVATE}; why it was last rejected` })
  rejectionReason?: string | null;

  @ApiProperty({ required: false, type: ListingQualityResponseDto, description: PRIVATE })
  quality?: ListingQualityResponseDto;

  @ApiProperty({
    required: false,
    type: ListingRevisionResponseDto,
    nullable: true,
    description: `${PRIVATE}; edits waiting for moderation while the content above stays live`,
  })
  pendingRevision?: ListingRevisionResponseDto | null;
}

export class ListingVersionResponseDto {
  @ApiProperty({ example: 1 })
  version!: number;

  @ApiProperty({ enum: ['draft', 'submitted', 'published', 'rejected', 'superseded', 'withdrawn'] })
  state!: 'draft' | 'submitted' | 'published' | 'rejected' | 'superseded' | 'withdrawn';

  @ApiProperty({ description: 'The version shown now' })
  current!: boolean;

  @ApiProperty({ description: 'A revision waiting for moderation' })
  pending!: boolean;

  @ApiProperty({ example: 90 })
  qualityScore!: number;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  createdBy!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  decidedAt!: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  decidedBy!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Why it was rejected, or how it came about (a revert, a replaced revision)' })
  reason!: string | null;

  @ApiProperty({ type: ListingContentResponseDto })
  content!: ListingContentResponseDto;
}

export class ListingVersionPageResponseDto extends PageMetaResponseDto {
  @ApiProperty({ type: [ListingVersionResponseDto], description: 'Newest first' })
  items!: ListingVersionResponseDto[];
}
