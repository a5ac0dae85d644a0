import { Inject, Injectable } from '@nestjs/common';
import { FrameworkService } from '@app/catalogue';
import { MAX_PAGE_SIZE } from '@app/shared';
import { OPEN_ROUTE } from './publish.form';

export interface LotRadio {
  value: string;
  text: string;
  hint?: { text: string };
}

/** The publish form's lot radios: every lot of a live framework (the only ones bought from), then the open route. */
@Injectable()
export class PublishChoices {
  constructor(@Inject(FrameworkService) private readonly frameworks: FrameworkService) {}

  async lots(): Promise<LotRadio[]> {
    const choices: LotRadio[] = [];
    for (let page = 1; ; page += 1) {
      const found = await this.frameworks.list({ status: 'live' }, { page, pageSize: MAX_PAGE_SIZE });
      for (const framework of found.items) {
        for (const lot of framework.lots) choices.push({ value: lot.id, text: `${framework.name}: ${lot.name}`, hint: lot.description ? { text: lot.description } : undefined });
      }
      if (found.items.length < MAX_PAGE_SIZE || page * MAX_PAGE_SIZE >= found.total) break;
    }
    choices.push({ value: OPEN_ROUTE, text: 'Open to any supplier', hint: { text: 'Not called off a framework: any supplier may respond' } });
    return choices;
  }
}
