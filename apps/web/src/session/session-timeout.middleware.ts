import { Inject, Injectable, NestMiddleware } from '@nestjs/common';
import { AppConfig } from '@app/config';
import type { NextFunction, Request, Response } from 'express';
import { signInUrl } from '../http/return-to';
import { describeDuration, hasCookie, inactivityMessage, SIGNED_IN_COOKIE } from './session-timeout';
import { forgetSignedIn, rememberSignedIn } from './signed-in-cookie';

/** What the timeout warning dialog on a signed-in page needs (see layouts/base.njk). */
export interface SessionTimeoutSettings {
  idleSeconds: number;
  warningSeconds: number;
  /** The warning's first words ("2 minutes"); its script counts down from there. */
  warningTime: string;
  /** Where the page goes once the time is up: sign-in, coming back here afterwards. */
  timedOutUrl: string;
}

declare module 'express-serve-static-core' {
  interface Locals {
    /** Set on signed-in pages only: they carry the timeout warning. */
    sessionTimeout?: SessionTimeoutSettings;
    /** Set on the sign-in page that follows a session ended by the idle timeout. */
    inactivityNotice?: string;
  }
}

declare module 'express-session' {
  interface SessionData {
    /** Carried across the redirect to the sign-in page, which shows it once. */
    signedOutForInactivity?: boolean;
  }
}

/**
 * Runs after the session is loaded and before the actor is. A browser that was signed in but whose
 * session Redis has expired is sent to sign in (any page, any method: a form posted after the
 * timeout cannot be trusted to its old CSRF token anyway), and the sign-in page says why.
 */
@Injectable()
export class SessionTimeoutMiddleware implements NestMiddleware {
  private readonly notice: string;
  private readonly settings: Omit<SessionTimeoutSettings, 'timedOutUrl'>;

  constructor(@Inject(AppConfig) config: AppConfig) {
    this.notice = inactivityMessage(config.session.idleSeconds);
    this.settings = { ...config.session, warningTime: describeDuration(config.session.warningSeconds) };
  }

  use(request: Request, response: Response, next: NextFunction): void {
    // originalUrl: under Nest's catch-all middleware route, baseUrl + path gives "/sign-in/".
    const onSignInPage = request.method === 'GET' && request.originalUrl.split('?', 1)[0] === '/sign-in';
    const signedIn = Boolean(request.session?.userId);
    const wasSignedIn = hasCookie(request.headers.cookie, SIGNED_IN_COOKIE);
    if (signedIn) {
      if (!wasSignedIn) rememberSignedIn(request, response);
      response.locals.sessionTimeout = { ...this.settings, timedOutUrl: signInUrl(request) };
    } else if (wasSignedIn && request.session) {
      forgetSignedIn(response);
      request.session.signedOutForInactivity = true;
      if (!onSignInPage) return response.redirect(303, signInUrl(request));
    }
    if (onSignInPage && request.session?.signedOutForInactivity) {
      delete request.session.signedOutForInactivity;
      response.locals.inactivityNotice = this.notice;
    }
    next();
  }
}
