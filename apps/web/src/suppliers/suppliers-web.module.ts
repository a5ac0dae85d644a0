import { Module } from '@nestjs/common';
import { OrganisationsModule } from '@app/organisations';
import { CatalogueWebModule } from '../catalogue/catalogue-web.module';
import { SupplierPageController } from './supplier.page.controller';

/** Public supplier profiles; council names come from the catalogue pages' SearchChoices. */
@Module({
  imports: [OrganisationsModule, CatalogueWebModule],
  controllers: [SupplierPageController],
})
export class SuppliersWebModule {}
