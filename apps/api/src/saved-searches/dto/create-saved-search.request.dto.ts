import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SAVED_SEARCH_FREQUENCIES, SAVED_SEARCH_KINDS, SAVED_SEARCH_LIMITS, type SavedSearchFrequency, type SavedSearchKind } from '@app/saved-searches';
import { IsIn, IsObject, IsOptional, IsString, MaxLength } from 'class-validator';

export class CreateSavedSearchRequestDto {
  @ApiProperty({ example: 'Case management from SMEs', maxLength: SAVED_SEARCH_LIMITS.name })
  @IsString()
  @MaxLength(SAVED_SEARCH_LIMITS.name)
  name!: string;

  @ApiProperty({ enum: SAVED_SEARCH_KINDS, description: 'catalogue: the listing search (GET /listings); opportunities: open opportunities (GET /opportunities)' })
  @IsIn(SAVED_SEARCH_KINDS)
  kind!: SavedSearchKind;

  @ApiProperty({ enum: SAVED_SEARCH_FREQUENCIES, description: 'immediate: a notification per new match; daily: one digest a day of what is new' })
  @IsIn(SAVED_SEARCH_FREQUENCIES)
  frequency!: SavedSearchFrequency;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    example: { q: 'case management', lot: 'cloud-software', sme: true, maxPrice: '5000.00' },
    description:
      'The search filters, exactly as the search takes them. catalogue: q, framework, lot, category, cpv, localTo, sme, vcse, openSource, openApi, ' +
      'ukHosting, maxPrice (pounds). opportunities: route, lotId, council (only open opportunities are ever matched). A bad filter is a 400 naming filters.<field>.',
  })
  @IsOptional()
  @IsObject()
  filters?: Record<string, unknown>;
}
