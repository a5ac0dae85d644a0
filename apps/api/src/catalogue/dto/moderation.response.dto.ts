import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';
import type { DiffValue } from '@app/catalogue';
import { ListingFrameworkRefDto, ListingLotRefDto, PricingResponseDto } from './listing.response.dto';
import { PageMetaResponseDto } from '../../http/page.response.dto';

@ApiExtraModels(PricingResponseDto)
export class FieldChangeResponseDto {
  @ApiProperty({ example: 'summary', description: 'A content field; standards as standards.openSource and so on' })
  field!: string;

  @ApiProperty({
    nullable: true,
    description: 'Text, a list of texts (categories by name), true/false, or pricing',
    oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }, { type: 'boolean' }, { $ref: getSchemaPath(PricingResponseDto) }],
  })
  before!: DiffValue;

  @ApiProperty({
    nullable: true,
    oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }, { type: 'boolean' }, { $ref: getSchemaPath(PricingResponseDto) }],
  })
  after!: DiffValue;
}

export class ModerationSupplierDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Weald Digital Ltd' })
  name!: string;
}

export class ModerationItemResponseDto {
  @ApiProperty({ format: 'uuid' })
  listingId!: string;

  @ApiProperty({ enum: ['submission', 'revision'], description: 'A first submission, or edits to a published listing' })
  kind!: 'submission' | 'revision';

  @ApiProperty({ example: 2, description: 'The version to decide' })
  version!: number;

  @ApiProperty({ example: 'Council tax and benefits portal' })
  name!: string;

  @ApiProperty({ type: ModerationSupplierDto })
  supplier!: ModerationSupplierDto;

  @ApiProperty({ type: ListingFrameworkRefDto })
  framework!: ListingFrameworkRefDto;

  @ApiProperty({ type: ListingLotRefDto })
  lot!: ListingLotRefDto;

  @ApiProperty({ example: 85 })
  qualityScore!: number;

  @ApiProperty({ type: [String], example: ['benefits'] })
  qualityMissing!: string[];

  @ApiProperty({ format: 'date-time' })
  submittedAt!: string;

  @ApiProperty({ type: [FieldChangeResponseDto], description: 'For a revision, what it changes against the published version; empty for a submission' })
  changes!: FieldChangeResponseDto[];
}

export class ModerationPageResponseDto extends PageMetaResponseDto {
  @ApiProperty({ type: [ModerationItemResponseDto], description: 'Highest quality score first, then oldest first' })
  items!: ModerationItemResponseDto[];
}
