import type { ListingInput, ListingPrivateView } from '@app/catalogue';
import { CYBER_ESSENTIALS_LEVELS, CyberEssentialsLevel } from '@app/catalogue';
import { DomainError, FieldError } from '@app/shared';

/** The yes/no standards, ticked as one checkbox group named `standards`. */
export const STANDARD_FLAGS = ['openSource', 'openApi', 'iso27001', 'ukHosting'] as const;
type StandardFlag = (typeof STANDARD_FLAGS)[number];

type Fields = Record<string, unknown>;

function text(fields: Fields, name: string): string {
  const value = fields[name];
  return typeof value === 'string' ? value.trim() : '';
}

/** A checkbox group arrives as one string when one box is ticked and a list when several are. */
export function ticked(fields: unknown, name: string): string[] {
  const value = typeof fields === 'object' && fields !== null ? (fields as Fields)[name] : undefined;
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** One entry a line, blank lines dropped. */
function lines(typed: string): string[] {
  return typed
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** "72260000, 48000000-8" or one a line. */
function commaList(typed: string): string[] {
  return typed
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

const CPV_SHAPE = /^\d{8}(-\d)?$/;
const POUND_SHAPE = /^\d+(\.\d{1,2})?$/;

function pounds(typed: string): string {
  return typed.replace(/^£/, '').replace(/[,\s]/g, '');
}

function isCyberEssentials(value: string): value is CyberEssentialsLevel {
  return (CYBER_ESSENTIALS_LEVELS as readonly string[]).includes(value);
}

/**
 * The listing form as typed. Only the shape of what the form can judge alone is checked here (CPV
 * codes, prices); what a lot allows and what submission needs is the service's to say.
 */
export function readListingForm(body: unknown): ListingInput {
  const fields: Fields = typeof body === 'object' && body !== null ? (body as Fields) : {};
  const errors: FieldError[] = [];
  const fail = (field: string, message: string) => errors.push({ field, message });

  const name = text(fields, 'name');
  if (!name) fail('name', 'Enter the name of your service');

  const cpvCodes = commaList(text(fields, 'cpvCodes'));
  const badCpv = cpvCodes.filter((code) => !CPV_SHAPE.test(code));
  if (badCpv.length > 0) {
    fail('cpvCodes', `CPV codes must be 8 digits, like 72260000, separated by commas. Check ${badCpv.map((code) => `“${code}”`).join(', ')}`);
  }

  const priceMin = pounds(text(fields, 'priceMin'));
  const priceMax = pounds(text(fields, 'priceMax'));
  const priceUnit = text(fields, 'priceUnit');
  let pricing: ListingInput['pricing'] = null;
  if (priceMin || priceMax || priceUnit) {
    if (!priceMin) fail('priceMin', 'Enter the lowest price');
    else if (!POUND_SHAPE.test(priceMin)) fail('priceMin', 'Lowest price must be an amount in pounds, like 120 or 120.50');
    if (!priceMax) fail('priceMax', 'Enter the highest price');
    else if (!POUND_SHAPE.test(priceMax)) fail('priceMax', 'Highest price must be an amount in pounds, like 500 or 500.50');
    if (!priceUnit) fail('priceUnit', 'Enter what one price buys, like per user per month');
    pricing = { min: priceMin, max: priceMax, unit: priceUnit };
  }

  const cyber = text(fields, 'cyberEssentials') || 'none';
  if (!isCyberEssentials(cyber)) fail('cyberEssentials', 'Select your Cyber Essentials certification');

  if (errors.length > 0) throw DomainError.validation('LISTING_FORM_INVALID', errors);
  const flags = new Set(ticked(fields, 'standards'));
  const flag = (name: StandardFlag) => flags.has(name);
  return {
    name,
    summary: text(fields, 'summary'),
    description: text(fields, 'description'),
    features: lines(text(fields, 'features')),
    benefits: lines(text(fields, 'benefits')),
    categories: ticked(fields, 'categories'),
    cpvCodes,
    pricing,
    standards: {
      openSource: flag('openSource'),
      openApi: flag('openApi'),
      iso27001: flag('iso27001'),
      ukHosting: flag('ukHosting'),
      cyberEssentials: isCyberEssentials(cyber) ? cyber : 'none',
      openStandards: lines(text(fields, 'openStandards')),
      dataExportFormats: lines(text(fields, 'dataExportFormats')),
      accessibilityStatementUrl: text(fields, 'accessibilityStatementUrl') || null,
    },
  };
}

export interface ListingFormState {
  values: Record<string, string>;
  /** Ticked checkboxes, kept apart from `values`, which holds only single text answers. */
  ticked: { categories: string[]; standards: string[] };
}

/** The saved listing as the form shows it for editing. */
export function listingFormState(listing: ListingPrivateView): ListingFormState {
  const content = listing.pendingRevision ?? listing;
  return {
    values: {
      name: content.name,
      summary: content.summary,
      description: content.description,
      features: content.features.join('\n'),
      benefits: content.benefits.join('\n'),
      cpvCodes: content.cpvCodes.join(', '),
      priceMin: content.pricing?.min ?? '',
      priceMax: content.pricing?.max ?? '',
      priceUnit: content.pricing?.unit ?? '',
      cyberEssentials: content.standards.cyberEssentials,
      openStandards: content.standards.openStandards.join('\n'),
      dataExportFormats: content.standards.dataExportFormats.join('\n'),
      accessibilityStatementUrl: content.standards.accessibilityStatementUrl ?? '',
    },
    ticked: {
      categories: content.categories.map((category) => category.slug),
      standards: STANDARD_FLAGS.filter((flag) => content.standards[flag]),
    },
  };
}

/** The form's label for each of the service's field paths, and the input the message links to. */
const FIELDS: Record<string, { id: string; label: string; required?: string }> = {
  name: { id: 'name', label: 'Service name', required: 'Enter the name of your service' },
  summary: { id: 'summary', label: 'Summary', required: 'Enter a summary of your service' },
  description: { id: 'description', label: 'Description', required: 'Enter a description of your service' },
  features: { id: 'features', label: 'Features', required: 'Enter at least one feature' },
  benefits: { id: 'benefits', label: 'Benefits' },
  categories: { id: 'categories', label: 'Categories', required: 'Select at least one category' },
  cpvCodes: { id: 'cpvCodes', label: 'CPV codes', required: 'Enter at least one CPV code' },
  pricing: { id: 'priceMin', label: 'Price', required: 'Enter a lowest and highest price and what one price buys' },
  'pricing.min': { id: 'priceMin', label: 'Lowest price' },
  'pricing.max': { id: 'priceMax', label: 'Highest price' },
  'pricing.unit': { id: 'priceUnit', label: 'What one price buys' },
  'standards.cyberEssentials': { id: 'cyberEssentials', label: 'Cyber Essentials' },
  'standards.openStandards': { id: 'openStandards', label: 'Open standards' },
  'standards.dataExportFormats': { id: 'dataExportFormats', label: 'Data export formats' },
  'standards.accessibilityStatementUrl': { id: 'accessibilityStatementUrl', label: 'Accessibility statement' },
  framework: { id: 'lot', label: 'Framework' },
  lot: { id: 'lot', label: 'Lot' },
};

function onTheForm({ field, message }: FieldError): FieldError {
  // `cpvCodes[2]` and `features[0]` belong to the one input the list was typed in.
  const base = field.replace(/\[\d+\]$/, '');
  const known = FIELDS[base];
  if (!known) return { field, message };
  if (known.required && /required|at least one|give a minimum/.test(message) && /before submitting|is required/.test(message)) {
    return { field: known.id, message: known.required };
  }
  // The service writes for API callers ("cpvCodes[1] 12345678 is not a CPV 2008 code"); lead with the label instead.
  const rest = message.startsWith(field) ? message.slice(field.length).replace(/^:?\s*/, '') : message;
  return { field: known.id, message: `${known.label}: ${rest}` };
}

/** The service's refusal (content rules or quality checks) re-worded for the listing form. */
export function listingErrorOnTheForm(error: unknown): unknown {
  if (!(error instanceof DomainError) || error.fieldErrors.length === 0) return error;
  const fieldErrors = error.fieldErrors.map(onTheForm);
  return new DomainError(error.kind, error.code, fieldErrors[0].message, fieldErrors);
}
