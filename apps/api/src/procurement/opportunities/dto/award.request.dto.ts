import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { DATE_LENGTH, DATE_MESSAGE, DATE_PATTERN } from '../../contracts/dto/request-fields';

export class AwardRequestDto {
  @ApiProperty({ format: 'uuid', description: 'A submitted response scored on every criterion' })
  @IsUUID()
  responseId!: string;

  @ApiProperty({ format: 'date', example: '2026-04-01', description: 'Start of the contracts the award creates' })
  @IsString()
  @MaxLength(DATE_LENGTH)
  @Matches(DATE_PATTERN, { message: DATE_MESSAGE })
  @IsISO8601({ strict: true })
  startDate!: string;

  @ApiProperty({ format: 'date', example: '2028-03-31', description: 'On or after the start' })
  @IsString()
  @MaxLength(DATE_LENGTH)
  @Matches(DATE_PATTERN, { message: DATE_MESSAGE })
  @IsISO8601({ strict: true })
  endDate!: string;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, example: '2029-03-31', description: 'The latest date the extension options allow; left out when there are none' })
  @IsOptional()
  @IsString()
  @MaxLength(DATE_LENGTH)
  @Matches(DATE_PATTERN, { message: DATE_MESSAGE })
  @IsISO8601({ strict: true })
  extensionUntil?: string | null;
}
