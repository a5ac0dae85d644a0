import type { OpportunityDraftInput } from '@app/procurement';
import { DomainError, FieldError } from '@app/shared';
import { readDateInput } from '../buyer/date-input';
import { fieldsOf, pounds, text } from './procurement.forms';

/** Blank rows on the form; a buyer fills as many as the opportunity has criteria. */
export const CRITERION_ROWS = 5;
/** The `lot` radio's value for an opportunity open to any supplier rather than called off a lot. */
export const OPEN_ROUTE = 'open';
const DEFAULT_CLOSING_TIME = '12:00';
const POUND_SHAPE = /^\d+(\.\d{1,2})?$/;
const TIME_SHAPE = /^([01]?\d|2[0-3]):([0-5]\d)$/;

export interface PublishForm {
  draft: OpportunityDraftInput;
  /** The service's `criteria[i]` is the form's row `rows[i]`: blank rows are left out. */
  rows: number[];
}

/** Minutes London is ahead of UTC at an instant (0 in winter, 60 in summer). */
function londonOffsetMinutes(at: Date): number {
  const name = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', timeZoneName: 'shortOffset' })
    .formatToParts(at)
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{1,2})(?::(\d{2}))?/.exec(name ?? '');
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

/** A UK wall-clock date and time as an ISO instant: buyers think in UK time, the service wants a zone. */
export function londonInstant(date: string, time: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const [hours, minutes] = time.split(':').map(Number);
  const wall = Date.UTC(year, month - 1, day, hours, minutes);
  // The offset at the wall time read as UTC is right except within the hour of a clock change.
  const first = wall - londonOffsetMinutes(new Date(wall)) * 60_000;
  return new Date(wall - londonOffsetMinutes(new Date(first)) * 60_000).toISOString();
}

/**
 * The publish form as the service's draft, or the form's own errors in GOV.UK words (what the form
 * can judge alone). The service judges the rest: lengths, the closing time's window, a live lot.
 */
export function readPublishForm(body: unknown): PublishForm {
  const fields = fieldsOf(body);
  const errors: FieldError[] = [];
  const fail = (field: string, message: string) => errors.push({ field, message });

  const title = text(fields, 'title');
  if (!title) fail('title', 'Enter a title for the opportunity');

  const lot = text(fields, 'lot');
  if (!lot) fail('lot', 'Select the framework lot suppliers respond through, or open to any supplier');

  const budget = pounds(text(fields, 'budget'));
  if (!budget) fail('budget', 'Enter the budget');
  else if (!POUND_SHAPE.test(budget) || Number(budget) === 0) fail('budget', 'Budget must be an amount in pounds more than zero, like 250000');

  const closingDate = readDateInput(fields, 'closingAt');
  if (closingDate.kind === 'empty') fail('closingAt', 'Enter the closing date');
  else if (closingDate.kind === 'invalid') fail('closingAt', 'Closing date must be a real date, like 27 3 2027');
  const time = text(fields, 'closingTime') || DEFAULT_CLOSING_TIME;
  if (!TIME_SHAPE.test(time)) fail('closingTime', 'Closing time must be a 24-hour time, like 14:30');

  const criteria: OpportunityDraftInput['criteria'] = [];
  const rows: number[] = [];
  let total = 0;
  for (let index = 0; index < CRITERION_ROWS; index += 1) {
    const name = text(fields, `criterion-${index}-name`);
    const weightText = text(fields, `criterion-${index}-weight`).replace(/%$/, '');
    const description = text(fields, `criterion-${index}-description`);
    if (!name && !weightText && !description) continue;
    if (!name) fail(`criterion-${index}-name`, `Enter the name of criterion ${index + 1}`);
    const weight = Number(weightText);
    if (!weightText) fail(`criterion-${index}-weight`, `Enter the weight of criterion ${index + 1}`);
    else if (!/^\d{1,3}$/.test(weightText) || weight < 1 || weight > 100) fail(`criterion-${index}-weight`, `Weight of criterion ${index + 1} must be a whole percentage from 1 to 100`);
    else total += weight;
    criteria.push({ name, description: description || null, weight });
    rows.push(index);
  }
  if (criteria.length === 0) fail('criterion-0-name', 'Enter at least one evaluation criterion');
  else if (!errors.some((error) => error.field.startsWith('criterion-')) && total !== 100) {
    fail(`criterion-${rows[0]}-weight`, `Weights must add up to 100%; they add up to ${total}%`);
  }

  if (errors.length > 0) throw DomainError.validation('PUBLISH_FORM_INVALID', errors, errors.map((error) => error.message).join('; '));
  const open = lot === OPEN_ROUTE;
  return {
    draft: {
      title,
      route: open ? 'open' : 'framework',
      lotId: open ? null : lot,
      problemStatement: text(fields, 'problemStatement') || null,
      userNeeds: text(fields, 'userNeeds') || null,
      scope: text(fields, 'scope') || null,
      budget,
      closingAt: londonInstant((closingDate as { date: string }).date, time.padStart(5, '0')),
      criteria,
    },
    rows,
  };
}

const SERVICE_MESSAGES: Record<string, string> = {
  title: 'Title must be 200 characters or fewer',
  lotId: 'Select a lot of a live framework, or open to any supplier',
  route: 'Select the framework lot suppliers respond through, or open to any supplier',
  budget: 'Budget must be an amount in pounds more than zero, like 250000',
  problemStatement: 'The problem must be 10,000 characters or fewer',
  userNeeds: 'User needs must be 10,000 characters or fewer',
  scope: 'Scope must be 10,000 characters or fewer',
};

function onTheForm({ field, message }: FieldError, rows: readonly number[]): FieldError {
  if (field === 'closingAt') {
    if (/future/.test(message)) return { field, message: 'Closing date must be in the future' };
    if (/at least/.test(message)) return { field, message: 'Closing time must be at least an hour from now' };
    if (/within/.test(message)) return { field, message: 'Closing date must be within a year' };
    return { field, message: 'Closing date must be a real date, like 27 3 2027' };
  }
  if (field === 'lotId' || field === 'route') return { field: 'lot', message: SERVICE_MESSAGES[field] };
  const criterion = /^criteria\[(\d+)\]\.(name|weight|description)$/.exec(field);
  if (criterion) {
    const row = rows[Number(criterion[1])] ?? 0;
    const words = { name: 'name', weight: 'weight', description: 'description' }[criterion[2] as 'name' | 'weight' | 'description'];
    const reason = /repeats/.test(message) ? 'repeats an earlier criterion' : /at most/.test(message) ? 'is too long' : 'is not valid';
    return { field: `criterion-${row}-${criterion[2]}`, message: `The ${words} of criterion ${row + 1} ${reason}` };
  }
  if (field === 'criteria') return { field: `criterion-${rows[0] ?? 0}-name`, message: message.replace(/^criteria/, 'Criteria') };
  return { field, message: SERVICE_MESSAGES[field] ?? message };
}

/** The service's refusal of a draft, its field paths turned into the form's inputs. */
export function publishErrorOnTheForm(error: unknown, rows: readonly number[]): unknown {
  if (!(error instanceof DomainError) || error.fieldErrors.length === 0) return error;
  const fieldErrors = error.fieldErrors.map((fieldError) => onTheForm(fieldError, rows));
  return new DomainError(error.kind, error.code, fieldErrors[0].message, fieldErrors);
}
