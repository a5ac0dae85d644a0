import type { AwardInput, InvitationAnswer, NewJointProcurement, ScoreInput } from '@app/procurement';
import { DomainError, FieldError } from '@app/shared';
import { readDateInput } from '../buyer/date-input';

export type Fields = Record<string, unknown>;

export function fieldsOf(body: unknown): Fields {
  return typeof body === 'object' && body !== null ? (body as Fields) : {};
}

export function text(fields: Fields, name: string): string {
  const value = fields[name];
  return typeof value === 'string' ? value.trim() : '';
}

const POUND_SHAPE = /^\d+(\.\d{1,2})?$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** "£250,000" as typed becomes "250000"; the shape is checked by the caller. */
export function pounds(typed: string): string {
  return typed.replace(/^£/, '').replace(/[,\s]/g, '');
}

function refuse(code: string, errors: FieldError[]): never {
  throw DomainError.validation(code, errors, errors.map((error) => error.message).join('; '));
}

/** An optional share of the value in pounds: blank means "the need's estimated value". */
function readShare(fields: Fields, errors: FieldError[]): string | null {
  const share = pounds(text(fields, 'valueShare'));
  if (share && (!POUND_SHAPE.test(share) || Number(share) === 0)) errors.push({ field: 'valueShare', message: 'Your council’s share must be an amount in pounds more than zero, like 150000' });
  return share || null;
}

/** "Buy this together": the joint procurement's title and the lead council's share. */
export function readJointProcurementForm(body: unknown, needId: string): NewJointProcurement {
  const fields = fieldsOf(body);
  const errors: FieldError[] = [];
  const title = text(fields, 'title');
  if (!title) errors.push({ field: 'title', message: 'Enter a title for the joint procurement' });
  const valueShare = readShare(fields, errors);
  if (errors.length > 0) refuse('JOINT_PROCUREMENT_FORM_INVALID', errors);
  return { title, needId, valueShare };
}

/** The invite form's checkboxes are `council-<GSS code>`: one field each, so a refused form keeps what was ticked. */
export function councilField(code: string): string {
  return `council-${code}`;
}

export function readInviteForm(body: unknown, offered: readonly string[]): string[] {
  const fields = fieldsOf(body);
  const chosen = offered.filter((code) => text(fields, councilField(code)) === 'yes');
  if (chosen.length === 0) {
    const field = offered.length > 0 ? councilField(offered[0]) : 'councils';
    refuse('INVITE_FORM_INVALID', [{ field, message: 'Select at least one council to invite' }]);
  }
  return chosen;
}

/** Accepting an invitation: which of the council's open needs joins, and its share. */
export function readAcceptForm(body: unknown, needIds: readonly string[]): InvitationAnswer {
  const fields = fieldsOf(body);
  const errors: FieldError[] = [];
  const needId = text(fields, 'needId');
  if (!needId || !UUID.test(needId) || !needIds.includes(needId.toLowerCase())) errors.push({ field: 'needId', message: 'Select the need your council joins with' });
  const valueShare = readShare(fields, errors);
  if (errors.length > 0) refuse('ACCEPT_FORM_INVALID', errors);
  return { needId: needId.toLowerCase(), valueShare };
}

/** A reason is optional when declining or withdrawing; blank is no reason. */
export function readReason(body: unknown): string | null {
  return text(fieldsOf(body), 'reason') || null;
}

export function readAnswerForm(body: unknown, field: string): string {
  const answer = text(fieldsOf(body), field);
  if (!answer) refuse('ANSWER_REQUIRED', [{ field, message: 'Enter your answer' }]);
  return answer;
}

/** Scores are `score-<n>` (0 to 100) and `comment-<n>`, one pair per criterion in the opportunity's order. */
export function readScoreForm(body: unknown, criteria: readonly { id: string; name: string }[]): ScoreInput[] {
  const fields = fieldsOf(body);
  const errors: FieldError[] = [];
  const scores = criteria.map((criterion, index) => {
    const typed = text(fields, `score-${index}`);
    const score = Number(typed);
    if (!typed) errors.push({ field: `score-${index}`, message: `Enter a score for ${criterion.name}` });
    else if (!/^\d{1,3}$/.test(typed) || score > 100) errors.push({ field: `score-${index}`, message: `Score for ${criterion.name} must be a whole number from 0 to 100` });
    return { criterionId: criterion.id, score, comment: text(fields, `comment-${index}`) || null };
  });
  if (errors.length > 0) refuse('SCORE_FORM_INVALID', errors);
  return scores;
}

/** The award form: the winning response and the contracts' dates (GOV.UK date inputs). */
export function readAwardForm(body: unknown, responseIds: readonly string[]): AwardInput {
  const fields = fieldsOf(body);
  const errors: FieldError[] = [];
  const responseId = text(fields, 'responseId').toLowerCase();
  if (!responseIds.includes(responseId)) errors.push({ field: 'responseId', message: 'Select the supplier to award the contract to' });
  const date = (name: string, label: string, required: boolean): string | null => {
    const answer = readDateInput(fields, name);
    if (answer.kind === 'invalid') errors.push({ field: name, message: `${label} must be a real date, like 1 4 2027` });
    else if (answer.kind === 'empty' && required) errors.push({ field: name, message: `Enter the ${label.toLowerCase()}` });
    return answer.kind === 'date' ? answer.date : null;
  };
  const startDate = date('startDate', 'Contract start date', true);
  const endDate = date('endDate', 'Contract end date', true);
  const extensionUntil = date('extensionUntil', 'Extension available until', false);
  if (startDate && endDate && endDate < startDate) errors.push({ field: 'endDate', message: 'Contract end date must be after the start date' });
  if (endDate && extensionUntil && extensionUntil < endDate) errors.push({ field: 'extensionUntil', message: 'Extension available until must be on or after the contract end date' });
  if (errors.length > 0) refuse('AWARD_FORM_INVALID', errors);
  return { responseId, startDate: startDate!, endDate: endDate!, extensionUntil };
}

const AWARD_SERVICE_FIELDS: Record<string, string> = { startDate: 'startDate', endDate: 'endDate', extensionUntil: 'extensionUntil', responseId: 'responseId' };

/** The award service's refusals (dates the register will not take, a response not fully scored) on the form. */
export function awardErrorOnTheForm(error: unknown): unknown {
  if (!(error instanceof DomainError)) return error;
  if (error.code === 'RESPONSE_NOT_SCORED') return DomainError.validation(error.code, [{ field: 'responseId', message: 'Score every criterion of this response before you award it' }]);
  if (error.fieldErrors.length === 0) return error;
  const fieldErrors = error.fieldErrors.map(({ field, message }) => ({ field: AWARD_SERVICE_FIELDS[field] ?? 'responseId', message: message.replace(/^[a-zA-Z]+ /, (word) => `${word.charAt(0).toUpperCase()}${word.slice(1)}`) }));
  return new DomainError(error.kind, error.code, fieldErrors[0].message, fieldErrors);
}

/**
 * A service's refusal with its field paths (written for API callers) moved onto the form's inputs
 * and, where given, in the form's words; unknown paths land on `fallback`.
 */
export function serviceErrorOnTheForm(error: unknown, fields: Record<string, { field: string; message?: string }>, fallback: string): unknown {
  if (!(error instanceof DomainError) || error.fieldErrors.length === 0) return error;
  const fieldErrors = error.fieldErrors.map(({ field, message }) => {
    const known = fields[field];
    return { field: known?.field ?? fallback, message: known?.message ?? message };
  });
  return new DomainError(error.kind, error.code, fieldErrors[0].message, fieldErrors);
}

export const SHARE_ERRORS = {
  valueShare: { field: 'valueShare', message: 'Enter your council’s share: the need has no estimated value to use instead' },
  title: { field: 'title', message: 'Title must be 200 characters or fewer' },
  needId: { field: 'needId', message: 'Select an open need of your council' },
  reason: { field: 'reason', message: 'Reason must be 1,000 characters or fewer' },
};
