import { Controller, Get, Inject, Param, Render, Req } from '@nestjs/common';
import { SupplierService } from '@app/organisations';
import type { Request } from 'express';
import { requirePageId } from '../catalogue/page-id';
import { SearchChoices } from '../catalogue/search-choices';
import { SupplierPageView, toSupplierPageView } from './supplier.view';

@Controller('suppliers')
export class SupplierPageController {
  constructor(
    @Inject(SupplierService) private readonly suppliers: SupplierService,
    @Inject(SearchChoices) private readonly choices: SearchChoices,
  ) {}

  /** The public profile of an active supplier; SupplierService answers 404 for unknown and suspended ones alike. */
  @Get(':id')
  @Render('suppliers/show')
  async show(@Req() request: Request, @Param('id') id: string): Promise<{ supplier: SupplierPageView; pageTitle: string }> {
    const supplier = await this.suppliers.get(request.actor, requirePageId(id, 'Supplier'));
    const councils = await this.choices.councils();
    const actor = request.actor;
    const buyerCouncil = actor?.role === 'buyer' ? councils.find((council) => council.gssCode === actor.councilCode) : undefined;
    const view = toSupplierPageView(supplier, councils, buyerCouncil);
    return { supplier: view, pageTitle: view.pageTitle };
  }
}
