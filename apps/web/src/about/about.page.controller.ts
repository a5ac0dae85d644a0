import { Controller, Get, Render } from '@nestjs/common';
import { SESSION_COOKIE, SESSION_IDLE_MINUTES } from '../session/web-session';

/** The pages every public service must have: the accessibility statement and what cookies it sets. */
@Controller()
export class AboutPageController {
  @Get('accessibility-statement')
  @Render('about/accessibility-statement')
  accessibility(): Record<string, never> {
    return {};
  }

  @Get('cookies')
  @Render('about/cookies')
  cookies(): { cookieName: string; idleMinutes: number } {
    return { cookieName: SESSION_COOKIE, idleMinutes: SESSION_IDLE_MINUTES };
  }
}
