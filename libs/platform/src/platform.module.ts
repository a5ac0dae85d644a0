import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { CatalogueModule } from '@app/catalogue';
import { ClassificationModule } from '@app/classification';
import { DatabaseModule } from '@app/db';
import { IdentityModule } from '@app/identity';
import { OrganisationsModule } from '@app/organisations';
import { QueueModule } from '@app/queue';
import { DemoSeeder } from './demo-seeder';
import { ENTITIES } from './entities';
import { LoggingModule } from './observability/logging.module';
import { ObservabilityModule } from './observability/observability.module';
import { StartupService } from './startup.service';

/** What every app shares: logging, the database, the outbox, health and metrics, start-up work. */
@Module({
  imports: [
    LoggingModule,
    DatabaseModule.forRoot(ENTITIES),
    QueueModule,
    ObservabilityModule,
    AuditModule,
    OrganisationsModule,
    ClassificationModule,
    IdentityModule,
    CatalogueModule,
  ],
  providers: [StartupService, DemoSeeder],
  exports: [StartupService, AuditModule],
})
export class PlatformModule {}
