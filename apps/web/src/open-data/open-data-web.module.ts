import { Module } from '@nestjs/common';
import { CatalogueModule } from '@app/catalogue';
import { ProcurementModule } from '@app/procurement';
import { OpenDataPageController } from './open-data.page.controller';

/** The public Open data page and the downloads it links to. */
@Module({
  imports: [ProcurementModule, CatalogueModule],
  controllers: [OpenDataPageController],
})
export class OpenDataWebModule {}
