import type { NeedFullView, NeedInput, NeedPreferences } from '@app/procurement';
import { DomainError, FieldError } from '@app/shared';
import { dateInputValues, readDateInput } from './date-input';

type Fields = Record<string, unknown>;

/** The preference checkboxes: one form field each, so a re-rendered form keeps what was ticked. */
export const PREFERENCE_FIELDS: { key: keyof NeedPreferences; field: string; text: string }[] = [
  { key: 'sme', field: 'prefSme', text: 'Small and medium-sized enterprises (SMEs)' },
  { key: 'local', field: 'prefLocal', text: 'Suppliers local to our council' },
  { key: 'openSource', field: 'prefOpenSource', text: 'Open source software' },
  { key: 'openStandards', field: 'prefOpenStandards', text: 'Open standards' },
  { key: 'ukHosting', field: 'prefUkHosting', text: 'Data hosted in the UK' },
];

/** The GOV.UK date inputs on the form, by the service field each one fills. */
export const DATE_FIELDS = {
  wantedStartDate: { label: 'Wanted start date' },
  contractEndDate: { label: 'Current contract end date' },
  contractExtensionUntil: { label: 'Extension available until' },
} as const;
type DateField = keyof typeof DATE_FIELDS;

const CPV_SHAPE = /^\d{8}(-\d)?$/;
const POUND_SHAPE = /^\d+(\.\d{1,2})?$/;

function text(fields: Fields, name: string): string {
  const value = fields[name];
  return typeof value === 'string' ? value.trim() : '';
}

function pounds(typed: string): string {
  return typed.replace(/^£/, '').replace(/[,\s]/g, '');
}

/** A GOV.UK date input as YYYY-MM-DD; null when all its boxes are empty or it is not a real date (then an error). */
function readDate(fields: Fields, name: DateField, fail: (field: string, message: string) => void): string | null {
  const answer = readDateInput(fields, name);
  if (answer.kind === 'invalid') fail(name, `${DATE_FIELDS[name].label} must be a real date, like 27 3 2027`);
  return answer.kind === 'date' ? answer.date : null;
}

/**
 * The need form as typed, as the service's input; or a validation error in GOV.UK's words for what
 * the form can judge alone (dates that are not dates, amounts that are not amounts, CPV shapes). The
 * service checks the rest (known CPV codes, dates not in the past, lengths).
 */
export function readNeedForm(body: unknown): NeedInput {
  const fields: Fields = typeof body === 'object' && body !== null ? (body as Fields) : {};
  const errors: FieldError[] = [];
  const fail = (field: string, message: string) => errors.push({ field, message });

  const title = text(fields, 'title');
  if (!title) fail('title', 'Enter a title for the need');

  const cpvCodes = text(fields, 'cpvCodes')
    .split(/[,\n]/)
    .map((code) => code.trim())
    .filter((code) => code.length > 0);
  const badCpv = cpvCodes.filter((code) => !CPV_SHAPE.test(code));
  if (cpvCodes.length === 0) fail('cpvCodes', 'Enter at least one CPV code');
  else if (badCpv.length > 0) {
    fail('cpvCodes', `CPV codes must be 8 digits, like 72260000, separated by commas. Check ${badCpv.map((code) => `“${code}”`).join(', ')}`);
  }

  const estimatedValue = pounds(text(fields, 'estimatedValue'));
  if (estimatedValue && !POUND_SHAPE.test(estimatedValue)) fail('estimatedValue', 'Estimated value must be an amount in pounds, like 250000');

  const wantedStartDate = readDate(fields, 'wantedStartDate', fail);

  const supplierName = text(fields, 'contractSupplierName');
  const endDate = readDate(fields, 'contractEndDate', fail);
  const extensionUntil = readDate(fields, 'contractExtensionUntil', fail);
  const annualValue = pounds(text(fields, 'contractAnnualValue'));
  if (annualValue && !POUND_SHAPE.test(annualValue)) fail('contractAnnualValue', 'Annual value must be an amount in pounds, like 120000');
  const anyContract = supplierName || endDate || extensionUntil || annualValue || errors.some((error) => error.field.startsWith('contract'));
  if (anyContract && !supplierName) fail('contractSupplierName', 'Enter the name of the current supplier');
  if (anyContract && !endDate && !errors.some((error) => error.field === 'contractEndDate')) {
    fail('contractEndDate', 'Enter the date the current contract ends');
  }

  const collaboration = text(fields, 'openToCollaboration');
  if (collaboration !== 'yes' && collaboration !== 'no') fail('openToCollaboration', 'Select yes if other councils may see this need and join it');

  if (errors.length > 0) throw DomainError.validation('NEED_FORM_INVALID', errors);
  const preferences = Object.fromEntries(PREFERENCE_FIELDS.map(({ key, field }) => [key, text(fields, field) === 'yes'])) as unknown as NeedPreferences;
  return {
    title,
    description: text(fields, 'description') || null,
    cpvCodes,
    estimatedValue: estimatedValue || null,
    wantedStartDate,
    currentContract:
      supplierName && endDate ? { supplierName, endDate, extensionUntil, annualValue: annualValue || null } : null,
    openToCollaboration: collaboration === 'yes',
    preferences,
  };
}

/** The saved need as the form shows it for changing. */
export function needFormValues(need: NeedFullView): Record<string, string> {
  const values: Record<string, string> = {
    title: need.title,
    description: need.description,
    cpvCodes: need.cpvCodes.join(', '),
    estimatedValue: need.estimatedValue ?? '',
    openToCollaboration: need.openToCollaboration ? 'yes' : 'no',
    contractSupplierName: need.currentContract?.supplierName ?? '',
    contractAnnualValue: need.currentContract?.annualValue ?? '',
  };
  Object.assign(
    values,
    dateInputValues('wantedStartDate', need.wantedStartDate),
    dateInputValues('contractEndDate', need.currentContract?.endDate),
    dateInputValues('contractExtensionUntil', need.currentContract?.extensionUntil),
  );
  for (const { key, field } of PREFERENCE_FIELDS) if (need.preferences[key]) values[field] = 'yes';
  return values;
}

/** Service field paths (written for API callers) as the form's fields, with the form's words. */
const SERVICE_FIELDS: Record<string, { field: string; message?: string }> = {
  title: { field: 'title', message: 'Title must be 200 characters or fewer' },
  description: { field: 'description', message: 'Description must be 5000 characters or fewer' },
  estimatedValue: { field: 'estimatedValue', message: 'Estimated value must be an amount in pounds, like 250000' },
  wantedStartDate: { field: 'wantedStartDate', message: 'Wanted start date must be today or in the future' },
  openToCollaboration: { field: 'openToCollaboration' },
  currentContract: { field: 'contractSupplierName' },
  'currentContract.supplierName': { field: 'contractSupplierName', message: 'Supplier name must be 160 characters or fewer' },
  'currentContract.endDate': { field: 'contractEndDate', message: 'Current contract end date must be a real date, like 27 3 2027' },
  'currentContract.extensionUntil': { field: 'contractExtensionUntil', message: 'Extension available until must be on or after the current contract end date' },
  'currentContract.annualValue': { field: 'contractAnnualValue', message: 'Annual value must be an amount in pounds, like 120000' },
};

function onTheForm({ field, message }: FieldError): FieldError {
  // `cpvCodes[1]` and the like belong to the one input the list was typed in.
  if (field === 'cpvCodes') return { field, message: 'Enter from 1 to 20 CPV codes' };
  if (field.startsWith('cpvCodes[')) {
    const code = /\b(\d{8}(?:-\d)?)\b/.exec(message)?.[1];
    return { field: 'cpvCodes', message: code ? `${code} is not a CPV code. Check the code and try again` : 'Enter CPV codes from the CPV 2008 list' };
  }
  if (field.startsWith('preferences')) return { field: PREFERENCE_FIELDS[0].field, message: 'Select the preferences that apply' };
  const known = SERVICE_FIELDS[field];
  if (!known) return { field, message };
  return { field: known.field, message: known.message ?? message };
}

/** The service's refusal re-worded for the form, its field paths turned into the form's input names. */
export function needErrorOnTheForm(error: unknown): unknown {
  if (!(error instanceof DomainError) || error.fieldErrors.length === 0) return error;
  const fieldErrors = error.fieldErrors.map(onTheForm);
  return new DomainError(error.kind, error.code, fieldErrors[0].message, fieldErrors);
}
