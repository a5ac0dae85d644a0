import { Controller, Get, Post, Render, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { destroySession } from '../session/session-lifecycle';
import { SESSION_COOKIE } from '../session/web-session';

/**
 * Signing out is a POST with the CSRF token (a link could be triggered by another site); the GET
 * page holds that form for the navigation's "Sign out" link.
 */
@Controller()
export class SignOutPageController {
  @Get('sign-out')
  confirm(@Req() request: Request, @Res() response: Response): void {
    if (!request.actor) return response.redirect(303, '/');
    response.render('sign-in/sign-out');
  }

  @Post('sign-out')
  async signOut(@Req() request: Request, @Res() response: Response): Promise<void> {
    await destroySession(request);
    response.clearCookie(SESSION_COOKIE, { path: '/' });
    response.redirect(303, '/signed-out');
  }

  @Get('signed-out')
  @Render('sign-in/signed-out')
  signedOut(): Record<string, never> {
    return {};
  }
}
