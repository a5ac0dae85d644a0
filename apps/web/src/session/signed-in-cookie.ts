import type { Request, Response } from 'express';
import { SIGNED_IN_COOKIE } from './session-timeout';

/**
 * Holds no identity, only "this browser was signed in", and lasts until the browser closes, so it
 * outlives a session that Redis expired for inactivity. Every deliberate sign-out clears it; finding
 * it with no signed-in session therefore means the idle timeout ended the session.
 */
export function rememberSignedIn(request: Request, response: Response): void {
  response.cookie(SIGNED_IN_COOKIE, '1', { httpOnly: true, sameSite: 'lax', secure: request.secure, path: '/' });
}

export function forgetSignedIn(response: Response): void {
  response.clearCookie(SIGNED_IN_COOKIE, { path: '/' });
}
