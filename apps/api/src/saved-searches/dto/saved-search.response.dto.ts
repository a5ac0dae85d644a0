import { ApiProperty } from '@nestjs/swagger';
import { SAVED_SEARCH_FREQUENCIES, SAVED_SEARCH_KINDS, type SavedSearchFilters, type SavedSearchFrequency, type SavedSearchKind } from '@app/saved-searches';
import { PageMetaResponseDto } from '../../http/page.response.dto';

export class SavedSearchResponseDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: SAVED_SEARCH_KINDS })
  kind!: SavedSearchKind;

  @ApiProperty({ example: 'Case management from SMEs' })
  name!: string;

  @ApiProperty({ type: 'object', additionalProperties: true, example: { q: 'case management', sme: true }, description: 'Normalised filters, as the search runs them' })
  filters!: SavedSearchFilters;

  @ApiProperty({ example: 'Words: case management; SME suppliers: yes' })
  filtersText!: string;

  @ApiProperty({ enum: SAVED_SEARCH_FREQUENCIES })
  frequency!: SavedSearchFrequency;

  @ApiProperty({ example: '/catalogue?q=case+management&sme=true', description: 'The web page that runs this search' })
  href!: string;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;
}

export class SavedSearchPageResponseDto extends PageMetaResponseDto {
  @ApiProperty({ type: [SavedSearchResponseDto] })
  items!: SavedSearchResponseDto[];
}
