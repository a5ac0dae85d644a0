import type { Actor } from '@app/shared';

// What the web app adds to Express's request, response locals and session, typed once.
declare module 'express-serve-static-core' {
  interface Request {
    /** The signed-in actor, loaded afresh from the session's user id on every request. */
    actor?: Actor;
    /** The template a form handler re-renders when its input is refused (set by FormViewInterceptor). */
    formView?: string;
  }

  interface Locals {
    /** Per-request nonce: the only inline scripts allowed by the Content-Security-Policy carry it. */
    cspNonce: string;
    /** Lazily creates the session's CSRF token, so pages without a form do not start a session. */
    csrfToken: () => string;
    actor?: Actor;
    currentPath: string;
  }
}

declare module 'express-session' {
  interface SessionData {
    /** The only identity a session holds; the actor is rebuilt from it on each request. */
    userId?: string;
  }
}

export {};
