import type { RequestHandler } from 'express';
import { csrfSync } from 'csrf-sync';

/** The hidden form field every form carries (see views/partials/csrf.njk). */
export const CSRF_FIELD = '_csrf';

/**
 * Synchronizer tokens kept in the session (csrf-sync). The check itself runs in CsrfGuard so a
 * refusal goes through the web exception filter like any other error and answers a GOV.UK page.
 */
export const csrf = csrfSync({
  size: 32,
  getTokenFromRequest: (req) => {
    const body = req.body as Record<string, unknown> | undefined;
    const token = body?.[CSRF_FIELD];
    return typeof token === 'string' ? token : undefined;
  },
});

/** Exposes `csrfToken()` to templates; it creates the token only when a form is rendered. */
export const csrfTokenLocal: RequestHandler = (req, res, next) => {
  res.locals.csrfToken = () => csrf.generateToken(req);
  next();
};
