import type { Request } from 'express';

// A path on this site: "/account?x=1", never "//evil.example", "/\evil.example" or "https://…".
const LOCAL_PATH = /^\/(?![/\\])[^\s\\\u0000-\u001f]{0,999}$/;

/** Where to go after signing in, only if it stays on this site (no open redirect). */
export function safeReturnTo(value: unknown): string | undefined {
  return typeof value === 'string' && LOCAL_PATH.test(value) ? value : undefined;
}

/** The sign-in page, remembering the page a signed-out GET asked for. */
export function signInUrl(request: Request): string {
  const back = request.method === 'GET' ? safeReturnTo(request.originalUrl) : undefined;
  return back ? `/sign-in?returnTo=${encodeURIComponent(back)}` : '/sign-in';
}
