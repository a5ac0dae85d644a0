import { penceToPounds } from '@app/shared';
import type { ContractView } from '../application/contract.views';
import { cpvPrefixesOf } from '../domain/cpv-groups';
import type { ContractTerms } from '../domain/contract-terms';
import type { ContractOrmEntity } from './contract.orm-entity';

export function toContractView(row: ContractOrmEntity, councilName: string): ContractView {
  return {
    id: row.id,
    council: { code: row.councilCode, name: councilName },
    source: row.source,
    awardId: row.awardId,
    title: row.title,
    description: row.description,
    supplierName: row.supplierName,
    supplierId: row.supplierId,
    supplierCompanyNumber: row.supplierCompanyNumber,
    supplierIsSme: row.supplierIsSme,
    supplierIsVcse: row.supplierIsVcse,
    cpvCodes: row.cpvCodes,
    value: penceToPounds(row.valuePence),
    annualValue: row.annualValuePence === null ? null : penceToPounds(row.annualValuePence),
    startDate: row.startDate,
    endDate: row.endDate,
    extensionUntil: row.extensionUntil,
    awardedVia: row.awardedVia,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The columns of a contract from its checked terms; CPV prefixes are derived here on every write. */
export function contractColumns(terms: ContractTerms & { supplierIsSme: boolean; supplierIsVcse: boolean }) {
  return {
    title: terms.title,
    description: terms.description,
    supplierName: terms.supplierName,
    supplierId: terms.supplierId,
    supplierCompanyNumber: terms.companyNumber,
    supplierIsSme: terms.supplierIsSme,
    supplierIsVcse: terms.supplierIsVcse,
    cpvCodes: terms.cpvCodes,
    cpvPrefixes: cpvPrefixesOf(terms.cpvCodes),
    valuePence: terms.valuePence.toString(),
    annualValuePence: terms.annualValuePence === null ? null : terms.annualValuePence.toString(),
    startDate: terms.startDate,
    endDate: terms.endDate,
    extensionUntil: terms.extensionUntil,
    awardedVia: terms.awardedVia,
  };
}

/** What the audit log keeps of a contract. */
export function contractSnapshot(row: Pick<ContractOrmEntity, 'councilCode' | 'source' | 'awardId'> & ReturnType<typeof contractColumns>) {
  return {
    councilCode: row.councilCode,
    source: row.source,
    awardId: row.awardId,
    title: row.title,
    supplierName: row.supplierName,
    supplierId: row.supplierId,
    supplierCompanyNumber: row.supplierCompanyNumber,
    supplierIsSme: row.supplierIsSme,
    supplierIsVcse: row.supplierIsVcse,
    cpvCodes: row.cpvCodes,
    value: penceToPounds(row.valuePence),
    annualValue: row.annualValuePence === null ? null : penceToPounds(row.annualValuePence),
    startDate: row.startDate,
    endDate: row.endDate,
    extensionUntil: row.extensionUntil,
    awardedVia: row.awardedVia,
  };
}
