import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { NEED_LIMITS } from '@app/procurement';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { CPV_CODE_LENGTH, IsCalendarDate, MONEY_LENGTH } from '../../contracts/dto/request-fields';
import { CurrentContractRequestDto } from './current-contract.request.dto';
import { NeedPreferencesRequestDto } from './preferences.request.dto';

export class CreateNeedRequestDto {
  @ApiProperty({ example: 'Revenues and benefits system', maxLength: NEED_LIMITS.title })
  @IsString()
  @IsNotEmpty()
  @MaxLength(NEED_LIMITS.title)
  title!: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: NEED_LIMITS.description })
  @IsOptional()
  @IsString()
  @MaxLength(NEED_LIMITS.description)
  description?: string | null;

  @ApiProperty({ type: [String], example: ['72260000'], minItems: 1, maxItems: NEED_LIMITS.cpvCodes, description: 'CPV codes that exist (GET /cpv)' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(NEED_LIMITS.cpvCodes)
  @IsString({ each: true })
  @MaxLength(CPV_CODE_LENGTH, { each: true })
  cpvCodes!: string[];

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'A framework lot (GET /frameworks/:slug)' })
  @IsOptional()
  @IsUUID()
  lotId?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '450000.00', description: 'Pounds, at most 2 decimals', maxLength: MONEY_LENGTH })
  @IsOptional()
  @IsString()
  @MaxLength(MONEY_LENGTH)
  estimatedValue?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, example: '2026-10-01', description: 'Not in the past' })
  @IsOptional()
  @IsCalendarDate()
  wantedStartDate?: string | null;

  @ApiPropertyOptional({ type: CurrentContractRequestDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CurrentContractRequestDto)
  currentContract?: CurrentContractRequestDto | null;

  @ApiPropertyOptional({ default: false, description: 'Other councils may see a summary and propose a joint procurement' })
  @IsOptional()
  @IsBoolean()
  openToCollaboration?: boolean;

  @ApiPropertyOptional({ type: NeedPreferencesRequestDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => NeedPreferencesRequestDto)
  preferences?: NeedPreferencesRequestDto;
}
