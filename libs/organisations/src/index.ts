import { CouncilOrmEntity } from './infrastructure/council.orm-entity';
import { SupplierMemberOrmEntity } from './infrastructure/supplier-member.orm-entity';
import { SupplierOfficeOrmEntity } from './infrastructure/supplier-office.orm-entity';
import { SupplierOrmEntity } from './infrastructure/supplier.orm-entity';

export { CouncilDirectory } from './application/council-directory';
export type { CouncilSummary } from './application/council-directory';
export { SupplierMembership } from './application/supplier-membership';
export { OrganisationsModule } from './organisations.module';

export const ORGANISATION_ENTITIES = [CouncilOrmEntity, SupplierOrmEntity, SupplierOfficeOrmEntity, SupplierMemberOrmEntity];
