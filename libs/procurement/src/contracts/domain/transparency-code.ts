import { penceToPounds } from '@app/shared';
import type { AwardRoute } from './contract-terms';

/**
 * The Local Government Transparency Code 2015 "contracts over £5,000" publication: the field names
 * come from the Code's list (libs/procurement/data), the values from the register. What the
 * register does not record (department, irrecoverable VAT, review date) is published empty rather
 * than guessed.
 */

/** The register row as the publication needs it. */
export interface TransparencyContract {
  id: string;
  councilName: string;
  title: string;
  description: string;
  supplierName: string;
  supplierCompanyNumber: string | null;
  supplierIsSme: boolean;
  supplierIsVcse: boolean;
  valuePence: string;
  startDate: string;
  endDate: string;
  awardedVia: AwardRoute;
}

/**
 * The Code allows two values only: was the contract the result of an invitation to quote or of a
 * published invitation to tender? A framework call-off invites the framework's suppliers to quote,
 * and a direct award invites one supplier to: neither was advertised. (The register itself, and its
 * integrity flags, keep the finer route.)
 */
export const PROCUREMENT_ROUTE_WORDING: Record<AwardRoute, string> = {
  competition: 'published invitation to tender',
  framework: 'invitation to quote',
  direct: 'invitation to quote',
};

/** The Code covers agreements "with a value that exceeds £5,000"; smaller ones are left out of its file. */
export const TRANSPARENCY_THRESHOLD_PENCE = 500_000n;

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');

/** How each field of the Code is filled; a field name the Code file adds that is not here stops the export. */
export const TRANSPARENCY_VALUES: Readonly<Record<string, (contract: TransparencyContract) => string>> = {
  reference_number: (contract) => contract.id,
  title: (contract) => contract.title,
  // Departments are not recorded; the council is the body responsible, and a register covering
  // several councils would be unreadable without it.
  department: (contract) => contract.councilName,
  description: (contract) => contract.description,
  supplier_name_and_details: (contract) => contract.supplierName,
  value: (contract) => penceToPounds(contract.valuePence),
  irrecoverable_vat: () => '',
  start_date: (contract) => contract.startDate,
  end_date: (contract) => contract.endDate,
  review_date: () => '',
  procurement_route: (contract) => PROCUREMENT_ROUTE_WORDING[contract.awardedVia],
  supplier_is_sme: (contract) => yesNo(contract.supplierIsSme),
  supplier_is_vcse: (contract) => yesNo(contract.supplierIsVcse),
  supplier_registration_number: (contract) => contract.supplierCompanyNumber ?? '',
};

/**
 * The column names, in order, from the Code's field list: an item may name several fields
 * ("start_date; end_date; review_date"), and words in brackets describe the values.
 */
export function transparencyFieldNames(items: readonly { suggested_field_name?: string }[]): string[] {
  const names = items.flatMap((item) =>
    (item.suggested_field_name ?? '')
      .split(';')
      .map((part) => part.replace(/\(.*\)/, '').trim())
      .filter((part) => part !== ''),
  );
  const unknown = names.filter((name) => !(name in TRANSPARENCY_VALUES));
  if (names.length === 0 || unknown.length > 0) {
    throw new Error(`Transparency Code field list: no value is defined for ${unknown.join(', ') || 'any field'}`);
  }
  return names;
}

export function transparencyRow(fields: readonly string[], contract: TransparencyContract): string[] {
  return fields.map((field) => TRANSPARENCY_VALUES[field](contract));
}
