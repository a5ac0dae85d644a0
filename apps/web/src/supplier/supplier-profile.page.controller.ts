import { Body, Controller, Get, Inject, Post, Req, Res } from '@nestjs/common';
import { isPrivateView, SupplierPrivateView, SupplierService } from '@app/organisations';
import { DomainError } from '@app/shared';
import type { Request, Response } from 'express';
import { SearchChoices } from '../catalogue/search-choices';
import { FormView } from '../http/form-view';
import { councilSelectItems } from '../register/council-items';
import { OFFICE_ROWS, readSupplierProfileForm, supplierErrorOnTheForm, supplierProfileFormValues } from './supplier-profile.form';
import { toSupplierProfileView } from './supplier-profile.view';
import { requireOwnSupplier, requireSupplierUser } from './supplier-user';

const FORM_VIEW = 'supplier/profile-form';

type Mode = 'new' | 'edit';

@Controller('supplier/profile')
export class SupplierProfilePageController {
  constructor(
    @Inject(SupplierService) private readonly suppliers: SupplierService,
    @Inject(SearchChoices) private readonly choices: SearchChoices,
  ) {}

  /** The saved profile, with what the service derived from it (SME, local) explained. */
  @Get()
  async show(@Req() request: Request, @Res() response: Response): Promise<void> {
    const user = requireSupplierUser(request.actor);
    if (!user.supplierId) return response.redirect(303, '/supplier/profile/new');
    const supplier = await this.ownProfile(request, user.supplierId);
    const profile = toSupplierProfileView(supplier, await this.choices.councils());
    response.render('supplier/profile', { profile, pageTitle: 'Your supplier profile' });
  }

  @Get('new')
  async newForm(@Req() request: Request, @Res() response: Response): Promise<void> {
    const user = requireSupplierUser(request.actor);
    if (user.supplierId) return response.redirect(303, '/supplier/profile/edit');
    await this.prepareForm(response, 'new');
    response.render(FORM_VIEW, { values: {} });
  }

  @Post('new')
  @FormView(FORM_VIEW)
  async create(@Req() request: Request, @Res() response: Response, @Body() body: unknown): Promise<void> {
    await this.prepareForm(response, 'new');
    const form = readSupplierProfileForm(body);
    try {
      await this.suppliers.create(request.actor, form.input);
    } catch (error) {
      throw supplierErrorOnTheForm(error, form.officeRows);
    }
    response.redirect(303, '/supplier/profile');
  }

  @Get('edit')
  async editForm(@Req() request: Request, @Res() response: Response): Promise<void> {
    const { supplierId } = requireOwnSupplier(request.actor);
    const supplier = await this.ownProfile(request, supplierId);
    await this.prepareForm(response, 'edit');
    response.render(FORM_VIEW, { values: supplierProfileFormValues(supplier) });
  }

  @Post('edit')
  @FormView(FORM_VIEW)
  async update(@Req() request: Request, @Res() response: Response, @Body() body: unknown): Promise<void> {
    await this.prepareForm(response, 'edit');
    const { supplierId } = requireOwnSupplier(request.actor);
    const form = readSupplierProfileForm(body);
    try {
      await this.suppliers.update(request.actor, supplierId, form.input);
    } catch (error) {
      throw supplierErrorOnTheForm(error, form.officeRows);
    }
    response.redirect(303, '/supplier/profile');
  }

  /** In locals, so the exception filter's re-render of a refused form has the same page around it. */
  private async prepareForm(response: Response, mode: Mode): Promise<void> {
    response.locals.mode = mode;
    response.locals.officeRows = Array.from({ length: OFFICE_ROWS }, (_, index) => index);
    response.locals.councilItems = councilSelectItems(await this.choices.councils());
  }

  private async ownProfile(request: Request, supplierId: string): Promise<SupplierPrivateView> {
    const supplier = await this.suppliers.get(request.actor, supplierId);
    // The member's own supplier always comes back private; anything else is not theirs to edit here.
    if (!isPrivateView(supplier)) throw DomainError.notFound('Supplier');
    return supplier;
  }
}
