import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { CatalogueModule } from '@app/catalogue';
import { IdentityModule } from '@app/identity';
import { OrganisationsModule } from '@app/organisations';
import { AdminFrameworksPageController } from './admin-frameworks.page.controller';
import { AdminModerationPageController } from './admin-moderation.page.controller';
import { AdminOverviewPageController } from './admin-overview.page.controller';
import { AdminRecordsPageController } from './admin-records.page.controller';
import { AdminUsersPageController } from './admin-users.page.controller';
import { AdminGuard } from './admin.guard';
import { QueueDashboard } from './queue-dashboard';

/** The framework administrator's journey: approvals, moderation, frameworks and the records to watch. */
@Module({
  imports: [IdentityModule, CatalogueModule, OrganisationsModule, AuditModule],
  controllers: [
    AdminOverviewPageController,
    AdminUsersPageController,
    AdminModerationPageController,
    AdminFrameworksPageController,
    AdminRecordsPageController,
  ],
  // QueueDashboard is mounted by create-web-app.ts, in front of Nest's routes.
  providers: [AdminGuard, QueueDashboard],
})
export class AdminWebModule {}
