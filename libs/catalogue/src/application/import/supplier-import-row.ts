import { CouncilHierarchy, isCompanyNumber, isSme, localCouncils, normaliseCompanyNumber, SUPPLIER_LIMITS } from '@app/organisations';
import { FieldError, isPounds, poundsToPence } from '@app/shared';

/** A supplier row that passed its checks, with SME status and locality derived as the organisations context derives them. */
export interface ImportedSupplier {
  companyNumber: string;
  name: string;
  staffCount: number;
  turnoverPence: bigint;
  balanceSheetPence: bigint;
  isVcse: boolean;
  officeCouncilCodes: string[];
  isSme: boolean;
  localTo: string[];
}

export type SupplierRowCheck = { ok: true; supplier: ImportedSupplier } | { ok: false; errors: FieldError[] };

/**
 * The rules of a supplier profile for the fields an import carries, built from the organisations
 * context's own pieces (company number format, SUPPLIER_LIMITS, isSme, localCouncils), so a
 * supplier created by an import has the same derived facts as one created through the API.
 */
export function checkSupplierRow(values: Record<string, unknown>, hierarchy: CouncilHierarchy): SupplierRowCheck {
  const errors: FieldError[] = [];
  const fail = (field: string, message: string) => errors.push({ field, message });

  const name = typeof values.name === 'string' ? values.name.trim() : '';
  if (name === '') fail('name', 'name is required');
  else if (name.length > SUPPLIER_LIMITS.name) fail('name', `name must be at most ${SUPPLIER_LIMITS.name} characters`);

  const companyNumber = typeof values.companyNumber === 'string' ? normaliseCompanyNumber(values.companyNumber) : '';
  if (!isCompanyNumber(companyNumber)) {
    fail('companyNumber', 'companyNumber must be a Companies House number: 8 digits, or a 2-letter prefix such as SC and 6 digits');
  }

  const staffCount = values.staffCount;
  const staffOk = typeof staffCount === 'number' && Number.isInteger(staffCount) && staffCount >= 0 && staffCount <= SUPPLIER_LIMITS.maxStaff;
  if (!staffOk) fail('staffCount', `staffCount must be a whole number from 0 to ${SUPPLIER_LIMITS.maxStaff}`);

  const pence = (field: 'turnover' | 'balanceSheetTotal'): bigint => {
    const value = values[field];
    if (typeof value !== 'string' || !isPounds(value.trim())) {
      fail(field, `${field} must be an amount in pounds such as "1250000.00" (at most 2 decimals)`);
      return 0n;
    }
    return poundsToPence(value.trim());
  };
  const turnoverPence = pence('turnover');
  const balanceSheetPence = pence('balanceSheetTotal');

  if (typeof values.isVcse !== 'boolean') fail('isVcse', 'isVcse must be true or false');

  const officeCouncilCodes: string[] = [];
  const offices = values.offices;
  if (!Array.isArray(offices) || offices.length < SUPPLIER_LIMITS.minOffices || offices.length > SUPPLIER_LIMITS.maxOffices) {
    fail('offices', `offices must list from ${SUPPLIER_LIMITS.minOffices} to ${SUPPLIER_LIMITS.maxOffices} office locations`);
  } else {
    offices.forEach((office: unknown, index) => {
      const field = `offices[${index}].councilCode`;
      const code = typeof office === 'object' && office !== null ? (office as { councilCode?: unknown }).councilCode : undefined;
      if (typeof code !== 'string' || !hierarchy.has(code.trim().toUpperCase())) {
        fail(field, `${field} must be the GSS code of a current English council`);
        return;
      }
      officeCouncilCodes.push(code.trim().toUpperCase());
    });
  }

  if (errors.length > 0) return { ok: false, errors };
  const figures = { staffCount: staffCount as number, turnoverPence, balanceSheetPence };
  return {
    ok: true,
    supplier: {
      companyNumber,
      name,
      ...figures,
      isVcse: values.isVcse as boolean,
      officeCouncilCodes,
      isSme: isSme(figures),
      localTo: localCouncils(officeCouncilCodes, hierarchy),
    },
  };
}
