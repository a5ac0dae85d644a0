import { ApiProperty } from '@nestjs/swagger';

/** The paging fields every list answers with; each list's DTO adds its typed `items`. */
export class PageMetaResponseDto {
  @ApiProperty({ example: 1, description: 'Items matching, over all pages' })
  total!: number;

  @ApiProperty({ example: 1 })
  page!: number;

  @ApiProperty({ example: 20 })
  pageSize!: number;
}
