import { Inject, Injectable, Logger } from '@nestjs/common';
import { FrameworkReferenceLoader } from '@app/catalogue';
import { CpvReferenceLoader } from '@app/classification';
import { AppConfig } from '@app/config';
import { BOOTSTRAP_LOCK_KEY, runMigrations, withAdvisoryLock } from '@app/db';
import { AdminBootstrapService } from '@app/identity';
import { CouncilReferenceLoader } from '@app/organisations';
import { DataSource } from 'typeorm';
import { DemoSeeder } from './demo-seeder';

/**
 * Brings the database up to date before an app serves: migrations, reference data, the first
 * administrator and the demo data, all under one advisory lock so apps starting together take turns.
 */
@Injectable()
export class StartupService {
  private readonly logger = new Logger('Startup');

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(CouncilReferenceLoader) private readonly councils: CouncilReferenceLoader,
    @Inject(CpvReferenceLoader) private readonly cpv: CpvReferenceLoader,
    @Inject(FrameworkReferenceLoader) private readonly frameworks: FrameworkReferenceLoader,
    @Inject(AdminBootstrapService) private readonly admins: AdminBootstrapService,
    @Inject(DemoSeeder) private readonly demo: DemoSeeder,
  ) {}

  /** Runs at app start unless MIGRATE_ON_START=false (the launcher runs it once for its children). */
  async prepareDatabaseOnStart(): Promise<void> {
    if (this.config.database.migrateOnStart) await this.prepareDatabase();
  }

  async prepareDatabase(): Promise<void> {
    await withAdvisoryLock(this.dataSource, BOOTSTRAP_LOCK_KEY, async () => {
      const applied = await runMigrations(this.dataSource);
      if (applied.length > 0) this.logger.log(`Applied migrations: ${applied.join(', ')}`);
      for (const result of [await this.councils.load(), await this.cpv.load(), await this.frameworks.load()]) {
        if (result.changed) this.logger.log(`Loaded reference data ${result.name}: ${result.rows} rows`);
      }
      await this.admins.ensureFirstAdmin();
      await this.demo.seedIfEmpty();
    });
  }
}
