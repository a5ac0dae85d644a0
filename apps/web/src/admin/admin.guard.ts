import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { requireRole } from '@app/shared';
import type { Request } from 'express';

/**
 * Every administration page, read or write. The services check the role themselves, but some pages
 * (the audit log, integrity flags, the overview's counts) read through services that trust their
 * caller, so the pages refuse anyone else before any service runs: signed out goes to sign in, any
 * other role gets the 403 page through the exception filter.
 */
@Injectable()
export class AdminGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    requireRole(context.switchToHttp().getRequest<Request>().actor, 'admin');
    return true;
  }
}
