import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { AppConfig, ConfigModule } from '@app/config';
import { PlatformModule } from '@app/platform';
import { AuditApiModule } from './audit/audit-api.module';
import { CatalogueApiModule } from './catalogue/catalogue-api.module';
import { ClassificationApiModule } from './classification/classification-api.module';
import { ProblemDetailsFilter } from './http/problem-details.filter';
import { IdentityApiModule } from './identity/identity-api.module';
import { MatchingApiModule } from './matching/matching-api.module';
import { NotificationsApiModule } from './notifications/notifications-api.module';
import { OpenDataApiModule } from './open-data/open-data-api.module';
import { OrganisationsApiModule } from './organisations/organisations-api.module';
import { ProcurementApiModule } from './procurement/procurement-api.module';
import { SavedSearchesApiModule } from './saved-searches/saved-searches-api.module';

@Module({})
export class ApiModule {
  static forRoot(config: AppConfig) {
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(config),
        PlatformModule,
        IdentityApiModule,
        OrganisationsApiModule,
        ClassificationApiModule,
        AuditApiModule,
        NotificationsApiModule,
        CatalogueApiModule,
        ProcurementApiModule,
        MatchingApiModule,
        SavedSearchesApiModule,
        OpenDataApiModule,
      ],
      providers: [{ provide: APP_FILTER, useClass: ProblemDetailsFilter }],
    };
  }
}
