import { Inject, Injectable } from '@nestjs/common';
import { SearchChoices } from '../catalogue/search-choices';
import { OPEN_ROUTE } from './publish.form';

export interface LotRadio {
  value: string;
  text: string;
  hint?: { text: string };
}

/** The publish form's lot radios: every lot of a live framework (the only ones bought from), then the open route. */
@Injectable()
export class PublishChoices {
  constructor(@Inject(SearchChoices) private readonly choices: SearchChoices) {}

  async lots(): Promise<LotRadio[]> {
    const frameworks = await this.choices.liveFrameworks();
    const choices: LotRadio[] = frameworks.flatMap((framework) =>
      framework.lots.map((lot) => ({ value: lot.id, text: `${framework.name}: ${lot.name}`, hint: lot.description ? { text: lot.description } : undefined })),
    );
    choices.push({ value: OPEN_ROUTE, text: 'Open to any supplier', hint: { text: 'Not called off a framework: any supplier may respond' } });
    return choices;
  }
}
