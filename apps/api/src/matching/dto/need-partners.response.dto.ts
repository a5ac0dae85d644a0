import { ApiProperty } from '@nestjs/swagger';
import { MatchReasonResponseDto } from './match-reason.response.dto';

export class NeedPartnerResponseDto {
  @ApiProperty({ format: 'uuid' })
  partnerNeedId!: string;

  @ApiProperty({ example: 'E08000036', description: "The partner need's council (GSS code)" })
  councilCode!: string;

  @ApiProperty({ example: 'Wakefield' })
  councilName!: string;

  @ApiProperty({ example: 'Revenues and benefits software' })
  title!: string;

  @ApiProperty({ minimum: 0, maximum: 1, example: 0.82 })
  score!: number;

  @ApiProperty({ type: [MatchReasonResponseDto] })
  reasons!: MatchReasonResponseDto[];

  @ApiProperty({ format: 'date-time' })
  computedAt!: string;
}

export class NeedPartnersResponseDto {
  @ApiProperty({ type: [NeedPartnerResponseDto], description: 'Best first, at most MATCHING_TOP_N; dismissed suggestions left out' })
  items!: NeedPartnerResponseDto[];
}
