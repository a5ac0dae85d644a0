import { join } from 'node:path';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig } from '@app/config';
import express, { RequestHandler } from 'express';
import { GOVUK_FRONTEND_DIST } from './govuk-frontend';

/** The compiled script sits beside govuk-frontend's assets folder, not in it. */
const COMPILED_FILES = new Set(['/govuk-frontend.min.js', '/govuk-frontend.min.js.map']);

/**
 * /assets straight from the installed govuk-frontend package (images, manifest, compiled JS), so an
 * upgrade of the package is an upgrade of the pages with nothing copied. Not its precompiled CSS nor
 * its fonts: GDS Transport is for services on service.gov.uk only, so the service builds its own
 * stylesheet without it (see service-assets.ts).
 */
export function mountGovukAssets(app: NestExpressApplication, config: AppConfig): void {
  const options = { index: false, redirect: false, maxAge: config.nodeEnv === 'production' ? '1d' : 0 } as const;
  const assets = express.static(join(GOVUK_FRONTEND_DIST, 'govuk', 'assets'), options);
  const compiled = express.static(join(GOVUK_FRONTEND_DIST, 'govuk'), options);
  // Only the compiled script, so the package's templates and Sass are not served as well.
  const onlyCompiled: RequestHandler = (req, res, next) => (COMPILED_FILES.has(req.path) ? compiled(req, res, next) : next());
  const notFonts: RequestHandler = (req, res, next) => (req.path.startsWith('/fonts/') ? next() : assets(req, res, next));
  app.use('/assets', onlyCompiled, notFonts);
}
