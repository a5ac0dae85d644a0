import { DynamicModule, Module } from '@nestjs/common';
import { CatalogueModule } from '@app/catalogue';
import { AppConfig, ConfigModule } from '@app/config';
import { IdentityModule } from '@app/identity';
import { MatchingModule } from '@app/matching';
import { NotificationsModule } from '@app/notifications';
import { PlatformModule } from '@app/platform';
import { ProcurementModule } from '@app/procurement';
import { SavedSearchesModule } from '@app/saved-searches';
import { JobHandler, JobHandlerRegistry, OutboxRelayModule } from '@app/queue';
import { BuyerApprovedHandler, BuyerAwaitingApprovalHandler } from './processors/account-notification.handlers';
import { SupplierChangedHandler } from './processors/catalogue.handlers';
import { DailyHousekeepingHandler } from './processors/housekeeping.handlers';
import { ListingPublishedHandler, NeedSavedHandler, OpportunityPublishedHandler } from './processors/matching.handlers';
import { NotificationEmailHandler } from './processors/notification-email.handlers';
import { CloseOverdueOpportunitiesHandler, OpportunityClosingHandler } from './processors/opportunity-closing.handlers';
import { PipelineRefreshHandler } from './processors/pipeline.handlers';
import { SavedSearchDailyDigestHandler, SavedSearchItemPublishedHandler } from './processors/saved-search.handlers';
import { JOB_HANDLER_REGISTRY, WorkerService } from './worker.service';

/** Every job handler; the registry checks this list against the job list at start. */
const HANDLERS = [
  BuyerAwaitingApprovalHandler,
  BuyerApprovedHandler,
  NotificationEmailHandler,
  SupplierChangedHandler,
  NeedSavedHandler,
  OpportunityPublishedHandler,
  ListingPublishedHandler,
  PipelineRefreshHandler,
  OpportunityClosingHandler,
  CloseOverdueOpportunitiesHandler,
  DailyHousekeepingHandler,
  SavedSearchItemPublishedHandler,
  SavedSearchDailyDigestHandler,
];

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [ConfigModule.forRoot(config), PlatformModule, OutboxRelayModule, NotificationsModule, CatalogueModule, MatchingModule, ProcurementModule, IdentityModule, SavedSearchesModule],
      providers: [
        ...HANDLERS,
        {
          provide: JOB_HANDLER_REGISTRY,
          inject: HANDLERS,
          useFactory: (...handlers: JobHandler[]) => new JobHandlerRegistry(handlers),
        },
        WorkerService,
      ],
    };
  }
}
