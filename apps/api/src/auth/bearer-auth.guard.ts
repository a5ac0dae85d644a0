import { ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { DomainError } from '@app/shared';
import type { Request, Response } from 'express';
import { BEARER_REALM } from './bearer.strategy';
import { IS_PUBLIC } from './public.decorator';

/**
 * Global guard: every route needs a valid bearer token unless it (or its controller) carries the
 * public-route metadata, as @Public() routes and the health and metrics endpoints do. On a public
 * route a valid token still sets the actor; a missing or bad one leaves the caller anonymous.
 */
@Injectable()
export class BearerAuthGuard extends AuthGuard('bearer') {
  constructor(@Inject(Reflector) private readonly reflector: Reflector) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request>();
    refuseTokenOutsideHeader(request);
    if (this.isPublic(context) && !request.headers.authorization) return true;
    return (await super.canActivate(context)) as boolean;
  }

  override handleRequest<TUser>(err: unknown, user: unknown, _info: unknown, context: ExecutionContext): TUser {
    if (err) throw err;
    if (user) return user as TUser;
    if (this.isPublic(context)) return undefined as TUser;
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();
    const sentOne = Boolean(request.headers.authorization);
    response.setHeader('WWW-Authenticate', `Bearer realm="${BEARER_REALM}"${sentOne ? ', error="invalid_token"' : ''}`);
    throw new DomainError(
      'unauthenticated',
      sentOne ? 'INVALID_TOKEN' : 'AUTHENTICATION_REQUIRED',
      sentOne
        ? 'Sign in again: the bearer token is not valid, has expired or was revoked; get a new one from POST /api/v1/auth/token'
        : 'Sign in to do this: send Authorization: Bearer <token>, with a token from POST /api/v1/auth/token',
    );
  }

  private isPublic(context: ExecutionContext): boolean {
    return this.reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC, [context.getHandler(), context.getClass()]) === true;
  }
}

/**
 * passport-http-bearer also reads `access_token` from the query string and the body. A token in a
 * URL ends up in logs and browser history, so the API refuses it outright instead.
 */
function refuseTokenOutsideHeader(request: Request): void {
  const inQuery = typeof request.query === 'object' && request.query !== null && 'access_token' in request.query;
  const body: unknown = request.body;
  const inBody = typeof body === 'object' && body !== null && 'access_token' in body;
  if (inQuery || inBody) {
    throw new DomainError('bad_request', 'TOKEN_NOT_IN_HEADER', 'Send the token in the Authorization header, never in the URL or body', [
      { field: 'access_token', message: 'access_token is not accepted here; use Authorization: Bearer <token>' },
    ]);
  }
}
