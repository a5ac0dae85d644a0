import type { SupplierInput, SupplierPrivateView } from '@app/organisations';
import { DomainError, FieldError } from '@app/shared';

/** Office rows on the form: enough for most suppliers without JavaScript to add rows. */
export const OFFICE_ROWS = 3;

export const officeCouncilField = (index: number) => `office${index}Council`;
export const officePostcodeField = (index: number) => `office${index}Postcode`;

type Fields = Record<string, unknown>;

function text(fields: Fields, name: string): string {
  const value = fields[name];
  return typeof value === 'string' ? value.trim() : '';
}

/** "£2,500,000" and "2500000.00" alike become the pound string the service reads. */
function pounds(typed: string): string {
  return typed.replace(/^£/, '').replace(/[,\s]/g, '');
}

const POUND_SHAPE = /^\d+(\.\d{1,2})?$/;

/**
 * The supplier profile form as typed, or a validation error in GOV.UK's words for what the form can
 * tell by itself (missing answers, numbers that are not numbers). The service checks the rest.
 */
export interface SupplierProfileForm {
  input: SupplierInput;
  /** The form row each of `input.offices` came from, so the service's errors land on the right row. */
  officeRows: number[];
}

export function readSupplierProfileForm(body: unknown): SupplierProfileForm {
  const fields: Fields = typeof body === 'object' && body !== null ? (body as Fields) : {};
  const errors: FieldError[] = [];
  const fail = (field: string, message: string) => errors.push({ field, message });

  const name = text(fields, 'name');
  if (!name) fail('name', 'Enter your company name');
  const companyNumber = text(fields, 'companyNumber');
  if (!companyNumber) fail('companyNumber', 'Enter your Companies House number');

  const staff = text(fields, 'staffCount').replace(/,/g, '');
  if (!staff) fail('staffCount', 'Enter how many staff you have');
  else if (!/^\d+$/.test(staff)) fail('staffCount', 'Number of staff must be a whole number, like 25');

  const turnover = pounds(text(fields, 'turnover'));
  if (!turnover) fail('turnover', 'Enter your annual turnover');
  else if (!POUND_SHAPE.test(turnover)) fail('turnover', 'Turnover must be an amount in pounds, like 2500000');

  const balanceSheetTotal = pounds(text(fields, 'balanceSheetTotal'));
  if (!balanceSheetTotal) fail('balanceSheetTotal', 'Enter your balance sheet total');
  else if (!POUND_SHAPE.test(balanceSheetTotal)) fail('balanceSheetTotal', 'Balance sheet total must be an amount in pounds, like 800000');

  const vcse = text(fields, 'isVcse');
  if (vcse !== 'yes' && vcse !== 'no') fail('isVcse', 'Select yes if you are a voluntary, community or social enterprise');

  const offices: SupplierInput['offices'] = [];
  const officeRows: number[] = [];
  for (let index = 0; index < OFFICE_ROWS; index += 1) {
    const councilCode = text(fields, officeCouncilField(index));
    const postcode = text(fields, officePostcodeField(index));
    if (councilCode) {
      offices.push({ councilCode, postcode: postcode || null });
      officeRows.push(index);
    }
    else if (postcode) fail(officeCouncilField(index), `Select the council area office ${index + 1} is in`);
  }
  if (offices.length === 0 && !errors.some((error) => error.field.startsWith('office'))) {
    fail(officeCouncilField(0), 'Select the council area of at least one office');
  }

  if (errors.length > 0) throw DomainError.validation('SUPPLIER_FORM_INVALID', errors);
  const input: SupplierInput = {
    name,
    companyNumber,
    vatNumber: text(fields, 'vatNumber') || null,
    phone: text(fields, 'phone') || null,
    staffCount: Number(staff),
    turnover,
    balanceSheetTotal,
    isVcse: vcse === 'yes',
    offices,
  };
  return { input, officeRows };
}

/** The saved profile as the form shows it for editing. */
export function supplierProfileFormValues(supplier: SupplierPrivateView): Record<string, string> {
  const values: Record<string, string> = {
    name: supplier.name,
    companyNumber: supplier.companyNumber,
    vatNumber: supplier.vatNumber ?? '',
    phone: supplier.phone ?? '',
    staffCount: String(supplier.staffCount),
    turnover: supplier.turnover,
    balanceSheetTotal: supplier.balanceSheetTotal,
    isVcse: supplier.isVcse ? 'yes' : 'no',
  };
  supplier.offices.slice(0, OFFICE_ROWS).forEach((office, index) => {
    values[officeCouncilField(index)] = office.councilCode;
    values[officePostcodeField(index)] = office.postcode ?? '';
  });
  return values;
}

/** What the service's messages (written for API callers) say on this form, field by field. */
const SERVICE_MESSAGES: Record<string, string> = {
  name: 'Company name must be 160 characters or fewer',
  companyNumber: 'Enter a Companies House number in the correct format, like 01234567 or SC123456',
  vatNumber: 'Enter a VAT registration number in the correct format, like GB123456789',
  phone: 'Enter a telephone number, like 01632 960 001',
  staffCount: 'Number of staff must be a whole number, like 25',
  turnover: 'Turnover must be an amount in pounds, like 2500000',
  balanceSheetTotal: 'Balance sheet total must be an amount in pounds, like 800000',
  isVcse: 'Select yes if you are a voluntary, community or social enterprise',
  offices: 'Select the council area of at least one office',
};

const OFFICE_PATH = /^offices\[(\d+)\]\.(councilCode|postcode)$/;

function onTheForm({ field, message }: FieldError, error: DomainError, officeRows: readonly number[]): FieldError {
  if (error.code === 'COMPANY_NUMBER_TAKEN' && field === 'companyNumber') {
    return { field, message: 'A supplier with this Companies House number is already registered' };
  }
  const office = OFFICE_PATH.exec(field);
  if (office) {
    const index = officeRows[Number(office[1])] ?? 0;
    return office[2] === 'councilCode'
      ? { field: officeCouncilField(index), message: `Select the council area office ${index + 1} is in from the list` }
      : { field: officePostcodeField(index), message: `Enter a real postcode for office ${index + 1}, like ME14 1XQ` };
  }
  if (field === 'offices') return { field: officeCouncilField(0), message: SERVICE_MESSAGES.offices };
  return { field, message: SERVICE_MESSAGES[field] ?? message };
}

/** The service's refusal re-worded for the form, its field paths turned into the form's input ids. */
export function supplierErrorOnTheForm(error: unknown, officeRows: readonly number[]): unknown {
  if (!(error instanceof DomainError) || error.fieldErrors.length === 0) return error;
  const fieldErrors = error.fieldErrors.map((fieldError) => onTheForm(fieldError, error, officeRows));
  return new DomainError(error.kind, error.code, fieldErrors[0].message, fieldErrors);
}
