import { Body, Controller, Get, Inject, Post, Query, Req, Res } from '@nestjs/common';
import { AuthService } from '@app/identity';
import { Actor, DomainError } from '@app/shared';
import type { Request, Response } from 'express';
import { FormView } from '../http/form-view';
import { safeReturnTo } from '../http/return-to';
import { regenerateSession, saveSession } from '../session/session-lifecycle';
import { readSignInForm, SignInForm } from './sign-in.form';

/** The same words for an unknown email and a wrong password, so the page never tells who has an account. */
export const INCORRECT_CREDENTIALS = 'Email or password is incorrect';
const SIGN_IN_VIEW = 'sign-in/index';

@Controller('sign-in')
export class SignInPageController {
  constructor(@Inject(AuthService) private readonly auth: AuthService) {}

  @Get()
  show(@Req() request: Request, @Res() response: Response, @Query('returnTo') returnTo?: string): void {
    const back = safeReturnTo(returnTo);
    if (request.actor) return response.redirect(303, back ?? '/account');
    response.render(SIGN_IN_VIEW, { values: { returnTo: back } });
  }

  @Post()
  @FormView(SIGN_IN_VIEW)
  async signIn(@Req() request: Request, @Res() response: Response, @Body() body: unknown): Promise<void> {
    const form = readSignInForm(body);
    const actor = await this.authenticate(form, request.ip ?? 'unknown');
    // A new session id at sign-in, so an id fixed on the visitor beforehand never becomes signed in.
    await regenerateSession(request);
    request.session.userId = actor.userId;
    await saveSession(request);
    response.redirect(303, form.returnTo ?? '/account');
  }

  private async authenticate(form: SignInForm, address: string): Promise<Actor> {
    try {
      return await this.auth.authenticate(form.email, form.password, address);
    } catch (error) {
      if (error instanceof DomainError && error.kind === 'unauthenticated') {
        throw DomainError.validation(error.code, [{ field: 'email', message: INCORRECT_CREDENTIALS }], INCORRECT_CREDENTIALS);
      }
      // A suspended account with the right password: say so on the form, where the user is looking.
      if (error instanceof DomainError && error.kind === 'forbidden') {
        throw DomainError.validation(error.code, [{ field: 'email', message: error.message }], error.message);
      }
      throw error;
    }
  }
}
