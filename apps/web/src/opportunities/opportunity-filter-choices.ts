import { Inject, Injectable } from '@nestjs/common';
import { SearchChoices } from '../catalogue/search-choices';

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

/** What the opportunity filters choose from: every lot of a live framework, and every council. */
@Injectable()
export class OpportunityFilterChoiceReader {
  constructor(@Inject(SearchChoices) private readonly choices: SearchChoices) {}

  async read(): Promise<OpportunityFilterChoices> {
    const [councils, frameworks] = await Promise.all([this.choices.councils(), this.choices.liveFrameworks()]);
    return {
      lots: frameworks.flatMap((framework) => framework.lots.map((lot) => ({ id: lot.id, name: `${framework.name}: ${lot.name}` }))),
      councils,
    };
  }
}
