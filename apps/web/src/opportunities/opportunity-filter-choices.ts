import { Inject, Injectable } from '@nestjs/common';
import { FrameworkService } from '@app/catalogue';
import { CouncilService } from '@app/organisations';
import { everyPage } from '@app/shared';

export interface LotChoice {
  id: string;
  /** "G-Cloud 13: Cloud software": lots of different frameworks can share a name. */
  name: string;
}

export interface CouncilChoice {
  gssCode: string;
  name: string;
}

export interface OpportunityFilterChoices {
  lots: LotChoice[];
  councils: CouncilChoice[];
}

/** What the opportunity filters choose from, read through the services the API uses. */
@Injectable()
export class OpportunityFilterChoiceReader {
  constructor(
    @Inject(CouncilService) private readonly councilService: CouncilService,
    @Inject(FrameworkService) private readonly frameworkService: FrameworkService,
  ) {}

  async read(): Promise<OpportunityFilterChoices> {
    const [councils, frameworks] = await Promise.all([
      everyPage((page) => this.councilService.list({}, page)),
      everyPage((page) => this.frameworkService.list({ status: 'live' }, page)),
    ]);
    return {
      lots: frameworks.flatMap((framework) => framework.lots.map((lot) => ({ id: lot.id, name: `${framework.name}: ${lot.name}` }))),
      councils: councils.map((council) => ({ gssCode: council.gssCode, name: council.name })),
    };
  }
}
