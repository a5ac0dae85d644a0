import { ApiPropertyOptional } from '@nestjs/swagger';
import { OPPORTUNITY_STATUSES, ROUTES, type OpportunityStatus, type Route } from '@app/procurement';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../../http/page-query.dto';

const STATUS_FILTERS = [...OPPORTUNITY_STATUSES, 'any'] as const;

export class ListOpportunitiesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: STATUS_FILTERS, default: 'open', description: 'open (the default) lists those still taking responses, soonest closing first' })
  @IsOptional()
  @IsIn(STATUS_FILTERS)
  status?: OpportunityStatus | 'any';

  @ApiPropertyOptional({ enum: ROUTES })
  @IsOptional()
  @IsIn(ROUTES)
  route?: Route;

  @ApiPropertyOptional({ format: 'uuid', description: 'Framework lot' })
  @IsOptional()
  @IsUUID()
  lotId?: string;

  @ApiPropertyOptional({ example: 'E07000110', description: 'GSS code of a participating council', maxLength: 9 })
  @IsOptional()
  @IsString()
  @MaxLength(9)
  council?: string;
}
