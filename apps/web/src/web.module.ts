import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { AppConfig, ConfigModule } from '@app/config';
import { PlatformModule } from '@app/platform';
import { AboutWebModule } from './about/about-web.module';
import { AccountWebModule } from './account/account-web.module';
import { AdminWebModule } from './admin/admin-web.module';
import { BuyerWebModule } from './buyer/buyer-web.module';
import { CatalogueWebModule } from './catalogue/catalogue-web.module';
import { ContractsWebModule } from './contracts/contracts-web.module';
import { CsrfGuard } from './http/csrf.guard';
import { FormViewInterceptor } from './http/form-view';
import { NotificationsWebModule } from './notifications/notifications-web.module';
import { OpenDataWebModule } from './open-data/open-data-web.module';
import { OpportunitiesWebModule } from './opportunities/opportunities-web.module';
import { ProcurementsWebModule } from './procurements/procurements-web.module';
import { RegisterWebModule } from './register/register-web.module';
import { SavedSearchesWebModule } from './saved-searches/saved-searches-web.module';
import { WebExceptionFilter } from './http/web-exception.filter';
import { SessionWebModule } from './session/session-web.module';
import { SignInWebModule } from './sign-in/sign-in-web.module';
import { StartWebModule } from './start/start-web.module';
import { SupplierWebModule } from './supplier/supplier-web.module';
import { SuppliersWebModule } from './suppliers/suppliers-web.module';

@Module({})
export class WebModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WebModule,
      imports: [
        ConfigModule.forRoot(config),
        PlatformModule,
        SessionWebModule,
        StartWebModule,
        SignInWebModule,
        AccountWebModule,
        AboutWebModule,
        CatalogueWebModule,
        OpportunitiesWebModule,
        SuppliersWebModule,
        RegisterWebModule,
        SupplierWebModule,
        BuyerWebModule,
        ProcurementsWebModule,
        ContractsWebModule,
        OpenDataWebModule,
        NotificationsWebModule,
        SavedSearchesWebModule,
        AdminWebModule,
      ],
      providers: [
        { provide: APP_GUARD, useClass: CsrfGuard },
        { provide: APP_INTERCEPTOR, useClass: FormViewInterceptor },
        { provide: APP_FILTER, useClass: WebExceptionFilter },
      ],
    };
  }
}
