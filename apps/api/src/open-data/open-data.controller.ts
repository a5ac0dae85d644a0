import { Controller, Get, Header, Inject, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { PublishedListingsExport } from '@app/catalogue';
import { CSV_TYPE, JSON_TYPE, streamedDownload } from '@app/platform';
import { ContractRegisterExport } from '@app/procurement';
import { Public } from '../auth/public.decorator';
import { ApiProblems } from '../http/api-problems.decorator';
import { ContractsCsvQueryDto } from './dto/contracts-csv.query.dto';
import { OPEN_DATA_CACHE_CONTROL } from './open-data-download';

/** Bulk downloads for anyone, no token needed; the same files the web service's Open data page links to. */
@ApiTags('open data')
@Controller('open-data')
export class OpenDataController {
  constructor(
    @Inject(ContractRegisterExport) private readonly contracts: ContractRegisterExport,
    @Inject(PublishedListingsExport) private readonly listings: PublishedListingsExport,
  ) {}

  @Get('contracts.csv')
  @Public()
  @Header('Cache-Control', OPEN_DATA_CACHE_CONTROL)
  @ApiOperation({
    summary: 'The contracts register as the Local Government Transparency Code 2015 "contracts over £5,000" CSV',
    description:
      'One row per contract worth more than £5,000, ordered by council, end date and id. Columns, in the order of the Code: reference_number, title, department ' +
      '(the council; departments are not recorded), description, supplier_name_and_details, value (pounds), irrecoverable_vat (not recorded: empty), ' +
      'start_date, end_date, review_date (not recorded: empty), procurement_route ("published invitation to tender" for a competition, ' +
      '"invitation to quote" for a framework call-off or a direct award), supplier_is_sme, supplier_is_vcse (Yes or No), supplier_registration_number (Companies House number). ' +
      'Text that a spreadsheet would run as a formula starts with an apostrophe.',
  })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'CSV with a header row (RFC 4180, UTF-8)', content: { 'text/csv': { schema: { type: 'string' } } } })
  @ApiProblems(400)
  async contractsCsv(@Query() query: ContractsCsvQueryDto): Promise<StreamableFile> {
    const lines = await this.contracts.transparencyCsv({ council: query.council });
    const filename = query.council ? `contracts-${query.council}.csv` : 'contracts.csv';
    return streamedDownload(lines, CSV_TYPE, filename);
  }

  @Get('listings.json')
  @Public()
  @Header('Cache-Control', OPEN_DATA_CACHE_CONTROL)
  @ApiOperation({
    summary: 'Every listing the public catalogue shows, as JSON',
    description:
      '`{ "items": [...] }`, ordered by listing id. Each item: id, name, summary, description, features, benefits, framework and lot ' +
      '(slug, name), categories, cpvCodes, pricing (pounds), standards, supplier (id, name, isSme, isVcse), version, publishedAt, updatedAt. ' +
      'Only published listings of active suppliers on live frameworks; no private supplier data.',
  })
  @ApiProduces('application/json')
  @ApiOkResponse({ description: 'The listings', content: { 'application/json': { schema: { type: 'object', properties: { items: { type: 'array', items: { type: 'object' } } } } } } })
  listingsJson(): StreamableFile {
    return streamedDownload(this.listings.json(), JSON_TYPE, 'listings.json');
  }

  @Get('listings.csv')
  @Public()
  @Header('Cache-Control', OPEN_DATA_CACHE_CONTROL)
  @ApiOperation({
    summary: 'Every listing the public catalogue shows, as CSV',
    description:
      'The same listings and order as listings.json, one row each with a header row. Lists (features, categories, CPV codes…) are joined with " | "; ' +
      'yes/no columns are true or false.',
  })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'CSV with a header row (RFC 4180, UTF-8)', content: { 'text/csv': { schema: { type: 'string' } } } })
  listingsCsv(): StreamableFile {
    return streamedDownload(this.listings.csv(), CSV_TYPE, 'listings.csv');
  }
}
