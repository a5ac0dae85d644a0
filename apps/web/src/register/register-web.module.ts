import { Module } from '@nestjs/common';
import { IdentityModule } from '@app/identity';
import { CatalogueWebModule } from '../catalogue/catalogue-web.module';
import { RegisterPageController } from './register.page.controller';

/** Self-registration of supplier users and council buyers; council names come from SearchChoices. */
@Module({
  imports: [IdentityModule, CatalogueWebModule],
  controllers: [RegisterPageController],
})
export class RegisterWebModule {}
