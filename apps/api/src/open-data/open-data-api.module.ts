import { Module } from '@nestjs/common';
import { CatalogueModule } from '@app/catalogue';
import { ProcurementModule } from '@app/procurement';
import { OpenDataController } from './open-data.controller';

/** Open data downloads: the contracts register (Transparency Code CSV) and the catalogue (JSON, CSV). */
@Module({
  imports: [ProcurementModule, CatalogueModule],
  controllers: [OpenDataController],
})
export class OpenDataApiModule {}
