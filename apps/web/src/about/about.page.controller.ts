import { Controller, Get, Inject, Render } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { describeDuration, SIGNED_IN_COOKIE } from '../session/session-timeout';
import { SESSION_COOKIE } from '../session/web-session';

/** The pages every public service must have: the accessibility statement and what cookies it sets. */
@Controller()
export class AboutPageController {
  constructor(@Inject(AppConfig) private readonly config: AppConfig) {}

  @Get('accessibility-statement')
  @Render('about/accessibility-statement')
  accessibility(): Record<string, never> {
    return {};
  }

  @Get('cookies')
  @Render('about/cookies')
  cookies(): { cookieName: string; signedInCookieName: string; idleTime: string } {
    return { cookieName: SESSION_COOKIE, signedInCookieName: SIGNED_IN_COOKIE, idleTime: describeDuration(this.config.session.idleSeconds) };
  }
}
