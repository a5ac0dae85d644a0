import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class ContractsCsvQueryDto {
  @ApiPropertyOptional({ example: 'E07000110', description: "GSS code of a council: only that council's contracts", maxLength: 9 })
  @IsOptional()
  @IsString()
  @MaxLength(9)
  council?: string;
}
