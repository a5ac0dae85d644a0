import { ApiPropertyOptional } from '@nestjs/swagger';
import { MAX_PAGE_SIZE, PageRequest } from '@app/shared';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** `page` and `pageSize` as every list takes them; extend it with a list's own filters. */
export class PageQueryDto {
  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100_000)
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  pageSize?: number;

  toPageRequest(): PageRequest {
    return { page: this.page ?? 1, pageSize: this.pageSize ?? 20 };
  }
}
