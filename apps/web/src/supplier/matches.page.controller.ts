import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { SupplierMatchesService } from '@app/matching';
import type { Request, Response } from 'express';
import { toMatchedOpportunityCard } from './matches.view';
import { requireOwnSupplier } from './supplier-user';

/** "Opportunities that match your listings": open opportunities the worker matched to the supplier's listings. */
@Controller('supplier/matches')
export class MatchesPageController {
  constructor(@Inject(SupplierMatchesService) private readonly matches: SupplierMatchesService) {}

  @Get()
  async show(@Req() request: Request, @Res() response: Response): Promise<void> {
    const { actor } = requireOwnSupplier(request.actor);
    const matches = await this.matches.forSupplier(actor);
    response.render('supplier/matches', { opportunities: matches.map(toMatchedOpportunityCard) });
  }
}
