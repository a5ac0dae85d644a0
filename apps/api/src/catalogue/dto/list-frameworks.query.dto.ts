import { ApiPropertyOptional } from '@nestjs/swagger';
import { FRAMEWORK_STATUSES } from '@app/catalogue';
import type { FrameworkStatus } from '@app/catalogue';
import { IsIn, IsOptional, IsString } from 'class-validator';
import { PageQueryDto } from '../../http/page-query.dto';

export class ListFrameworksQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: FRAMEWORK_STATUSES, description: 'Only frameworks with this status' })
  @IsOptional()
  @IsString()
  @IsIn(FRAMEWORK_STATUSES)
  status?: FrameworkStatus;
}
