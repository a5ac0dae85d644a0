import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig } from '@app/config';
import { StartupService } from '@app/platform';
import { Logger } from 'nestjs-pino';
import { QUEUE_DASHBOARD_PATH, QueueDashboard } from './admin/queue-dashboard';
import { csrfTokenLocal } from './http/csrf';
import { mountGovukAssets } from './http/govuk-assets';
import { securityHeaders } from './http/security-headers';
import { mountServiceAssets } from './http/service-assets';
import { configureViews } from './http/views';
import { WebSession } from './session/web-session';
import { WebModule } from './web.module';

/**
 * The web app as tests and main.ts both build it. Order matters: headers and the CSP nonce first,
 * static assets before any session work, the form body parsed before the session and CSRF check.
 */
export async function createWebApp(config: AppConfig, options: { logger?: boolean } = {}): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(WebModule.forRoot(config), {
    bufferLogs: true,
    // Forms only: urlencoded is registered below, in order; JSON bodies are not accepted by the web.
    bodyParser: false,
    logger: options.logger === false ? false : undefined,
  });
  if (options.logger !== false) app.useLogger(app.get(Logger));
  if (config.trustProxy) app.set('trust proxy', 1);
  app.disable('x-powered-by');
  const views = configureViews(app, config);
  app.use(...securityHeaders(config));
  mountGovukAssets(app, config);
  views.addGlobal('serviceAssets', mountServiceAssets(app, config));
  app.useBodyParser('urlencoded', { extended: false, limit: '100kb' });
  app.use(app.get(WebSession).middleware, csrfTokenLocal);
  // Bull Board is a plain Express app: mounted after the session, with its own admin check first.
  app.use(QUEUE_DASHBOARD_PATH, ...app.get(QueueDashboard).handlers);
  app.enableShutdownHooks();
  await app.get(StartupService).prepareDatabaseOnStart();
  return app;
}
