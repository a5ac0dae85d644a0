import { Inject, Injectable, Logger } from '@nestjs/common';
import { BOOTSTRAP_LOCK_KEY, runMigrations, withAdvisoryLock } from '@app/db';
import { DataSource } from 'typeorm';

/**
 * Brings the database up to date before an app serves: migrations, reference data, the first
 * administrator and the demo data, all under one advisory lock so apps starting together take turns.
 */
@Injectable()
export class StartupService {
  private readonly logger = new Logger('Startup');

  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async prepareDatabase(): Promise<void> {
    await withAdvisoryLock(this.dataSource, BOOTSTRAP_LOCK_KEY, async () => {
      const applied = await runMigrations(this.dataSource);
      if (applied.length > 0) this.logger.log(`Applied migrations: ${applied.join(', ')}`);
    });
  }
}
