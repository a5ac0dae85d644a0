import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { DatabaseModule } from '@app/db';
import { QueueModule } from '@app/queue';
import { ENTITIES } from './entities';
import { LoggingModule } from './observability/logging.module';
import { ObservabilityModule } from './observability/observability.module';
import { StartupService } from './startup.service';

/** What every app shares: logging, the database, the outbox, health and metrics, start-up work. */
@Module({
  imports: [LoggingModule, DatabaseModule.forRoot(ENTITIES), QueueModule, ObservabilityModule, AuditModule],
  providers: [StartupService],
  exports: [StartupService, AuditModule],
})
export class PlatformModule {}
