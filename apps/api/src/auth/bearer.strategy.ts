import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { AuthService } from '@app/identity';
import type { Actor } from '@app/shared';
import { Strategy } from 'passport-http-bearer';

export const BEARER_REALM = 'procurement-commons';

/** `Authorization: Bearer <token>` → the token's actor, or a failed authentication. */
@Injectable()
export class BearerStrategy extends PassportStrategy(Strategy, 'bearer') {
  constructor(@Inject(AuthService) private readonly auth: AuthService) {
    super({ realm: BEARER_REALM });
  }

  validate(token: string): Promise<Actor | null> {
    return this.auth.actorForToken(token);
  }
}
