import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { DomainError } from '@app/shared';
import type { Request } from 'express';
import { csrf } from './csrf';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Every state-changing request must carry the session's CSRF token; a missing or wrong one is a 403. */
@Injectable()
export class CsrfGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request>();
    if (SAFE_METHODS.has(request.method) || csrf.isRequestValid(request)) return true;
    throw new DomainError(
      'forbidden',
      'CSRF_TOKEN_INVALID',
      'This form has expired or was not sent from this service. Go back, reload the page and try again.',
    );
  }
}
