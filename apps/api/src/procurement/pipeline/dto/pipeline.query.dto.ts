import { ApiPropertyOptional } from '@nestjs/swagger';
import { PIPELINE_HORIZON } from '@app/procurement';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export class PipelineQueryDto {
  @ApiPropertyOptional({ minimum: PIPELINE_HORIZON.min, maximum: PIPELINE_HORIZON.max, default: PIPELINE_HORIZON.default, description: 'Months ahead to look for contracts ending' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(PIPELINE_HORIZON.min)
  @Max(PIPELINE_HORIZON.max)
  horizonMonths?: number;
}
