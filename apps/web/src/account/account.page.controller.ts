import { Controller, Get, Inject, Render, Req } from '@nestjs/common';
import { AuthService } from '@app/identity';
import { CouncilDirectory, SupplierService } from '@app/organisations';
import type { Request } from 'express';
import { AccountView, toAccountView } from './account.view';

@Controller('account')
export class AccountPageController {
  constructor(
    @Inject(AuthService) private readonly auth: AuthService,
    @Inject(CouncilDirectory) private readonly councils: CouncilDirectory,
    @Inject(SupplierService) private readonly suppliers: SupplierService,
  ) {}

  /** Who is signed in; signed-out visitors are sent to sign in (AuthService.profile refuses them). */
  @Get()
  @Render('account/index')
  async show(@Req() request: Request): Promise<{ account: AccountView }> {
    const profile = await this.auth.profile(request.actor);
    const council = profile.councilCode ? await this.councils.find(profile.councilCode) : null;
    const supplier = profile.supplierId ? await this.suppliers.get(request.actor, profile.supplierId) : null;
    return { account: toAccountView(profile, { council: council?.name, supplier: supplier?.name }) };
  }
}
