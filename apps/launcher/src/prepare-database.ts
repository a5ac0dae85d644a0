import { NestFactory } from '@nestjs/core';
import { AppConfig } from '@app/config';
import { StartupService } from '@app/platform';
import { CliModule } from './cli.module';

/** Migrations, reference data, first administrator and demo data, then the connections close. */
export async function prepareDatabase(config: AppConfig): Promise<void> {
  const context = await NestFactory.createApplicationContext(CliModule.forRoot(config), { logger: ['error', 'warn', 'log'] });
  try {
    await context.get(StartupService).prepareDatabase();
  } finally {
    await context.close();
  }
}
