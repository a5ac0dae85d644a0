import { CouncilOrmEntity } from './infrastructure/council.orm-entity';
import { SupplierMemberOrmEntity } from './infrastructure/supplier-member.orm-entity';
import { SupplierOfficeOrmEntity } from './infrastructure/supplier-office.orm-entity';
import { SupplierOrmEntity } from './infrastructure/supplier.orm-entity';

export { CouncilDirectory } from './application/council-directory';
export type { CouncilSummary } from './application/council-directory';
export { CouncilHierarchyCache } from './application/council-hierarchy.cache';
export { CouncilReferenceLoader } from './application/council-reference.loader';
export { CouncilService } from './application/council.service';
export type { CouncilDetailView, CouncilFilter, CouncilRef, CouncilView } from './application/council.views';
export { SupplierMembership } from './application/supplier-membership';
export { SupplierService } from './application/supplier.service';
export { isPrivateView } from './application/supplier.views';
export type {
  OfficeInput,
  SupplierFilter,
  SupplierInput,
  SupplierOfficeView,
  SupplierPatch,
  SupplierPrivateOfficeView,
  SupplierPrivateView,
  SupplierPublicView,
  SupplierView,
} from './application/supplier.views';
export { CouncilHierarchy } from './domain/council-hierarchy';
export type { CouncilNode } from './domain/council-hierarchy';
export { COMPANY_NUMBER_PREFIXES, isCompanyNumber, normaliseCompanyNumber } from './domain/company-number';
export { MAX_EMAIL_DOMAIN_LENGTH, MAX_EMAIL_DOMAINS } from './domain/email-domain';
export { areaOf, isLocalTo, localCouncils } from './domain/locality';
export { isSme } from './domain/sme';
export { SUPPLIER_LIMITS } from './domain/supplier-profile';
export { OrganisationsModule } from './organisations.module';

export const ORGANISATION_ENTITIES = [CouncilOrmEntity, SupplierOrmEntity, SupplierOfficeOrmEntity, SupplierMemberOrmEntity];
