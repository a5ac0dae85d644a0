import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { CouncilDirectory } from './application/council-directory';
import { CouncilHierarchyCache } from './application/council-hierarchy.cache';
import { CouncilReferenceLoader } from './application/council-reference.loader';
import { CouncilService } from './application/council.service';
import { SupplierMembership } from './application/supplier-membership';
import { SupplierService } from './application/supplier.service';

const SERVICES = [CouncilDirectory, SupplierMembership, CouncilHierarchyCache, CouncilReferenceLoader, CouncilService, SupplierService];

@Module({
  imports: [AuditModule],
  providers: SERVICES,
  exports: SERVICES,
})
export class OrganisationsModule {}
