import { ApiProperty } from '@nestjs/swagger';
import { MatchReasonResponseDto } from './match-reason.response.dto';

export class MatchedListingResponseDto {
  @ApiProperty({ format: 'uuid' })
  listingId!: string;

  @ApiProperty({ example: 'Case manager for councils' })
  listingName!: string;

  @ApiProperty({ minimum: 0, maximum: 1, example: 0.74 })
  score!: number;

  @ApiProperty({ type: [MatchReasonResponseDto] })
  reasons!: MatchReasonResponseDto[];
}

export class SupplierMatchResponseDto {
  @ApiProperty({ format: 'uuid' })
  opportunityId!: string;

  @ApiProperty({ example: 'Case management for adult social care' })
  title!: string;

  @ApiProperty({ example: 'Maidstone Borough Council', description: 'The council leading the procurement' })
  leadCouncilName!: string;

  @ApiProperty({ format: 'date-time' })
  closingAt!: string;

  @ApiProperty({ minimum: 0, maximum: 1, example: 0.74, description: 'The best score among your matched listings' })
  score!: number;

  @ApiProperty({ type: [MatchedListingResponseDto], description: 'Your listings that fit it, best first' })
  listings!: MatchedListingResponseDto[];
}

export class SupplierMatchesResponseDto {
  @ApiProperty({ type: [SupplierMatchResponseDto], description: 'Open opportunities only, best first, at most 100' })
  items!: SupplierMatchResponseDto[];
}
