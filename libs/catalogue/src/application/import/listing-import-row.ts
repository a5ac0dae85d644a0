import { isCompanyNumber, normaliseCompanyNumber } from '@app/organisations';
import type { FieldError } from '@app/shared';
import type { CyberEssentialsLevel, ListingInput } from '../../domain/listing-content';
import { isSlug } from '../../domain/slug';

/** The importer's own id for a row is short text, like the other identifiers it sits beside. */
export const MAX_EXTERNAL_REF_LENGTH = 100;

/** What places a row: whose listing it is, on which lot, under which id of the importer's. */
export interface ListingRowKey {
  externalRef: string;
  companyNumber: string;
  framework: string;
  lot: string;
}

export interface ReadListingRow {
  key: ListingRowKey;
  /** The content as the API takes it, with categories still as the file wrote them (names or slugs). */
  input: ListingInput;
  errors: FieldError[];
}

/**
 * Turns a file row into what the API's validation takes (ListingInput), checking only what the
 * API does not: the row's key. Everything else is left to validateListingContent and the quality
 * checks, unchanged, so an imported listing obeys exactly the rules of one made through the API.
 */
export function readListingRow(values: Record<string, unknown>): ReadListingRow {
  const errors: FieldError[] = [];
  const required = (field: string, check: (text: string) => string | null): string => {
    const value = values[field];
    if (typeof value !== 'string' || value.trim() === '') {
      errors.push({ field, message: `${field} is required` });
      return '';
    }
    const problem = check(value.trim());
    if (problem) errors.push({ field, message: problem });
    return value.trim();
  };

  const externalRef = required('externalRef', (text) =>
    text.length > MAX_EXTERNAL_REF_LENGTH ? `externalRef must be at most ${MAX_EXTERNAL_REF_LENGTH} characters` : null,
  );
  const companyNumber = normaliseCompanyNumber(
    required('supplierCompanyNumber', (text) =>
      isCompanyNumber(normaliseCompanyNumber(text))
        ? null
        : 'supplierCompanyNumber must be a Companies House number: 8 digits, or a 2-letter prefix such as SC and 6 digits',
    ),
  );
  const framework = required('framework', (text) => (isSlug(text) ? null : 'framework must be a framework slug such as g-cloud-13'));
  const lot = required('lot', (text) => (isSlug(text) ? null : 'lot must be a lot slug such as cloud-software'));

  const input: ListingInput = {
    name: values.name as string,
    summary: values.summary as string | undefined,
    description: values.description as string | undefined,
    features: values.features as string[] | undefined,
    benefits: values.benefits as string[] | undefined,
    categories: values.categories as string[] | undefined,
    cpvCodes: values.cpvCodes as string[] | undefined,
    pricing: pricingOf(values),
    standards: {
      openSource: values.openSource as boolean | undefined,
      openApi: values.openApi as boolean | undefined,
      openStandards: values.openStandards as string[] | undefined,
      dataExportFormats: values.dataExportFormats as string[] | undefined,
      iso27001: values.iso27001 as boolean | undefined,
      cyberEssentials: values.cyberEssentials as CyberEssentialsLevel | undefined,
      ukHosting: values.ukHosting as boolean | undefined,
      accessibilityStatementUrl: values.accessibilityStatementUrl as string | null | undefined,
    },
  };
  return { key: { externalRef, companyNumber, framework, lot }, input, errors };
}

/** No price fields at all means no pricing (the quality check then asks for it); any one given means all are checked. */
function pricingOf(values: Record<string, unknown>): ListingInput['pricing'] {
  const { priceMin, priceMax, priceUnit } = values;
  if (priceMin === undefined && priceMax === undefined && priceUnit === undefined) return null;
  return { min: priceMin as string, max: priceMax as string, unit: priceUnit as string };
}

/**
 * The validation speaks of the API's shape (pricing.min, standards.openSource); a file has flat
 * columns (priceMin, openSource). Field names and messages are translated so that the report
 * names the column the person must fix.
 */
export function toFileField(error: FieldError): FieldError {
  return { field: fileName(error.field), message: fileText(error.message) };
}

function fileName(field: string): string {
  if (field === 'pricing' || field === 'pricing.min') return 'priceMin';
  if (field === 'pricing.max') return 'priceMax';
  if (field === 'pricing.unit') return 'priceUnit';
  return field.replace(/^standards\./, '');
}

function fileText(message: string): string {
  return message
    .replace(/\bpricing\.min\b/g, 'priceMin')
    .replace(/\bpricing\.max\b/g, 'priceMax')
    .replace(/\bpricing\.unit\b/g, 'priceUnit')
    .replace(/^pricing:/, 'priceMin, priceMax and priceUnit:')
    .replace(/\bstandards\./g, '');
}
