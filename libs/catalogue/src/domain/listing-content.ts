import { FieldError, isPounds, penceToPounds, poundsToPence } from '@app/shared';

export const CYBER_ESSENTIALS_LEVELS = ['none', 'basic', 'plus'] as const;
export type CyberEssentialsLevel = (typeof CYBER_ESSENTIALS_LEVELS)[number];

/** Every limit a listing obeys, shared by the API's DTOs, the web forms and the importer. */
export const LISTING_LIMITS = {
  name: 120,
  summary: 500,
  description: 10_000,
  item: 200,
  features: 20,
  benefits: 20,
  categories: 100,
  categoryRef: 120,
  cpvCodes: 20,
  cpvCode: 10,
  priceUnit: 60,
  /** Pound strings: 13 digits, a point and 2 decimals, the most a bigint column of pence holds safely. */
  price: 16,
  openStandards: 30,
  openStandard: 100,
  dataExportFormats: 20,
  dataExportFormat: 50,
  url: 500,
} as const;

export interface ListingPricing {
  /** Pounds, exactly two decimals: "120.00". */
  min: string;
  max: string;
  /** What one price buys: "per user per month". */
  unit: string;
}

export interface ListingStandards {
  openSource: boolean;
  openApi: boolean;
  openStandards: string[];
  dataExportFormats: string[];
  iso27001: boolean;
  cyberEssentials: CyberEssentialsLevel;
  ukHosting: boolean;
  /** An https URL, or null. */
  accessibilityStatementUrl: string | null;
}

/**
 * A listing's editable content after validation: what every version stores (listing_version.content)
 * and what the listing row shows. Categories are held by id; CPV codes as 8 digits.
 */
export interface ListingContent {
  name: string;
  summary: string;
  description: string;
  features: string[];
  benefits: string[];
  categoryIds: string[];
  cpvCodes: string[];
  pricing: ListingPricing | null;
  standards: ListingStandards;
}

/**
 * A listing as a supplier or an import file writes it. Only the name is needed for a draft; the
 * quality checks at submission ask for the rest. Categories are the lot's category slugs (or ids).
 * CPV codes may carry their check digit (72260000-5).
 */
export interface ListingInput {
  name: string;
  summary?: string;
  description?: string;
  features?: string[];
  benefits?: string[];
  categories?: string[];
  cpvCodes?: string[];
  pricing?: { min: string; max: string; unit: string } | null;
  standards?: Partial<ListingStandards>;
}

/** The lot a listing sits on, as the rules need it. */
export interface LotRules {
  slug: string;
  maxCategoriesPerService: number;
}

/** One of the lot's categories. */
export interface CategoryRef {
  id: string;
  slug: string;
}

export const DEFAULT_STANDARDS: ListingStandards = {
  openSource: false,
  openApi: false,
  openStandards: [],
  dataExportFormats: [],
  iso27001: false,
  cyberEssentials: 'none',
  ukHosting: false,
  accessibilityStatementUrl: null,
};

export type ListingValidation = { ok: true; content: ListingContent } | { ok: false; errors: FieldError[] };

/**
 * Checks everything a listing must obey at every save, and returns the content normalised (trimmed,
 * duplicates dropped, money to two decimals, categories to ids) or every broken rule as a field
 * error. Types are checked too, since the web and the importer reach here without the API's DTOs.
 * Completeness, banned words and price sanity are the quality checks at submission (quality.ts).
 */
export function validateListingContent(
  input: ListingInput,
  lot: LotRules,
  categories: readonly CategoryRef[],
  isKnownCpv: (code: string) => boolean,
): ListingValidation {
  const errors: FieldError[] = [];
  const fail = (field: string, message: string) => errors.push({ field, message });
  if (typeof input !== 'object' || input === null) return { ok: false, errors: [{ field: 'listing', message: 'listing must be an object' }] };

  const name = text(input.name, 'name', LISTING_LIMITS.name, fail, true);
  const summary = text(input.summary, 'summary', LISTING_LIMITS.summary, fail);
  const description = text(input.description, 'description', LISTING_LIMITS.description, fail);
  const features = textList(input.features, 'features', LISTING_LIMITS.features, LISTING_LIMITS.item, fail);
  const benefits = textList(input.benefits, 'benefits', LISTING_LIMITS.benefits, LISTING_LIMITS.item, fail);

  const categoryIds: string[] = [];
  const refs = textList(input.categories, 'categories', LISTING_LIMITS.categories, LISTING_LIMITS.categoryRef, fail);
  refs.forEach((ref, index) => {
    const category = categories.find((candidate) => candidate.slug === ref || candidate.id === ref);
    if (!category) fail(`categories[${index}]`, `categories[${index}] "${ref}" is not a category of lot ${lot.slug}`);
    else if (!categoryIds.includes(category.id)) categoryIds.push(category.id);
  });
  if (categoryIds.length > lot.maxCategoriesPerService) {
    fail('categories', `categories: a service on lot ${lot.slug} may choose at most ${lot.maxCategoriesPerService} categories`);
  }

  const cpvCodes: string[] = [];
  textList(input.cpvCodes, 'cpvCodes', LISTING_LIMITS.cpvCodes, LISTING_LIMITS.cpvCode, fail).forEach((raw, index) => {
    const match = /^(\d{8})(?:-\d)?$/.exec(raw);
    if (!match) fail(`cpvCodes[${index}]`, `cpvCodes[${index}] must be a CPV code of 8 digits, optionally with its check digit (72260000-5)`);
    else if (!isKnownCpv(match[1])) fail(`cpvCodes[${index}]`, `cpvCodes[${index}] ${match[1]} is not a CPV 2008 code`);
    else if (!cpvCodes.includes(match[1])) cpvCodes.push(match[1]);
  });

  const pricing = pricingOf(input.pricing, fail);
  const standards = standardsOf(input.standards, fail);

  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, content: { name, summary, description, features, benefits, categoryIds, cpvCodes, pricing, standards } };
}

/** The input that gives back `content` exactly (categories by id), for merging a change over it. */
export function inputOfContent(content: ListingContent): ListingInput {
  return {
    name: content.name,
    summary: content.summary,
    description: content.description,
    features: [...content.features],
    benefits: [...content.benefits],
    categories: [...content.categoryIds],
    cpvCodes: [...content.cpvCodes],
    pricing: content.pricing ? { ...content.pricing } : null,
    standards: { ...content.standards, openStandards: [...content.standards.openStandards], dataExportFormats: [...content.standards.dataExportFormats] },
  };
}

/** A change over the current content: fields left out keep their value; `standards` changes field by field. */
export function mergeListingInput(current: ListingContent, patch: Partial<ListingInput>): ListingInput {
  const base = inputOfContent(current);
  const pick = <K extends keyof ListingInput>(key: K): ListingInput[K] => (patch[key] !== undefined ? patch[key] : base[key]) as ListingInput[K];
  const standardsPatch = patch.standards && typeof patch.standards === 'object' ? patch.standards : {};
  return {
    name: pick('name'),
    summary: pick('summary'),
    description: pick('description'),
    features: pick('features'),
    benefits: pick('benefits'),
    categories: pick('categories'),
    cpvCodes: pick('cpvCodes'),
    pricing: pick('pricing'),
    standards: { ...base.standards, ...definedOnly(standardsPatch) },
  };
}

type Fail = (field: string, message: string) => void;

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}

function text(value: unknown, field: string, maxLength: number, fail: Fail, required = false): string {
  if (value === undefined || value === null) {
    if (required) fail(field, `${field} is required`);
    return '';
  }
  if (typeof value !== 'string') {
    fail(field, `${field} must be text`);
    return '';
  }
  const trimmed = value.trim();
  if (required && trimmed === '') fail(field, `${field} is required`);
  if (trimmed.length > maxLength) fail(field, `${field} must be at most ${maxLength} characters`);
  return trimmed;
}

/** A list of short texts: trimmed, blanks refused, exact duplicates dropped. */
function textList(value: unknown, field: string, maxItems: number, maxLength: number, fail: Fail): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    fail(field, `${field} must be a list`);
    return [];
  }
  if (value.length > maxItems) {
    fail(field, `${field} must have at most ${maxItems} entries`);
    return [];
  }
  const items: string[] = [];
  value.forEach((item: unknown, index) => {
    const path = `${field}[${index}]`;
    if (typeof item !== 'string') return fail(path, `${path} must be text`);
    const trimmed = item.trim();
    if (trimmed === '') return fail(path, `${path} must not be blank`);
    if (trimmed.length > maxLength) return fail(path, `${path} must be at most ${maxLength} characters`);
    if (!items.includes(trimmed)) items.push(trimmed);
  });
  return items;
}

function pricingOf(value: unknown, fail: Fail): ListingPricing | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'object' || Array.isArray(value)) {
    fail('pricing', 'pricing must be an object with min, max and unit');
    return null;
  }
  const { min, max, unit } = value as Record<string, unknown>;
  const pounds = (amount: unknown, field: string): string => {
    if (typeof amount !== 'string' || amount.trim().length > LISTING_LIMITS.price || !isPounds(amount.trim())) {
      fail(field, `${field} must be an amount in pounds such as "120.00" (at most 2 decimals)`);
      return '';
    }
    return penceToPounds(poundsToPence(amount.trim()));
  };
  const pricing = { min: pounds(min, 'pricing.min'), max: pounds(max, 'pricing.max'), unit: text(unit, 'pricing.unit', LISTING_LIMITS.priceUnit, fail, true) };
  return pricing;
}

function standardsOf(value: unknown, fail: Fail): ListingStandards {
  if (value === undefined || value === null) return { ...DEFAULT_STANDARDS };
  if (typeof value !== 'object' || Array.isArray(value)) {
    fail('standards', 'standards must be an object');
    return { ...DEFAULT_STANDARDS };
  }
  const given = value as Record<string, unknown>;
  const flag = (key: 'openSource' | 'openApi' | 'iso27001' | 'ukHosting'): boolean => {
    const entry = given[key];
    if (entry === undefined || entry === null) return DEFAULT_STANDARDS[key];
    if (typeof entry !== 'boolean') fail(`standards.${key}`, `standards.${key} must be true or false`);
    return entry === true;
  };
  const cyberEssentials = given.cyberEssentials ?? DEFAULT_STANDARDS.cyberEssentials;
  if (!(CYBER_ESSENTIALS_LEVELS as readonly unknown[]).includes(cyberEssentials)) {
    fail('standards.cyberEssentials', `standards.cyberEssentials must be one of ${CYBER_ESSENTIALS_LEVELS.join(', ')}`);
  }
  return {
    openSource: flag('openSource'),
    openApi: flag('openApi'),
    openStandards: textList(given.openStandards, 'standards.openStandards', LISTING_LIMITS.openStandards, LISTING_LIMITS.openStandard, fail),
    dataExportFormats: textList(given.dataExportFormats, 'standards.dataExportFormats', LISTING_LIMITS.dataExportFormats, LISTING_LIMITS.dataExportFormat, fail),
    iso27001: flag('iso27001'),
    cyberEssentials: cyberEssentials as CyberEssentialsLevel,
    ukHosting: flag('ukHosting'),
    accessibilityStatementUrl: httpsUrl(given.accessibilityStatementUrl, 'standards.accessibilityStatementUrl', fail),
  };
}

function httpsUrl(value: unknown, field: string, fail: Fail): string | null {
  const raw = text(value, field, LISTING_LIMITS.url, fail);
  if (raw === '') return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    fail(field, `${field} must be a web address starting https://`);
    return null;
  }
  if (url.protocol !== 'https:' || !url.hostname.includes('.') || url.username || url.password) {
    fail(field, `${field} must be a web address starting https://`);
    return null;
  }
  return raw;
}
