import { ApiProperty } from '@nestjs/swagger';

class SearchSupplierDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() isSme!: boolean;
  @ApiProperty() isVcse!: boolean;
}

class SlugNameDto {
  @ApiProperty() slug!: string;
  @ApiProperty() name!: string;
}

class PriceDto {
  @ApiProperty({ nullable: true, type: String, example: '450.00' }) min!: string | null;
  @ApiProperty({ nullable: true, type: String, example: '900.00' }) max!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'per user per year' }) unit!: string | null;
}

class StandardsDto {
  @ApiProperty() openSource!: boolean;
  @ApiProperty() openApi!: boolean;
  @ApiProperty() ukHosting!: boolean;
  @ApiProperty() iso27001!: boolean;
  @ApiProperty({ enum: ['none', 'basic', 'plus'] }) cyberEssentials!: string;
}

class ListingSearchItemDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() summary!: string;
  @ApiProperty({ description: 'Escaped HTML with matched words in <mark>' }) snippetHtml!: string;
  @ApiProperty({ type: SearchSupplierDto }) supplier!: SearchSupplierDto;
  @ApiProperty({ type: SlugNameDto }) framework!: SlugNameDto;
  @ApiProperty({ type: SlugNameDto }) lot!: SlugNameDto;
  @ApiProperty({ type: [String] }) categories!: string[];
  @ApiProperty({ type: [String] }) cpvCodes!: string[];
  @ApiProperty({ type: PriceDto }) price!: PriceDto;
  @ApiProperty({ type: StandardsDto }) standards!: StandardsDto;
}

class FacetCountDto extends SlugNameDto {
  @ApiProperty() count!: number;
}

class LotFacetCountDto extends FacetCountDto {
  @ApiProperty({ description: 'Framework slug' }) framework!: string;
}

class SearchFacetsDto {
  @ApiProperty({ type: [LotFacetCountDto] }) lot!: LotFacetCountDto[];
  @ApiProperty({ type: [FacetCountDto] }) category!: FacetCountDto[];
  @ApiProperty({ description: 'Matches from SME suppliers' }) sme!: number;
  @ApiProperty({ description: 'Matches from VCSE suppliers' }) vcse!: number;
  @ApiProperty() openSource!: number;
  @ApiProperty() openApi!: number;
  @ApiProperty() ukHosting!: number;
}

export class ListingSearchResponseDto {
  @ApiProperty({ type: [ListingSearchItemDto] }) items!: ListingSearchItemDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty({ enum: ['text', 'similar-names', 'browse'], description: 'similar-names: no full-text match, close spellings of names shown' })
  matchedBy!: string;
  @ApiProperty({ type: SearchFacetsDto, description: 'Counts over every match, not just this page' }) facets!: SearchFacetsDto;
}
