import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { IsCalendarDate } from '../../contracts/dto/request-fields';

export class AwardRequestDto {
  @ApiProperty({ format: 'uuid', description: 'A submitted response scored on every criterion' })
  @IsUUID()
  responseId!: string;

  @ApiProperty({ format: 'date', example: '2026-04-01', description: 'Start of the contracts the award creates' })
  @IsCalendarDate()
  startDate!: string;

  @ApiProperty({ format: 'date', example: '2028-03-31', description: 'On or after the start' })
  @IsCalendarDate()
  endDate!: string;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, example: '2029-03-31', description: 'The latest date the extension options allow; left out when there are none' })
  @IsOptional()
  @IsCalendarDate()
  extensionUntil?: string | null;
}
