import { Body, Controller, Get, Inject, Post, Render, Req, Res } from '@nestjs/common';
import { AuthService } from '@app/identity';
import type { Request, Response } from 'express';
import { SearchChoices } from '../catalogue/search-choices';
import { FormView } from '../http/form-view';
import { councilSelectItems } from './council-items';
import { readRegisterForm } from './register.form';

const REGISTER_VIEW = 'register/index';

@Controller()
export class RegisterPageController {
  constructor(
    @Inject(AuthService) private readonly auth: AuthService,
    @Inject(SearchChoices) private readonly choices: SearchChoices,
  ) {}

  @Get('register')
  async show(@Req() request: Request, @Res() response: Response): Promise<void> {
    if (request.actor) return response.redirect(303, '/account');
    response.render(REGISTER_VIEW, { councilItems: councilSelectItems(await this.choices.councils(), 'Select your council'), values: {} });
  }

  @Post('register')
  @FormView(REGISTER_VIEW)
  async register(@Req() request: Request, @Res() response: Response, @Body() body: unknown): Promise<void> {
    const councils = await this.choices.councils();
    // In locals, so the exception filter's re-render of a refused form still offers the council list.
    response.locals.councilItems = councilSelectItems(councils, 'Select your council');
    const codes = new Set(councils.map((council) => council.gssCode));
    const registration = readRegisterForm(body, (code) => codes.has(code));
    // The service answers alike whether or not the address was already registered; so does the page.
    await this.auth.register(registration, request.ip ?? 'unknown');
    response.redirect(303, '/register/done');
  }

  @Get('register/done')
  @Render('register/done')
  done(): Record<string, never> {
    return {};
  }
}
