import { join } from 'node:path';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig } from '@app/config';
import express, { RequestHandler } from 'express';
import { GOVUK_FRONTEND_DIST } from './govuk-frontend';

/** The compiled stylesheet and script sit beside govuk-frontend's assets folder, not in it. */
const COMPILED_FILES = new Set([
  '/govuk-frontend.min.css',
  '/govuk-frontend.min.css.map',
  '/govuk-frontend.min.js',
  '/govuk-frontend.min.js.map',
]);

/**
 * /assets straight from the installed govuk-frontend package (fonts, images, manifest, compiled CSS
 * and JS), so an upgrade of the package is an upgrade of the pages with nothing copied.
 */
export function mountGovukAssets(app: NestExpressApplication, config: AppConfig): void {
  const options = { index: false, redirect: false, maxAge: config.nodeEnv === 'production' ? '1d' : 0 } as const;
  const assets = express.static(join(GOVUK_FRONTEND_DIST, 'govuk', 'assets'), options);
  const compiled = express.static(join(GOVUK_FRONTEND_DIST, 'govuk'), options);
  // Only the four compiled files, so the package's templates and Sass are not served as well.
  const onlyCompiled: RequestHandler = (req, res, next) => (COMPILED_FILES.has(req.path) ? compiled(req, res, next) : next());
  app.use('/assets', onlyCompiled, assets);
}
