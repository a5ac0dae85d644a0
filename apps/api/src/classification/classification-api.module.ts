import { Module } from '@nestjs/common';
import { ClassificationModule } from '@app/classification';
import { CpvController } from './cpv.controller';

@Module({
  imports: [ClassificationModule],
  controllers: [CpvController],
})
export class ClassificationApiModule {}
