import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ListingSearchService } from '@app/catalogue';
import { poundsToPence } from '@app/shared';
import { Public } from '../auth/public.decorator';
import { ApiProblems } from '../http/api-problems.decorator';
import { ListingSearchResponseDto } from './dto/listing-search.response.dto';
import { SearchListingsQueryDto } from './dto/search-listings.query.dto';

@ApiTags('catalogue')
@Public()
@Controller('listings')
export class ListingSearchController {
  constructor(@Inject(ListingSearchService) private readonly search: ListingSearchService) {}

  @Get()
  @ApiOperation({
    summary: 'Search published listings on live frameworks',
    description:
      'Relevance order (name matches first, then summary, then the rest), ties broken by a hash of the listing id so ' +
      'no supplier is favoured and pages are stable. Facet counts cover every match.',
  })
  @ApiOkResponse({ type: ListingSearchResponseDto })
  @ApiProblems(400)
  list(@Query() query: SearchListingsQueryDto): Promise<ListingSearchResponseDto> {
    const page = query.toPageRequest();
    return this.search.search({
      q: query.q,
      framework: query.framework,
      lot: query.lot,
      category: query.category,
      cpv: query.cpv,
      sme: query.sme,
      vcse: query.vcse,
      localTo: query.localTo,
      openSource: query.openSource,
      openApi: query.openApi,
      ukHosting: query.ukHosting,
      maxPricePence: query.maxPrice === undefined ? undefined : poundsToPence(query.maxPrice),
      page: page.page,
      pageSize: page.pageSize,
    });
  }
}
