import { DomainError, FieldError, isPounds, poundsToPence } from '@app/shared';

/** How long each text may be, and how many criteria an opportunity may have: shared with the API's DTOs. */
export const OPPORTUNITY_LIMITS = {
  title: 200,
  requirement: 10_000,
  criteria: 20,
  criterionName: 200,
  criterionDescription: 2_000,
  /** The earliest closing time after publication: suppliers need some time to answer at all. */
  minOpenHours: 1,
  /** Nobody keeps a tender open for more than a year; a later date is a typing mistake. */
  maxOpenDays: 365,
  money: 16,
  reason: 1_000,
} as const;

export const ROUTES = ['framework', 'open'] as const;
/** framework: a call-off from a framework lot, only its listed suppliers may respond; open: anyone may. */
export type Route = (typeof ROUTES)[number];

export interface CriterionInput {
  name: string;
  description?: string | null;
  /** A whole percentage; the weights of an opportunity sum to 100. */
  weight: number;
}

/** What a buyer writes to publish an opportunity: unchecked, as it arrives. */
export interface OpportunityDraftInput {
  title: string;
  route: Route;
  lotId?: string | null;
  problemStatement?: string | null;
  userNeeds?: string | null;
  scope?: string | null;
  /** Pounds, at most two decimals, as a string ("250000.00"). */
  budget: string;
  /** ISO 8601 with a time zone. */
  closingAt: string;
  criteria: CriterionInput[];
}

export interface Criterion {
  name: string;
  description: string;
  weight: number;
}

export interface OpportunityDraft {
  title: string;
  route: Route;
  lotId: string | null;
  problemStatement: string;
  userNeeds: string;
  scope: string;
  budgetPence: bigint;
  closingAt: Date;
  criteria: Criterion[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// A zone is required: a closing time without one means different moments to different readers.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * Checks a draft and answers it normalised (trimmed text, pence, a Date), or a 422 naming every bad
 * field. Missing requirement texts are not errors: the quality linter warns about them instead.
 */
export function validateOpportunityDraft(input: OpportunityDraftInput, now: Date): OpportunityDraft {
  const errors: FieldError[] = [];
  const text = (field: string, value: string | null | undefined, max: number, required: boolean): string => {
    const trimmed = (value ?? '').trim();
    if (required && trimmed === '') errors.push({ field, message: `${field} is required` });
    if (trimmed.length > max) errors.push({ field, message: `${field} must be at most ${max} characters` });
    return trimmed;
  };

  const title = text('title', input.title, OPPORTUNITY_LIMITS.title, true);
  const problemStatement = text('problemStatement', input.problemStatement, OPPORTUNITY_LIMITS.requirement, false);
  const userNeeds = text('userNeeds', input.userNeeds, OPPORTUNITY_LIMITS.requirement, false);
  const scope = text('scope', input.scope, OPPORTUNITY_LIMITS.requirement, false);

  if (!(ROUTES as readonly string[]).includes(input.route)) errors.push({ field: 'route', message: `route must be one of ${ROUTES.join(', ')}` });
  let lotId: string | null = null;
  if (input.route === 'framework') {
    if (!input.lotId) errors.push({ field: 'lotId', message: 'lotId is required for the framework route: the lot whose listed suppliers may respond' });
    else if (!UUID.test(input.lotId)) errors.push({ field: 'lotId', message: 'lotId must be the id (a UUID) of a framework lot' });
    else lotId = input.lotId.toLowerCase();
  } else if (input.route === 'open' && input.lotId) {
    errors.push({ field: 'lotId', message: 'lotId must be left out on the open route, which is not tied to a lot' });
  }

  const budgetPence = money(errors, 'budget', input.budget);
  if (budgetPence === 0n) errors.push({ field: 'budget', message: 'budget must be more than zero' });

  const closingAt = closing(errors, input.closingAt, now);
  const criteria = validateCriteria(errors, input.criteria);

  if (errors.length > 0) throw DomainError.validation('INVALID_OPPORTUNITY', errors, `The opportunity has invalid fields: ${errors.map((e) => e.message).join('; ')}`);
  return { title, route: input.route, lotId, problemStatement, userNeeds, scope, budgetPence: budgetPence ?? 0n, closingAt: closingAt!, criteria };
}

/** Pounds as a string to pence, or a field error that says why (negative, too many decimals, not a number). */
export function money(errors: FieldError[], field: string, value: unknown): bigint | null {
  if (typeof value !== 'string' || value.trim() === '') {
    errors.push({ field, message: `${field} is required: an amount in pounds such as "250000.00"` });
    return null;
  }
  if (value.trim().startsWith('-')) {
    errors.push({ field, message: `${field} cannot be negative` });
    return null;
  }
  if (!isPounds(value)) {
    errors.push({ field, message: `${field} must be an amount in pounds with at most two decimals, such as "250000.00"` });
    return null;
  }
  return poundsToPence(value);
}

function closing(errors: FieldError[], value: string, now: Date): Date | null {
  const at = typeof value === 'string' && ISO_INSTANT.test(value) && isCalendarDate(value.slice(0, 10)) ? new Date(value) : null;
  if (!at || Number.isNaN(at.getTime())) {
    errors.push({ field: 'closingAt', message: 'closingAt must be an ISO 8601 date and time with a time zone, such as 2030-03-31T12:00:00Z' });
    return null;
  }
  if (at.getTime() <= now.getTime()) {
    errors.push({ field: 'closingAt', message: 'closingAt must be in the future' });
  } else if (at.getTime() - now.getTime() < OPPORTUNITY_LIMITS.minOpenHours * HOUR) {
    errors.push({ field: 'closingAt', message: `closingAt must be at least ${OPPORTUNITY_LIMITS.minOpenHours} hour after publication` });
  } else if (at.getTime() - now.getTime() > OPPORTUNITY_LIMITS.maxOpenDays * DAY) {
    errors.push({ field: 'closingAt', message: `closingAt must be within ${OPPORTUNITY_LIMITS.maxOpenDays} days of publication` });
  }
  return at;
}

/** Date parsing rolls 31 February over into March; a closing date that does not exist is a mistake. */
function isCalendarDate(day: string): boolean {
  const [year, month, date] = day.split('-').map(Number);
  const utc = new Date(Date.UTC(year, month - 1, date));
  return utc.getUTCFullYear() === year && utc.getUTCMonth() === month - 1 && utc.getUTCDate() === date;
}

function validateCriteria(errors: FieldError[], input: CriterionInput[]): Criterion[] {
  if (!Array.isArray(input) || input.length === 0) {
    errors.push({ field: 'criteria', message: 'criteria must list at least one evaluation criterion' });
    return [];
  }
  if (input.length > OPPORTUNITY_LIMITS.criteria) {
    errors.push({ field: 'criteria', message: `criteria must have at most ${OPPORTUNITY_LIMITS.criteria} entries` });
    return [];
  }
  const seen = new Set<string>();
  const criteria = input.map((criterion, index) => {
    const field = `criteria[${index}]`;
    const name = (criterion.name ?? '').trim();
    const description = (criterion.description ?? '').trim();
    if (name === '') errors.push({ field: `${field}.name`, message: `${field}.name is required` });
    else if (name.length > OPPORTUNITY_LIMITS.criterionName) errors.push({ field: `${field}.name`, message: `${field}.name must be at most ${OPPORTUNITY_LIMITS.criterionName} characters` });
    else if (seen.has(name.toLowerCase())) errors.push({ field: `${field}.name`, message: `${field}.name repeats an earlier criterion` });
    seen.add(name.toLowerCase());
    if (description.length > OPPORTUNITY_LIMITS.criterionDescription) {
      errors.push({ field: `${field}.description`, message: `${field}.description must be at most ${OPPORTUNITY_LIMITS.criterionDescription} characters` });
    }
    if (!Number.isInteger(criterion.weight) || criterion.weight < 1 || criterion.weight > 100) {
      errors.push({ field: `${field}.weight`, message: `${field}.weight must be a whole percentage from 1 to 100` });
    }
    return { name, description, weight: criterion.weight };
  });
  const total = criteria.reduce((sum, criterion) => sum + (Number.isInteger(criterion.weight) ? criterion.weight : 0), 0);
  if (criteria.every((criterion) => Number.isInteger(criterion.weight)) && total !== 100) {
    errors.push({ field: 'criteria', message: `criteria weights must sum to 100; they sum to ${total}` });
  }
  return criteria;
}
