import type { ListingContent, ListingPricing, ListingStandards } from './listing-content';

/** A value as a moderator reads it in a diff: text, a list, a flag, pricing, or nothing. */
export type DiffValue = string | string[] | boolean | ListingPricing | null;

export interface FieldChange {
  field: string;
  before: DiffValue;
  after: DiffValue;
}

/** Content with categories named for people rather than held as ids; the diff compares these. */
export type DisplayContent = Omit<ListingContent, 'categoryIds'> & { categories: string[] };

const STANDARD_FIELDS: (keyof ListingStandards)[] = [
  'openSource',
  'openApi',
  'openStandards',
  'dataExportFormats',
  'iso27001',
  'cyberEssentials',
  'ukHosting',
  'accessibilityStatementUrl',
];

/**
 * What a revision changes, field by field, in a fixed order (standards as `standards.openSource`
 * and so on). Unchanged fields are left out, so an empty list means the texts are the same.
 */
export function diffListingContent(before: DisplayContent, after: DisplayContent): FieldChange[] {
  const pairs: [string, DiffValue, DiffValue][] = [
    ['name', before.name, after.name],
    ['summary', before.summary, after.summary],
    ['description', before.description, after.description],
    ['features', before.features, after.features],
    ['benefits', before.benefits, after.benefits],
    ['categories', before.categories, after.categories],
    ['cpvCodes', before.cpvCodes, after.cpvCodes],
    ['pricing', before.pricing, after.pricing],
    ...STANDARD_FIELDS.map((key): [string, DiffValue, DiffValue] => [`standards.${key}`, before.standards[key], after.standards[key]]),
  ];
  return pairs.filter(([, was, now]) => !same(was, now)).map(([field, was, now]) => ({ field, before: was, after: now }));
}

/** Key order does not matter: content read back from jsonb comes with its keys reordered. */
function same(a: DiffValue, b: DiffValue): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: DiffValue): string {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return JSON.stringify(Object.entries(value).sort(([x], [y]) => x.localeCompare(y)));
  }
  return JSON.stringify(value);
}
