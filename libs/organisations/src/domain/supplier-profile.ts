import { DomainError, FieldError, isPounds, poundsToPence } from '@app/shared';
import { isCompanyNumber, normaliseCompanyNumber } from './company-number';
import { isPostcode, normalisePostcode } from './postcode';
import { isVatNumber, normaliseVatNumber } from './vat-number';

export const SUPPLIER_LIMITS = {
  name: 160,
  companyNumber: 20,
  vatNumber: 20,
  phone: 30,
  postcode: 10,
  councilCode: 9,
  maxStaff: 10_000_000,
  minOffices: 1,
  maxOffices: 50,
} as const;

export interface OfficeInput {
  councilCode: string;
  postcode?: string | null;
}

/** A supplier profile as a person types it: money as pound strings, identifiers as written. */
export interface SupplierInput {
  name: string;
  companyNumber: string;
  vatNumber?: string | null;
  phone?: string | null;
  staffCount: number;
  turnover: string;
  balanceSheetTotal: string;
  isVcse: boolean;
  offices: OfficeInput[];
}

export interface SupplierProfile {
  name: string;
  companyNumber: string;
  vatNumber: string | null;
  phone: string | null;
  staffCount: number;
  turnoverPence: bigint;
  balanceSheetPence: bigint;
  isVcse: boolean;
  offices: { councilCode: string; postcode: string | null }[];
}

/**
 * Checks every rule of a supplier profile and returns it normalised, or throws one validation error
 * naming every bad field (`offices[1].councilCode`). Types are checked too: the web form and other
 * callers reach the service without the API's DTO validation.
 */
export function validateSupplierProfile(input: SupplierInput, isKnownCouncil: (gssCode: string) => boolean): SupplierProfile {
  const errors: FieldError[] = [];
  const fail = (field: string, message: string) => errors.push({ field, message });

  const name = requiredText(input.name, 'name', SUPPLIER_LIMITS.name, fail);

  let companyNumber = '';
  const rawCompanyNumber = requiredText(input.companyNumber, 'companyNumber', SUPPLIER_LIMITS.companyNumber, fail);
  if (rawCompanyNumber) {
    companyNumber = normaliseCompanyNumber(rawCompanyNumber);
    if (!isCompanyNumber(companyNumber)) {
      fail('companyNumber', 'companyNumber must be a Companies House number: 8 digits, or a 2-letter prefix such as SC and 6 digits');
    }
  }

  let vatNumber = optionalText(input.vatNumber, 'vatNumber', SUPPLIER_LIMITS.vatNumber, fail);
  if (vatNumber) {
    vatNumber = normaliseVatNumber(vatNumber);
    if (!isVatNumber(vatNumber)) fail('vatNumber', 'vatNumber must be GB followed by 9 or 12 digits');
  }

  const phone = optionalText(input.phone, 'phone', SUPPLIER_LIMITS.phone, fail);
  if (phone && !isPhone(phone)) fail('phone', 'phone must be a telephone number of 7 to 15 digits');

  const staffCount = input.staffCount;
  if (typeof staffCount !== 'number' || !Number.isInteger(staffCount) || staffCount < 0 || staffCount > SUPPLIER_LIMITS.maxStaff) {
    fail('staffCount', `staffCount must be a whole number from 0 to ${SUPPLIER_LIMITS.maxStaff}`);
  }

  const turnoverPence = pence(input.turnover, 'turnover', fail);
  const balanceSheetPence = pence(input.balanceSheetTotal, 'balanceSheetTotal', fail);

  if (typeof input.isVcse !== 'boolean') fail('isVcse', 'isVcse must be true or false');

  const offices: SupplierProfile['offices'] = [];
  if (!Array.isArray(input.offices) || input.offices.length < SUPPLIER_LIMITS.minOffices || input.offices.length > SUPPLIER_LIMITS.maxOffices) {
    fail('offices', `offices must list from ${SUPPLIER_LIMITS.minOffices} to ${SUPPLIER_LIMITS.maxOffices} office locations`);
  } else {
    input.offices.forEach((office, index) => {
      const path = `offices[${index}]`;
      if (typeof office !== 'object' || office === null) {
        fail(path, `${path} must be an object with a councilCode`);
        return;
      }
      const councilCode = requiredText(office.councilCode, `${path}.councilCode`, SUPPLIER_LIMITS.councilCode, fail);
      if (councilCode && !isKnownCouncil(councilCode.toUpperCase())) {
        fail(`${path}.councilCode`, `${path}.councilCode is not the GSS code of a current English council`);
      }
      let postcode = optionalText(office.postcode, `${path}.postcode`, SUPPLIER_LIMITS.postcode, fail);
      if (postcode) {
        postcode = normalisePostcode(postcode);
        if (!isPostcode(postcode)) fail(`${path}.postcode`, `${path}.postcode must be a UK postcode such as ME14 1XQ`);
      }
      offices.push({ councilCode: councilCode.toUpperCase(), postcode });
    });
  }

  if (errors.length > 0) throw DomainError.validation('INVALID_SUPPLIER', errors);
  return {
    name,
    companyNumber,
    vatNumber,
    phone,
    staffCount,
    turnoverPence: turnoverPence!,
    balanceSheetPence: balanceSheetPence!,
    isVcse: input.isVcse,
    offices,
  };
}

type Fail = (field: string, message: string) => void;

function requiredText(value: unknown, field: string, maxLength: number, fail: Fail): string {
  if (typeof value !== 'string' || value.trim() === '') {
    fail(field, `${field} is required`);
    return '';
  }
  const text = value.trim();
  if (text.length > maxLength) {
    fail(field, `${field} must be at most ${maxLength} characters`);
    return '';
  }
  return text;
}

function optionalText(value: unknown, field: string, maxLength: number, fail: Fail): string | null {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return null;
  if (typeof value !== 'string') {
    fail(field, `${field} must be text`);
    return null;
  }
  const text = value.trim();
  if (text.length > maxLength) {
    fail(field, `${field} must be at most ${maxLength} characters`);
    return null;
  }
  return text;
}

function pence(value: unknown, field: string, fail: Fail): bigint | null {
  if (typeof value !== 'string' || !isPounds(value.trim())) {
    fail(field, `${field} must be an amount in pounds such as "1250000.00" (at most 2 decimals)`);
    return null;
  }
  return poundsToPence(value.trim());
}

function isPhone(value: string): boolean {
  const digits = value.replace(/\D/g, '').length;
  return /^\+?[\d ()-]+$/.test(value) && digits >= 7 && digits <= 15;
}
