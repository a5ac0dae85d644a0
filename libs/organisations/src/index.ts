import { CouncilOrmEntity } from './infrastructure/council.orm-entity';
import { SupplierOfficeOrmEntity } from './infrastructure/supplier-office.orm-entity';
import { SupplierOrmEntity } from './infrastructure/supplier.orm-entity';

export const ORGANISATION_ENTITIES = [CouncilOrmEntity, SupplierOrmEntity, SupplierOfficeOrmEntity];
