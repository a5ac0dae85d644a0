import { DomainError, FieldError } from '@app/shared';
import {
  booleanOr,
  cpvCodeList,
  optionalDate,
  optionalPence,
  optionalText,
  optionalUuid,
  requiredDate,
  requiredText,
} from '../../contracts/domain/field-rules';

export const NEED_LIMITS = {
  title: 200,
  description: 5000,
  supplierName: 160,
  cpvCodes: 20,
} as const;

export interface NeedPreferences {
  sme: boolean;
  local: boolean;
  openSource: boolean;
  openStandards: boolean;
  ukHosting: boolean;
}

export const NO_PREFERENCES: NeedPreferences = { sme: false, local: false, openSource: false, openStandards: false, ukHosting: false };

/** The arrangement a need would replace, as the buyer types it. */
export interface CurrentContractInput {
  supplierName: string;
  supplierId?: string | null;
  endDate: string;
  extensionUntil?: string | null;
  annualValue?: string | null;
}

/** A need as a buyer types it: money as pound strings, dates as YYYY-MM-DD. */
export interface NeedInput {
  title: string;
  description?: string | null;
  cpvCodes: string[];
  lotId?: string | null;
  estimatedValue?: string | null;
  wantedStartDate?: string | null;
  currentContract?: CurrentContractInput | null;
  openToCollaboration?: boolean;
  preferences?: Partial<NeedPreferences> | null;
}

/** Fields left out keep their value; null clears an optional one. */
export type NeedPatch = Partial<NeedInput>;

export interface CurrentContract {
  supplierName: string;
  supplierId: string | null;
  endDate: string;
  extensionUntil: string | null;
  annualValuePence: bigint | null;
}

export interface NeedContent {
  title: string;
  description: string;
  cpvCodes: string[];
  lotId: string | null;
  estimatedValuePence: bigint | null;
  wantedStartDate: string | null;
  currentContract: CurrentContract | null;
  openToCollaboration: boolean;
  preferences: NeedPreferences;
}

/**
 * Checks a need and returns it normalised, or throws one validation error naming every bad field.
 * The wanted start date may not be in the past, but only when it is set or changed: a need saved
 * last year must stay editable after its start date has passed. `previousStart` is the stored date.
 */
export function validateNeedContent(input: NeedInput, today: string, previousStart: string | null = null): NeedContent {
  const errors: FieldError[] = [];
  const fail = (field: string, message: string) => errors.push({ field, message });

  const title = requiredText(input.title, 'title', NEED_LIMITS.title, fail);
  const description = optionalText(input.description, 'description', NEED_LIMITS.description, fail) ?? '';
  const cpvCodes = cpvCodeList(input.cpvCodes, 'cpvCodes', NEED_LIMITS.cpvCodes, fail);
  const lotId = optionalUuid(input.lotId, 'lotId', fail);
  const estimatedValuePence = optionalPence(input.estimatedValue, 'estimatedValue', fail);
  const wantedStartDate = optionalDate(input.wantedStartDate, 'wantedStartDate', fail);
  if (wantedStartDate && wantedStartDate !== previousStart && wantedStartDate < today) {
    fail('wantedStartDate', `wantedStartDate must not be in the past (today is ${today})`);
  }
  const currentContract = validateCurrentContract(input.currentContract, fail);
  const openToCollaboration = booleanOr(input.openToCollaboration, false, 'openToCollaboration', fail);
  const preferences = validatePreferences(input.preferences, fail);

  if (errors.length > 0) throw DomainError.validation('INVALID_NEED', errors);
  return { title, description, cpvCodes, lotId, estimatedValuePence, wantedStartDate, currentContract, openToCollaboration, preferences };
}

/** The stored need with a patch applied, as input to check again; preferences merge key by key. */
export function mergeNeedPatch(current: NeedInput, patch: NeedPatch): NeedInput {
  const pick = <K extends keyof NeedInput>(key: K): NeedInput[K] => (patch[key] !== undefined ? patch[key] : current[key]) as NeedInput[K];
  // Only the keys the patch sets: a DTO instance may carry the others as own undefined properties.
  const preferences =
    patch.preferences === undefined || patch.preferences === null || typeof patch.preferences !== 'object'
      ? (patch.preferences ?? current.preferences)
      : { ...current.preferences, ...definedEntries(patch.preferences) };
  return {
    title: pick('title'),
    description: pick('description'),
    cpvCodes: pick('cpvCodes'),
    lotId: pick('lotId'),
    estimatedValue: pick('estimatedValue'),
    wantedStartDate: pick('wantedStartDate'),
    currentContract: pick('currentContract'),
    openToCollaboration: pick('openToCollaboration'),
    preferences,
  };
}

type Fail = (field: string, message: string) => void;

function definedEntries<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}

function validateCurrentContract(value: unknown, fail: Fail): CurrentContract | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'object' || Array.isArray(value)) {
    fail('currentContract', 'currentContract must be an object with supplierName and endDate');
    return null;
  }
  const input = value as Record<string, unknown>;
  const supplierName = requiredText(input.supplierName, 'currentContract.supplierName', NEED_LIMITS.supplierName, fail);
  const supplierId = optionalUuid(input.supplierId, 'currentContract.supplierId', fail);
  const endDate = requiredDate(input.endDate, 'currentContract.endDate', fail);
  const extensionUntil = optionalDate(input.extensionUntil, 'currentContract.extensionUntil', fail);
  if (endDate && extensionUntil && extensionUntil < endDate) {
    fail('currentContract.extensionUntil', 'currentContract.extensionUntil must be on or after currentContract.endDate');
  }
  const annualValuePence = optionalPence(input.annualValue, 'currentContract.annualValue', fail);
  return { supplierName, supplierId, endDate, extensionUntil, annualValuePence };
}

function validatePreferences(value: unknown, fail: Fail): NeedPreferences {
  if (value === undefined || value === null) return { ...NO_PREFERENCES };
  if (typeof value !== 'object' || Array.isArray(value)) {
    fail('preferences', 'preferences must be an object of true/false choices');
    return { ...NO_PREFERENCES };
  }
  const input = value as Record<string, unknown>;
  const result = { ...NO_PREFERENCES };
  for (const key of Object.keys(NO_PREFERENCES) as (keyof NeedPreferences)[]) {
    result[key] = booleanOr(input[key], false, `preferences.${key}`, fail);
  }
  for (const key of Object.keys(input)) {
    if (!(key in NO_PREFERENCES)) fail(`preferences.${key}`, `preferences.${key} is not a recognised preference`);
  }
  return result;
}
