import { Controller, Get, Header, Inject, Query, Render, StreamableFile } from '@nestjs/common';
import { PublishedListingsExport } from '@app/catalogue';
import { AppConfig } from '@app/config';
import { CSV_TYPE, JSON_TYPE, streamedDownload } from '@app/platform';
import { ContractRegisterExport } from '@app/procurement';
import { DomainError } from '@app/shared';

/**
 * Open data changes when someone records or publishes something; a few minutes' staleness is fine
 * for a download. Private here (the API's copies are public): the web service's session middleware
 * may set a signed-in user's cookie on the response, which a shared cache must never keep.
 */
const CACHE_FOR_FIVE_MINUTES = 'private, max-age=300';

/**
 * The public Open data page and its downloads. The files are served here as well as by the API, so
 * the page's links work on the web service's own address; both read the same library exports.
 */
@Controller('open-data')
export class OpenDataPageController {
  constructor(
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(ContractRegisterExport) private readonly contracts: ContractRegisterExport,
    @Inject(PublishedListingsExport) private readonly listings: PublishedListingsExport,
  ) {}

  @Get()
  @Render('open-data/index')
  page(): { pageTitle: string; apiUrl: string } {
    return { pageTitle: 'Open data', apiUrl: this.config.publicApiUrl };
  }

  @Get('contracts.csv')
  @Header('Cache-Control', CACHE_FOR_FIVE_MINUTES)
  async contractsCsv(@Query('council') council: unknown): Promise<StreamableFile> {
    if (council !== undefined && typeof council !== 'string') {
      throw new DomainError('bad_request', 'INVALID_COUNCIL', 'council must be one GSS code, such as E07000110', [
        { field: 'council', message: 'council must be one GSS code, such as E07000110' },
      ]);
    }
    const lines = await this.contracts.transparencyCsv({ council });
    return streamedDownload(lines, CSV_TYPE, council ? `contracts-${council}.csv` : 'contracts.csv');
  }

  @Get('listings.json')
  @Header('Cache-Control', CACHE_FOR_FIVE_MINUTES)
  listingsJson(): StreamableFile {
    return streamedDownload(this.listings.json(), JSON_TYPE, 'listings.json');
  }

  @Get('listings.csv')
  @Header('Cache-Control', CACHE_FOR_FIVE_MINUTES)
  listingsCsv(): StreamableFile {
    return streamedDownload(this.listings.csv(), CSV_TYPE, 'listings.csv');
  }
}
