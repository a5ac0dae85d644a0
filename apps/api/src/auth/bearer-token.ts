import type { Request } from 'express';

/** The token from `Authorization: Bearer <token>`, the only place the API accepts one. */
export function bearerTokenOf(request: Request): string | null {
  const match = /^Bearer +(\S+)$/i.exec(request.headers.authorization ?? '');
  return match ? match[1] : null;
}

/** The caller's address as Express sees it (honouring TRUST_PROXY), for throttling. */
export function requestAddressOf(request: Request): string {
  return request.ip ?? request.socket.remoteAddress ?? 'unknown';
}
