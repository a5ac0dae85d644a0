import { FieldError, poundsToPence } from '@app/shared';
import type { ListingContent } from './listing-content';

/**
 * Claims a buyer cannot check, and claims that a buyer is locked in, are refused at submission:
 * they mislead more than they inform, and moderators should not have to argue each one. Matched as
 * whole words or phrases, any case, with a space or hyphen between the words ("Market-leading").
 * Keep the list short and specific: every entry blocks a submission.
 */
export const BANNED_PHRASES: readonly string[] = [
  // Superlatives nobody can verify.
  'best in class',
  'market leading',
  'industry leading',
  'world class',
  'world leading',
  'number one',
  'unbeatable',
  'unrivalled',
  'guaranteed',
  // Lock-in and exclusivity claims.
  'no other supplier',
  'only supplier',
  'sole supplier',
  'cannot be migrated',
  'no exit',
];

/**
 * What the completeness score counts, with weights summing to 100. `required` items block a
 * submission when missing; the others only lower the score (and the listing's place in the queue).
 */
export const QUALITY_CHECKLIST: readonly { field: string; weight: number; required: boolean; present: (content: ListingContent) => boolean }[] = [
  { field: 'name', weight: 10, required: true, present: (content) => content.name !== '' },
  { field: 'summary', weight: 10, required: true, present: (content) => content.summary !== '' },
  { field: 'description', weight: 15, required: true, present: (content) => content.description !== '' },
  { field: 'features', weight: 10, required: true, present: (content) => content.features.length > 0 },
  { field: 'benefits', weight: 10, required: false, present: (content) => content.benefits.length > 0 },
  { field: 'categories', weight: 10, required: true, present: (content) => content.categoryIds.length > 0 },
  { field: 'cpvCodes', weight: 10, required: true, present: (content) => content.cpvCodes.length > 0 },
  { field: 'pricing', weight: 10, required: true, present: (content) => content.pricing !== null },
  { field: 'standards.accessibilityStatementUrl', weight: 5, required: false, present: (content) => content.standards.accessibilityStatementUrl !== null },
  { field: 'standards.dataExportFormats', weight: 5, required: false, present: (content) => content.standards.dataExportFormats.length > 0 },
  { field: 'standards.openStandards', weight: 5, required: false, present: (content) => content.standards.openStandards.length > 0 },
];

export interface QualityReport {
  /** Blocking problems, each naming its field; a submission with any is refused (422). */
  failures: FieldError[];
  /** 0–100: the weights of the checklist items present. */
  score: number;
  /** Checklist fields that are missing, required or not, in checklist order. */
  missing: string[];
}

const bannedPatterns = BANNED_PHRASES.map((phrase) => ({
  phrase,
  pattern: new RegExp(`(?<![\\p{L}\\p{N}])${phrase.split(' ').map(escapeRegExp).join('[\\s-]+')}(?![\\p{L}\\p{N}])`, 'iu'),
}));

/** The banned phrases `text` uses, in list order. */
export function bannedPhrasesIn(text: string): string[] {
  return bannedPatterns.filter(({ pattern }) => pattern.test(text)).map(({ phrase }) => phrase);
}

/** The checks run when a listing is submitted (or a published one revised): pure, so the importer runs them too. */
export function checkListingQuality(content: ListingContent): QualityReport {
  const failures: FieldError[] = [];
  const missing: string[] = [];
  let score = 0;
  for (const item of QUALITY_CHECKLIST) {
    if (item.present(content)) {
      score += item.weight;
      continue;
    }
    missing.push(item.field);
    if (item.required) failures.push({ field: item.field, message: requiredMessage(item.field) });
  }

  const texts: [string, string][] = [
    ['name', content.name],
    ['summary', content.summary],
    ['description', content.description],
    ...content.features.map((feature, index): [string, string] => [`features[${index}]`, feature]),
    ...content.benefits.map((benefit, index): [string, string] => [`benefits[${index}]`, benefit]),
  ];
  for (const [field, text] of texts) {
    const found = bannedPhrasesIn(text);
    if (found.length > 0) {
      failures.push({ field, message: `${field} makes claims buyers cannot rely on: ${found.map((phrase) => `"${phrase}"`).join(', ')}` });
    }
  }

  if (content.pricing) {
    const min = poundsToPence(content.pricing.min);
    const max = poundsToPence(content.pricing.max);
    if (min <= 0n) failures.push({ field: 'pricing.min', message: 'pricing.min must be more than zero' });
    if (max <= 0n) failures.push({ field: 'pricing.max', message: 'pricing.max must be more than zero' });
    if (min > max) failures.push({ field: 'pricing.max', message: 'pricing.max must not be less than pricing.min' });
  }
  return { failures, score, missing };
}

function requiredMessage(field: string): string {
  switch (field) {
    case 'features':
      return 'features: list at least one feature before submitting';
    case 'categories':
      return 'categories: choose at least one category before submitting';
    case 'cpvCodes':
      return 'cpvCodes: give at least one CPV code before submitting';
    case 'pricing':
      return 'pricing: give a minimum and maximum price and a unit before submitting';
    default:
      return `${field} is required before submitting`;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
