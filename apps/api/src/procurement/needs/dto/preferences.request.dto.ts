import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';

/** What the buyer would favour when suppliers are matched; each left out is false (or, on PATCH, kept). */
export class NeedPreferencesRequestDto {
  @ApiPropertyOptional({ description: 'Prefer SMEs' })
  @IsOptional()
  @IsBoolean()
  sme?: boolean;

  @ApiPropertyOptional({ description: 'Prefer suppliers local to the council' })
  @IsOptional()
  @IsBoolean()
  local?: boolean;

  @ApiPropertyOptional({ description: 'Prefer open-source services' })
  @IsOptional()
  @IsBoolean()
  openSource?: boolean;

  @ApiPropertyOptional({ description: 'Prefer services using open standards' })
  @IsOptional()
  @IsBoolean()
  openStandards?: boolean;

  @ApiPropertyOptional({ description: 'Prefer UK data hosting' })
  @IsOptional()
  @IsBoolean()
  ukHosting?: boolean;
}
