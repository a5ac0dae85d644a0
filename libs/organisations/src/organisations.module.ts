import { Module } from '@nestjs/common';
import { CouncilDirectory } from './application/council-directory';
import { SupplierMembership } from './application/supplier-membership';

@Module({
  providers: [CouncilDirectory, SupplierMembership],
  exports: [CouncilDirectory, SupplierMembership],
})
export class OrganisationsModule {}
