import { ApiProperty } from '@nestjs/swagger';
import { MatchReasonResponseDto } from './match-reason.response.dto';

export class MatchFlagsResponseDto {
  @ApiProperty({ description: 'The supplier is a small or medium-sized enterprise' })
  sme!: boolean;

  @ApiProperty({ description: 'The supplier is a voluntary, community or social enterprise' })
  vcse!: boolean;

  @ApiProperty({ description: 'The supplier is local to a participating council' })
  local!: boolean;
}

export class OpportunityMatchResponseDto {
  @ApiProperty({ format: 'uuid' })
  listingId!: string;

  @ApiProperty({ example: 'Revenues and benefits cloud service' })
  listingName!: string;

  @ApiProperty({ format: 'uuid' })
  supplierId!: string;

  @ApiProperty({ example: 'Weald Digital Ltd' })
  supplierName!: string;

  @ApiProperty({ minimum: 0, maximum: 1, example: 0.74 })
  score!: number;

  @ApiProperty({ type: [MatchReasonResponseDto] })
  reasons!: MatchReasonResponseDto[];

  @ApiProperty({ type: MatchFlagsResponseDto })
  flags!: MatchFlagsResponseDto;

  @ApiProperty({ format: 'date-time' })
  computedAt!: string;
}

export class OpportunityMatchesResponseDto {
  @ApiProperty({ type: [OpportunityMatchResponseDto], description: 'Best first; equal scores in a neutral order' })
  items!: OpportunityMatchResponseDto[];
}
