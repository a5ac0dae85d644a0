import { penceToPounds } from '@app/shared';
import { cpvPrefixesOf } from '../../contracts/domain/cpv-groups';
import type { NeedForProcurement, NeedFullView, NeedSummaryView } from '../application/need.views';
import type { NeedContent, NeedInput } from '../domain/need-content';
import type { NeedOrmEntity } from './need.orm-entity';

const pounds = (pence: string | null) => (pence === null ? null : penceToPounds(pence));

export function toNeedFullView(row: NeedOrmEntity, councilName: string): NeedFullView {
  return {
    access: 'full',
    id: row.id,
    council: { code: row.councilCode, name: councilName },
    status: row.status,
    closure: row.closure,
    title: row.title,
    description: row.description,
    cpvCodes: row.cpvCodes,
    lotId: row.lotId,
    estimatedValue: pounds(row.estimatedValuePence),
    wantedStartDate: row.wantedStartDate,
    currentContract:
      row.currentSupplierName !== null && row.currentEndDate !== null
        ? {
            supplierName: row.currentSupplierName,
            supplierId: row.currentSupplierId,
            endDate: row.currentEndDate,
            extensionUntil: row.currentExtensionUntil,
            annualValue: pounds(row.currentAnnualValuePence),
          }
        : null,
    openToCollaboration: row.openToCollaboration,
    preferences: {
      sme: row.prefersSme,
      local: row.prefersLocal,
      openSource: row.prefersOpenSource,
      openStandards: row.prefersOpenStandards,
      ukHosting: row.prefersUkHosting,
    },
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toNeedSummaryView(row: NeedOrmEntity, councilName: string): NeedSummaryView {
  return {
    access: 'summary',
    id: row.id,
    council: { code: row.councilCode, name: councilName },
    status: row.status,
    title: row.title,
    cpvCodes: row.cpvCodes,
    lotId: row.lotId,
    wantedStartDate: row.wantedStartDate,
    currentContractEndDate: row.currentEndDate,
    openToCollaboration: row.openToCollaboration,
  };
}

export function toNeedForProcurement(row: NeedOrmEntity): NeedForProcurement {
  return {
    id: row.id,
    councilCode: row.councilCode,
    title: row.title,
    cpvCodes: row.cpvCodes,
    lotId: row.lotId,
    estimatedValuePence: row.estimatedValuePence === null ? null : BigInt(row.estimatedValuePence),
    wantedStartDate: row.wantedStartDate,
  };
}

/** The stored need as the input a patch is merged into. */
export function needInputOf(row: NeedOrmEntity): NeedInput {
  const view = toNeedFullView(row, '');
  return {
    title: view.title,
    description: view.description,
    cpvCodes: view.cpvCodes,
    lotId: view.lotId,
    estimatedValue: view.estimatedValue,
    wantedStartDate: view.wantedStartDate,
    currentContract: view.currentContract,
    openToCollaboration: view.openToCollaboration,
    preferences: view.preferences,
  };
}

/** The content columns of a need; CPV prefixes are derived here on every write. */
export function needColumns(content: NeedContent) {
  const current = content.currentContract;
  return {
    title: content.title,
    description: content.description,
    cpvCodes: content.cpvCodes,
    cpvPrefixes: cpvPrefixesOf(content.cpvCodes),
    lotId: content.lotId,
    estimatedValuePence: content.estimatedValuePence === null ? null : content.estimatedValuePence.toString(),
    wantedStartDate: content.wantedStartDate,
    currentSupplierName: current?.supplierName ?? null,
    currentSupplierId: current?.supplierId ?? null,
    currentEndDate: current?.endDate ?? null,
    currentExtensionUntil: current?.extensionUntil ?? null,
    currentAnnualValuePence: current?.annualValuePence == null ? null : current.annualValuePence.toString(),
    openToCollaboration: content.openToCollaboration,
    prefersSme: content.preferences.sme,
    prefersLocal: content.preferences.local,
    prefersOpenSource: content.preferences.openSource,
    prefersOpenStandards: content.preferences.openStandards,
    prefersUkHosting: content.preferences.ukHosting,
  };
}

/** What the audit log keeps of a need: the full view without timestamps. */
export function needSnapshot(row: NeedOrmEntity) {
  const view = toNeedFullView(row, '');
  return {
    councilCode: view.council.code,
    status: view.status,
    closure: view.closure,
    title: view.title,
    description: view.description,
    cpvCodes: view.cpvCodes,
    lotId: view.lotId,
    estimatedValue: view.estimatedValue,
    wantedStartDate: view.wantedStartDate,
    currentContract: view.currentContract,
    openToCollaboration: view.openToCollaboration,
    preferences: view.preferences,
  };
}
