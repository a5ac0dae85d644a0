import { ApiProperty } from '@nestjs/swagger';

export class MatchReasonResponseDto {
  @ApiProperty({ example: 'shared-cpv', description: 'Stable code: shared-cpv, related-cpv, timing, same-lot, same-region, shared-words, prefers-*' })
  code!: string;

  @ApiProperty({ example: 'both buy 72260000' })
  text!: string;
}
