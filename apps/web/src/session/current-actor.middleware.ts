import { Inject, Injectable, NestMiddleware } from '@nestjs/common';
import { AuthService } from '@app/identity';
import type { NextFunction, Request, Response } from 'express';
import { forgetSignedIn } from './signed-in-cookie';

/**
 * Rebuilds the actor from the session's user id on every request, so an approval, a role change or
 * a suspension takes effect at once rather than when the session ends. A suspended or deleted user
 * is signed out here.
 */
@Injectable()
export class CurrentActorMiddleware implements NestMiddleware {
  constructor(@Inject(AuthService) private readonly auth: AuthService) {}

  async use(request: Request, response: Response, next: NextFunction): Promise<void> {
    // Not baseUrl + path: under Nest's catch-all middleware route those give "/account/" for /account.
    response.locals.currentPath = request.originalUrl.split('?', 1)[0];
    const userId = request.session?.userId;
    if (userId) {
      const actor = await this.auth.actorForUser(userId);
      // AuthService answers null for a user who is gone or suspended.
      if (actor) {
        request.actor = actor;
        response.locals.actor = actor;
      } else {
        delete request.session.userId;
        // Signed out for a reason the sign-in form states itself, not for inactivity.
        forgetSignedIn(response);
      }
    }
    next();
  }
}
