import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { ContractService } from '@app/procurement';
import type { Request, Response } from 'express';
import { SearchChoices } from '../catalogue/search-choices';
import { formErrors } from '../http/form-errors';
import { councilSelectItems } from '../register/council-items';
import { CONTRACTS_PER_PAGE, readContractsQuery } from './contracts.query';
import { toContractsPageView } from './contracts.view';

/** The public contracts register: every council's contracts, filtered and paginated. No sign-in needed. */
@Controller('contracts')
export class ContractsPageController {
  constructor(
    @Inject(ContractService) private readonly contracts: ContractService,
    @Inject(SearchChoices) private readonly choices: SearchChoices,
  ) {}

  @Get()
  async list(@Req() request: Request, @Res() response: Response): Promise<void> {
    const councils = await this.choices.councils();
    const known = new Set(councils.map((council) => council.gssCode));
    const query = readContractsQuery(request.query, (code) => known.has(code));
    const context = {
      pageTitle: 'Contracts register',
      values: query.values,
      councilItems: councilSelectItems(councils, 'All councils'),
    };
    if (query.errors.length > 0) {
      response.status(400).render('contracts/index', { ...context, errors: formErrors(query.errors), register: null });
      return;
    }
    const result = await this.contracts.list(query.filter, { page: query.page, pageSize: CONTRACTS_PER_PAGE });
    response.render('contracts/index', { ...context, register: toContractsPageView(result, query.values) });
  }
}
