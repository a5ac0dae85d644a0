import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig } from '@app/config';
import { resourcePath } from '@app/shared';
import express, { RequestHandler } from 'express';
import { loadStylesheet } from '../styles/stylesheet';

const SCRIPTS_DIR = resourcePath('apps/web/assets/js');
const STATIC_PATH = '/static';
const STYLESHEET_FILE = '/application.css';

/** The URLs pages link to; each carries a hash of its content, so a new release is never a stale cached file. */
export interface ServiceAssetUrls {
  stylesheet: string;
  sessionTimeoutScript: string;
}

function version(content: string | Buffer): string {
  return createHash('sha256').update(content).digest('hex').slice(0, 12);
}

/**
 * /static: the service's own stylesheet (govuk-frontend built from Sass, held in memory) and its own
 * scripts, read from apps/web/assets/js. govuk-frontend's script and images stay under /assets.
 */
export function mountServiceAssets(app: NestExpressApplication, config: AppConfig): ServiceAssetUrls {
  const maxAgeSeconds = config.nodeEnv === 'production' ? 24 * 60 * 60 : 0;
  const css = Buffer.from(loadStylesheet());
  const scripts = express.static(SCRIPTS_DIR, { index: false, redirect: false, maxAge: maxAgeSeconds * 1000 });
  const serve: RequestHandler = (req, res, next) => {
    if (req.path !== STYLESHEET_FILE) return scripts(req, res, next);
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    res.type('css').setHeader('Cache-Control', `public, max-age=${maxAgeSeconds}`);
    // send() adds an ETag and answers 304 when the browser already has this version.
    res.send(css);
  };
  app.use(STATIC_PATH, serve);
  const script = 'session-timeout.js';
  return {
    stylesheet: `${STATIC_PATH}${STYLESHEET_FILE}?v=${version(css)}`,
    sessionTimeoutScript: `${STATIC_PATH}/${script}?v=${version(readFileSync(join(SCRIPTS_DIR, script)))}`,
  };
}
