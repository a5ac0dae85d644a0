import { ApiProperty } from '@nestjs/swagger';

const CODES = ['REQUIREMENT_MISSING', 'REQUIREMENT_TOO_SHORT', 'BUDGET_ABOVE_LOT_GUIDE', 'BRAND_NAMED', 'LOCK_IN_DEMANDED', 'TRADEMARK_SIGN', 'SHORT_TENDER_WINDOW'];

/** Advice from the quality linter; it never blocks publication. */
export class LintWarningResponseDto {
  @ApiProperty({ enum: CODES })
  code!: string;

  @ApiProperty({ example: 'scope', description: 'The field the advice is about' })
  field!: string;

  @ApiProperty({ example: 'scope names Microsoft 365: describe the need instead, or add "or equivalent"' })
  message!: string;
}

export class LintResponseDto {
  @ApiProperty({ type: [LintWarningResponseDto] })
  warnings!: LintWarningResponseDto[];
}
