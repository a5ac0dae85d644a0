import { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig } from '@app/config';
import { Environment, FileSystemLoader } from 'nunjucks';
import { GOVUK_FRONTEND_DIST, VIEWS_DIR } from './govuk-frontend';

export const SERVICE_NAME = 'Procurement Commons';

/**
 * Nunjucks with autoescape, reading the service's views first and govuk-frontend's dist second, so
 * templates say `{% extends "govuk/template.njk" %}` and import the package's own macros.
 */
export function configureViews(app: NestExpressApplication, config: AppConfig): Environment {
  const loader = new FileSystemLoader([VIEWS_DIR, GOVUK_FRONTEND_DIST], { noCache: config.nodeEnv !== 'production' });
  const env = new Environment(loader, { autoescape: true, throwOnUndefined: false });
  env.addGlobal('serviceName', SERVICE_NAME);
  env.express(app.getHttpAdapter().getInstance());
  app.setBaseViewsDir(VIEWS_DIR);
  app.setViewEngine('njk');
  return env;
}
