import type { CriterionView, ResponseInput, ResponseView } from '@app/procurement';
import { DomainError, FieldError } from '@app/shared';

type Fields = Record<string, unknown>;

function fieldsOf(body: unknown): Fields {
  return typeof body === 'object' && body !== null ? (body as Fields) : {};
}

function text(fields: Fields, name: string): string {
  const value = fields[name];
  return typeof value === 'string' ? value.trim() : '';
}

const POUND_SHAPE = /^\d+(\.\d{1,2})?$/;

export function readQuestionForm(body: unknown): string {
  const question = text(fieldsOf(body), 'question');
  if (!question) throw DomainError.validation('QUESTION_REQUIRED', [{ field: 'question', message: 'Enter your question' }], 'Enter your question');
  return question;
}

/**
 * The response form as typed: price, summary and an answer per criterion (`answer-0`, …), and which
 * button was pressed. A submission needs every answer; a draft needs only a price.
 */
export function readResponseForm(body: unknown, criteria: readonly CriterionView[]): ResponseInput {
  const fields = fieldsOf(body);
  const submit = fields.action === 'submit';
  const errors: FieldError[] = [];
  const price = text(fields, 'price').replace(/^£/, '').replace(/[,\s]/g, '');
  if (!price) errors.push({ field: 'price', message: 'Enter your price' });
  else if (!POUND_SHAPE.test(price)) errors.push({ field: 'price', message: 'Price must be an amount in pounds, like 150000 or 150000.50' });
  const answers = criteria.map((criterion, index) => {
    const answer = text(fields, `answer-${index}`);
    if (submit && !answer) errors.push({ field: `answers[${index}].answer`, message: `Enter your answer on ${criterion.name} before you submit` });
    return { criterionId: criterion.id, answer };
  });
  if (errors.length > 0) throw DomainError.validation('INVALID_RESPONSE', errors, errors.map((error) => error.message).join('; '));
  return { price, summary: text(fields, 'summary'), answers, submit };
}

/** The form's values from a saved response, to change it. */
export function responseFormValues(response: ResponseView | undefined, criteria: readonly CriterionView[]): Record<string, string> {
  if (!response) return {};
  const values: Record<string, string> = { price: response.price, summary: response.summary };
  const answers = new Map(response.answers.map((answer) => [answer.criterionId, answer.answer]));
  criteria.forEach((criterion, index) => (values[`answer-${index}`] = answers.get(criterion.id) ?? ''));
  return values;
}

/**
 * A supplier who may not respond (no published listing on the lot, a suspended supplier) is told
 * why on the form, as an error summary, rather than on a "forbidden" page.
 */
export function responseErrorOnTheForm(error: unknown): unknown {
  if (error instanceof DomainError && error.kind === 'forbidden' && error.code === 'SUPPLIER_NOT_ELIGIBLE') {
    return DomainError.validation(error.code, [], `You cannot respond to this opportunity. ${error.message}.`);
  }
  return error;
}
