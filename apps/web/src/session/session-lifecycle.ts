import type { Request } from 'express';
import { forgetSignedIn } from './signed-in-cookie';

/** A new session id for the same visitor: called at sign-in so an id planted beforehand is worthless. */
export function regenerateSession(request: Request): Promise<void> {
  return new Promise((resolve, reject) => request.session.regenerate((error: unknown) => (error ? reject(error) : resolve())));
}

/** Written before redirecting, so the next request finds the signed-in user. */
export function saveSession(request: Request): Promise<void> {
  return new Promise((resolve, reject) => request.session.save((error: unknown) => (error ? reject(error) : resolve())));
}

/**
 * Removes the session from Redis; the session cookie is cleared by the caller. The signed-in marker
 * goes now, so a deliberate sign-out is never reported later as an idle timeout.
 */
export function destroySession(request: Request): Promise<void> {
  if (request.res) forgetSignedIn(request.res);
  return new Promise((resolve, reject) => request.session.destroy((error: unknown) => (error ? reject(error) : resolve())));
}
