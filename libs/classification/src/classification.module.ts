import { Module } from '@nestjs/common';
import { CpvReferenceLoader } from './application/cpv-reference.loader';
import { CpvService } from './application/cpv.service';

@Module({
  providers: [CpvReferenceLoader, CpvService],
  exports: [CpvReferenceLoader, CpvService],
})
export class ClassificationModule {}
