import type { Request } from 'express';

/**
 * Whether a state-changing request came from one of this service's own pages. Browsers set
 * Sec-Fetch-Site themselves (a page cannot forge it); the older ones that do not still send Origin
 * on every non-GET request. A request with neither is refused too: no page of ours sends one.
 */
export function isSameOriginRequest(request: Request, publicBaseUrl: string): boolean {
  const site = request.get('sec-fetch-site');
  if (site !== undefined) return site === 'same-origin';
  const origin = request.get('origin');
  if (origin === undefined) return false;
  return origin === new URL(publicBaseUrl).origin || origin === `${request.protocol}://${request.get('host')}`;
}
