import { DomainError, FieldError } from '@app/shared';
import { daysBetween } from './calendar';
import {
  booleanOr,
  cpvCodeList,
  optionalDate,
  optionalPence,
  optionalText,
  optionalUuid,
  requiredDate,
  requiredPence,
  requiredText,
} from './field-rules';

export const CONTRACT_SOURCES = ['recorded', 'awarded', 'imported'] as const;
/** recorded: a council entered an existing arrangement; awarded: created by an award here; imported: from OCDS. */
export type ContractSource = (typeof CONTRACT_SOURCES)[number];

export const AWARD_ROUTES = ['direct', 'competition', 'framework'] as const;
/** How the contract was let: a direct award, an open or restricted competition, or a call-off from a framework. */
export type AwardRoute = (typeof AWARD_ROUTES)[number];

export const CONTRACT_LIMITS = {
  title: 200,
  description: 5000,
  supplierName: 160,
  companyNumber: 20,
  cpvCodes: 20,
} as const;

/** A contract as a buyer types it: money as pound strings, dates as YYYY-MM-DD. */
export interface ContractInput {
  title: string;
  description?: string | null;
  supplierName: string;
  supplierId?: string | null;
  companyNumber?: string | null;
  cpvCodes: string[];
  value: string;
  annualValue?: string | null;
  startDate: string;
  endDate: string;
  extensionUntil?: string | null;
  awardedVia: AwardRoute;
  supplierIsSme?: boolean;
  supplierIsVcse?: boolean;
}

export interface ContractTerms {
  title: string;
  description: string;
  supplierName: string;
  supplierId: string | null;
  companyNumber: string | null;
  cpvCodes: string[];
  valuePence: bigint;
  annualValuePence: bigint | null;
  startDate: string;
  endDate: string;
  extensionUntil: string | null;
  awardedVia: AwardRoute;
  /** Left undefined when not given, so the service can take them from a registered supplier. */
  supplierIsSme: boolean | undefined;
  supplierIsVcse: boolean | undefined;
}

/** Normalises a Companies House number, or answers null when it is not one (the organisations context owns the rules). */
export type CompanyNumberParser = (raw: string) => string | null;

/**
 * Checks a recorded contract and returns it normalised, or throws one validation error naming every
 * bad field. Dates in the past are fine: the register holds existing and expired arrangements.
 * The company number is checked by the caller, which knows the Companies House rules.
 */
export function validateContractTerms(input: ContractInput, parseCompanyNumber: CompanyNumberParser): ContractTerms {
  const errors: FieldError[] = [];
  const fail = (field: string, message: string) => errors.push({ field, message });

  const title = requiredText(input.title, 'title', CONTRACT_LIMITS.title, fail);
  const description = optionalText(input.description, 'description', CONTRACT_LIMITS.description, fail) ?? '';
  const supplierName = requiredText(input.supplierName, 'supplierName', CONTRACT_LIMITS.supplierName, fail);
  const supplierId = optionalUuid(input.supplierId, 'supplierId', fail);
  const rawCompanyNumber = optionalText(input.companyNumber, 'companyNumber', CONTRACT_LIMITS.companyNumber, fail);
  const companyNumber = rawCompanyNumber ? parseCompanyNumber(rawCompanyNumber) : null;
  if (rawCompanyNumber && !companyNumber) {
    fail('companyNumber', 'companyNumber must be a Companies House number: 8 digits, or a 2-letter prefix such as SC and 6 digits');
  }
  const cpvCodes = cpvCodeList(input.cpvCodes, 'cpvCodes', CONTRACT_LIMITS.cpvCodes, fail);
  const valuePence = requiredPence(input.value, 'value', fail);
  const annualValuePence = optionalPence(input.annualValue, 'annualValue', fail);
  const startDate = requiredDate(input.startDate, 'startDate', fail);
  const endDate = requiredDate(input.endDate, 'endDate', fail);
  const extensionUntil = optionalDate(input.extensionUntil, 'extensionUntil', fail);
  if (startDate && endDate && endDate < startDate) fail('endDate', 'endDate must be on or after startDate');
  if (endDate && extensionUntil && extensionUntil < endDate) fail('extensionUntil', 'extensionUntil must be on or after endDate');
  if (!(AWARD_ROUTES as readonly unknown[]).includes(input.awardedVia)) {
    fail('awardedVia', `awardedVia must be one of ${AWARD_ROUTES.join(', ')}`);
  }
  const supplierIsSme = input.supplierIsSme === undefined ? undefined : booleanOr(input.supplierIsSme, false, 'supplierIsSme', fail);
  const supplierIsVcse = input.supplierIsVcse === undefined ? undefined : booleanOr(input.supplierIsVcse, false, 'supplierIsVcse', fail);

  if (errors.length > 0) throw DomainError.validation('INVALID_CONTRACT', errors);
  return {
    title,
    description,
    supplierName,
    supplierId,
    companyNumber,
    cpvCodes,
    valuePence,
    annualValuePence,
    startDate,
    endDate,
    extensionUntil,
    awardedVia: input.awardedVia,
    supplierIsSme,
    supplierIsVcse,
  };
}

/** The yearly price: as stated, or the total spread over the term when only the total is known (imports). */
export function annualisedPence(contract: { valuePence: bigint; annualValuePence: bigint | null; startDate: string; endDate: string }): bigint {
  if (contract.annualValuePence !== null) return contract.annualValuePence;
  const days = BigInt(Math.max(1, daysBetween(contract.startDate, contract.endDate) + 1));
  // 365.25 days a year, rounded half up to the penny, in integers.
  return (contract.valuePence * 36525n * 2n + days * 100n) / (days * 100n * 2n);
}
