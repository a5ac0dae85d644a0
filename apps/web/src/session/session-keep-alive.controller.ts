import { Controller, HttpCode, Post, Req } from '@nestjs/common';
import { DomainError } from '@app/shared';
import type { Request } from 'express';

/**
 * "Stay signed in" in the timeout warning. A POST carrying the CSRF token (CsrfGuard checks it) rather
 * than a GET, so no other site can keep a session alive, and no prefetch or crawler either. The work
 * is already done when this runs: the rolling session renewed the cookie and the Redis key's expiry.
 */
@Controller('session')
export class SessionKeepAliveController {
  @Post('keep-alive')
  @HttpCode(204)
  keepAlive(@Req() request: Request): void {
    if (!request.actor) throw new DomainError('unauthenticated', 'NOT_SIGNED_IN', 'Sign in to continue');
  }
}
