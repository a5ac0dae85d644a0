import { penceToPounds } from '@app/shared';
import type { SupplierPrivateView, SupplierPublicView } from '../application/supplier.views';
import type { CouncilHierarchy } from '../domain/council-hierarchy';
import type { SupplierOfficeOrmEntity } from './supplier-office.orm-entity';
import type { SupplierOrmEntity } from './supplier.orm-entity';

function byPosition(offices: SupplierOfficeOrmEntity[]): SupplierOfficeOrmEntity[] {
  return [...offices].sort((a, b) => a.position - b.position);
}

export function toSupplierPublicView(
  supplier: SupplierOrmEntity,
  offices: SupplierOfficeOrmEntity[],
  hierarchy: CouncilHierarchy,
): SupplierPublicView {
  return {
    id: supplier.id,
    name: supplier.name,
    companyNumber: supplier.companyNumber,
    isSme: supplier.isSme,
    isVcse: supplier.isVcse,
    offices: byPosition(offices).map((office) => ({
      councilCode: office.councilCode,
      councilName: hierarchy.get(office.councilCode)?.name ?? office.councilCode,
    })),
    localTo: supplier.localTo,
  };
}

export function toSupplierPrivateView(
  supplier: SupplierOrmEntity,
  offices: SupplierOfficeOrmEntity[],
  hierarchy: CouncilHierarchy,
): SupplierPrivateView {
  return {
    ...toSupplierPublicView(supplier, offices, hierarchy),
    offices: byPosition(offices).map((office) => ({
      councilCode: office.councilCode,
      councilName: hierarchy.get(office.councilCode)?.name ?? office.councilCode,
      postcode: office.postcode,
    })),
    vatNumber: supplier.vatNumber,
    phone: supplier.phone,
    staffCount: supplier.staffCount,
    turnover: penceToPounds(supplier.turnoverPence),
    balanceSheetTotal: penceToPounds(supplier.balanceSheetPence),
    status: supplier.status,
    createdAt: supplier.createdAt.toISOString(),
    updatedAt: supplier.updatedAt.toISOString(),
  };
}
