import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig } from '@app/config';
import { StartupService } from '@app/platform';
import { Logger } from 'nestjs-pino';
import { WorkerModule } from './worker.module';
import { WorkerService } from './worker.service';

/** The worker serves only /health/* and /metrics over HTTP; its work comes from Redis. */
export async function createWorkerApp(config: AppConfig, options: { logger?: boolean } = {}): Promise<INestApplication> {
  const app = await NestFactory.create(WorkerModule.forRoot(config), {
    bufferLogs: true,
    logger: options.logger === false ? false : undefined,
  });
  if (options.logger !== false) app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  await app.get(StartupService).prepareDatabaseOnStart();
  await app.get(WorkerService).start();
  return app;
}
