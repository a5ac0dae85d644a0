import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { AppConfig } from '@app/config';
import type { RequestHandler, Response } from 'express';
import helmet from 'helmet';

const cspNonce: RequestHandler = (_req, res, next) => {
  res.locals.cspNonce = randomBytes(16).toString('base64');
  next();
};

function nonceSource(_req: IncomingMessage, res: ServerResponse): string {
  return `'nonce-${(res as Response).locals.cspNonce}'`;
}

function headers(overHttps: boolean, production: boolean): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", nonceSource],
        styleSrc: ["'self'"],
        imgSrc: ["'self'"],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        manifestSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
        upgradeInsecureRequests: overHttps ? [] : null,
      },
    },
    // Pinning HTTPS on a developer's localhost would outlive the session; production only.
    strictTransportSecurity: overHttps && production,
  });
}

/**
 * A strict Content-Security-Policy: everything from this origin, scripts only from here or carrying
 * this response's nonce (govuk-frontend's `js-enabled` line and its module initialiser). Nothing
 * depends on JavaScript; it only enhances components. Requests that arrived over HTTPS (directly, or
 * through a proxy trusted with TRUST_PROXY) also get upgrade-insecure-requests and, in production,
 * HSTS; a plain-HTTP demo (docker compose on localhost) keeps working.
 */
export function securityHeaders(config: AppConfig): RequestHandler[] {
  const production = config.nodeEnv === 'production';
  const overHttps = headers(true, production);
  const overHttp = headers(false, production);
  return [cspNonce, (req, res, next) => (req.secure ? overHttps : overHttp)(req, res, next)];
}
